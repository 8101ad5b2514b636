package io.github.synthphi.it.realdeid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.assertions.SynthAssertions;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scrub of patient attributes with dcmtk's {@code dcmodify} (Debian package dcmtk), end to end: Patient's Name
 * and Patient ID replaced by fixed pseudonyms, and the other identifying attributes of the Patient module erased,
 * each wherever it occurs ({@code -ma} and {@code -ea} act on every nesting level). Everything else is left as it
 * was: dates, UIDs, physicians, institutions, descriptions, private blocks, identification sequences, overlays
 * and pixels. synth's verdicts must be exactly those that follow.
 */
class DcmodifyIT {

    /** Patient's Name and Patient ID, replaced everywhere by these pseudonyms. */
    private static final String NAME = "ANONYMIZED";
    private static final String ID = "SUBJECT-01";

    /** The patient attributes erased everywhere. */
    static final List<Tag> ERASED = List.of(
            Tag.of(0x0010, 0x0030), // Patient's Birth Date
            Tag.of(0x0010, 0x0032), // Patient's Birth Time
            Tag.of(0x0010, 0x0040), // Patient's Sex
            Tag.of(0x0010, 0x1001), // Other Patient Names
            Tag.of(0x0010, 0x1005), // Patient's Birth Name
            Tag.of(0x0010, 0x1010), // Patient's Age
            Tag.of(0x0010, 0x1040), // Patient's Address
            Tag.of(0x0010, 0x1060), // Patient's Mother's Birth Name
            Tag.of(0x0010, 0x2154)); // Patient's Telephone Numbers

    private static final Tag PATIENT_NAME = Tag.of(0x0010, 0x0010);
    private static final Tag PATIENT_ID = Tag.of(0x0010, 0x0020);

    /** Basic with Clean Pixel Data: what a user of such a scrub would want it to meet. */
    private static final Profile PROFILE = Profile.parse("BASIC,PIX");

    @TempDir
    static Path work;

    static Stream<Modality> modalities() {
        return Expected.modalities();
    }

    @ParameterizedTest
    @MethodSource("modalities")
    void scrubOfPatientAttributesLeavesEverythingElse(Modality modality) throws IOException {
        Path dcmodify = ExternalTools.require("dcmodify", "dcmtk");
        StudyFixture study = Expected.generate(modality, work.resolve("fixture-" + modality));
        Path out = work.resolve(modality + "-scrubbed");
        Expected.copyDicomFiles(study, out);

        List<String> command = new ArrayList<>(List.of(dcmodify.toString(), "-nb", "-imt",
                "-ma", tag(PATIENT_NAME) + "=" + NAME, "-ma", tag(PATIENT_ID) + "=" + ID));
        for (Tag t : ERASED) {
            command.add("-ea");
            command.add(tag(t));
        }
        List<String> files = List.copyOf(Expected.filesBySop(study).values());
        for (String f : files) {
            command.add(out.resolve(f).toString());
        }
        ExternalTools.runOk(out, command);

        for (String f : files) {
            var ds = new DicomReader().read(out.resolve(f)).dataset();
            assertThat(ds.getString(PATIENT_NAME)).as("dcmodify replaced the name in %s", f).contains(NAME);
            assertThat(ERASED.stream().filter(ds::contains)).as("dcmodify erased the attributes from %s", f)
                    .isEmpty();
        }

        List<Tag> handled = new ArrayList<>(ERASED);
        handled.add(PATIENT_NAME);
        handled.add(PATIENT_ID);
        DeidOutput output = Expected.assertFindingsExactly(study, out, PROFILE, path -> Expected.endsIn(path, handled));
        assertThatThrownBy(() -> SynthAssertions.assertThat(output).hasConsistentlyReplacedUids())
                .isInstanceOf(AssertionError.class).hasMessageContaining("(0008,0018)");
        SynthAssertions.assertThat(output).isMissingNoInstances().hasConsistentPatientPseudonyms()
                .keepsRequiredAttributes().retainsClinicalContent();
    }

    private static String tag(Tag t) {
        return String.format(Locale.ROOT, "(%04X,%04X)", t.group(), t.element());
    }
}
