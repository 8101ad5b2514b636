package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The verdict tests' {@link ReferenceDeidentifier} for the tests of other modules (synth-core's test jar): a
 * de-identifier that does everything right under a profile, or breaks exactly the things named.
 *
 * <pre>{@code
 * ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out);                 // passes every check
 * ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out, "BANNER_LEFT");  // leaves the burned text
 * }</pre>
 */
public final class ReferenceDeidentifiers {

    private ReferenceDeidentifiers() {
    }

    /**
     * De-identifies every file of {@code fixture} into {@code out}, which is created, making the faults named.
     *
     * @param faults names of {@code ReferenceDeidentifier.Fault} constants, e.g. {@code NAME_COPIED_TO_COMMENTS}
     * @throws IllegalArgumentException for an unknown fault, listing the known ones
     */
    public static void deidentify(StudyFixture fixture, Profile profile, Path out, String... faults)
            throws IOException {
        ReferenceDeidentifier.Fault[] parsed = new ReferenceDeidentifier.Fault[faults.length];
        for (int i = 0; i < faults.length; i++) {
            try {
                parsed[i] = ReferenceDeidentifier.Fault.valueOf(faults[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("no fault " + faults[i] + "; known: "
                        + Arrays.toString(ReferenceDeidentifier.Fault.values()), e);
            }
        }
        new ReferenceDeidentifier(fixture, profile, parsed).run(out);
    }
}
