package io.github.synthphi.core.truth;

import java.util.List;
import java.util.Objects;

/**
 * One source patient and the pseudonym a de-identification should give it, as a row of
 * {@code patient-mapping.csv}, with the patient's studies.
 *
 * <pre>{@code
 * new PatientMapping("patient-0001", "DEID-0001", List.of("2.25.1234", "2.25.5678"));
 * }</pre>
 *
 * @param sourcePatient the source patient, such as its Patient ID in the generated files
 * @param pseudonymousId the pseudonymous patient ID
 * @param studyInstanceUids the Study Instance UIDs of the patient's studies, in a caller-chosen order that is
 *     kept; each is not empty and has no {@code ;} (the file joins them with it)
 */
public record PatientMapping(String sourcePatient, String pseudonymousId, List<String> studyInstanceUids) {
    public PatientMapping {
        Objects.requireNonNull(sourcePatient, "sourcePatient");
        Objects.requireNonNull(pseudonymousId, "pseudonymousId");
        studyInstanceUids = List.copyOf(studyInstanceUids);
        for (String uid : studyInstanceUids) {
            if (uid.isEmpty() || uid.indexOf(';') >= 0) {
                throw new IllegalArgumentException("a study instance UID is not empty and has no ';': '" + uid
                        + "' of patient " + sourcePatient);
            }
        }
    }
}
