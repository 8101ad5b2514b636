package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Uids;
import java.util.Objects;

/**
 * The UIDs of one instance: its study, series, own SOP instance and frame of reference.
 *
 * <pre>{@code
 * InstanceUids uids = InstanceUids.derive(42L, "study-1/series-2/instance-7");
 * }</pre>
 *
 * @param study Study Instance UID (0020,000D)
 * @param series Series Instance UID (0020,000E)
 * @param sopInstance SOP Instance UID (0008,0018)
 * @param frameOfReference Frame of Reference UID (0020,0052), used by the IODs that have a frame of reference
 */
public record InstanceUids(String study, String series, String sopInstance, String frameOfReference) {

    public InstanceUids {
        check(study, "study");
        check(series, "series");
        check(sopInstance, "sopInstance");
        check(frameOfReference, "frameOfReference");
    }

    private static void check(String uid, String name) {
        Objects.requireNonNull(uid, name);
        Uids.problem(uid).ifPresent(p -> {
            throw new IllegalArgumentException(name + " UID " + uid + " is not valid: " + p);
        });
    }

    /** UIDs generated from {@code seed} and a key that names the instance, one per kind of UID. */
    public static InstanceUids derive(long seed, String key) {
        Objects.requireNonNull(key, "key");
        return new InstanceUids(Uids.generate(seed, key + "/study"), Uids.generate(seed, key + "/series"),
                Uids.generate(seed, key + "/instance"), Uids.generate(seed, key + "/frame-of-reference"));
    }
}
