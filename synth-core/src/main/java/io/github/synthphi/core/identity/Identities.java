package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.List;
import java.util.Objects;

/**
 * Everything identifying about one study: the patient, the study's identifiers and date, the care team, the
 * institution and the device.
 *
 * <pre>{@code
 * Identities ids = new IdentityFactory(42L, IdentityLocale.EN_US).identities(0, 1);
 * String age = ids.patientAge();                              // Patient's Age (0010,1010), "047Y"
 * List<IdentifyingValue> phi = ids.identifyingValues();       // everything to look for in an output
 * }</pre>
 *
 * @param patientIndex the 0-based patient index
 * @param studyIndex the 0-based index of the study among the patient's studies
 * @param patient the patient, the same in every study of the patient
 * @param study the study's identifiers and date
 * @param careTeam the care team of the study
 * @param institution the patient's institution, the same in every study of the patient
 * @param device the device of the study
 */
public record Identities(int patientIndex, int studyIndex, Patient patient, StudyIdentity study, CareTeam careTeam,
                         Institution institution, Device device) {

    public Identities {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(careTeam, "careTeam");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(device, "device");
        if (study.studyDate().isBefore(patient.birthDate())) {
            throw new IllegalArgumentException("the study date " + study.studyDate()
                    + " is before the birth date " + patient.birthDate());
        }
    }

    /** The patient's age on the study date, as Patient's Age (0010,1010) holds it: see {@link Ages}. */
    public String patientAge() {
        return Ages.dicomAge(patient.birthDate(), study.studyDate());
    }

    /**
     * Every identifying value of the study, sorted by field: the patient's, the study's, the care team's, the
     * institution's and the device's, and the patient's age when it is over 89 (C).
     */
    public List<IdentifyingValue> identifyingValues() {
        ValueList values = new ValueList()
                .addAll(patient.identifyingValues())
                .addAll(study.identifyingValues())
                .addAll(careTeam.identifyingValues())
                .addAll(institution.identifyingValues())
                .addAll(device.identifyingValues());
        if (Ages.isOver89(patient.birthDate(), study.studyDate())) {
            values.add("study.patientAge", SafeHarbor.DATES, patientAge());
        }
        return values.toList();
    }
}
