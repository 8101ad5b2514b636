package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The identifiers and the date of one study. Later studies of a patient have later dates.
 *
 * <pre>{@code
 * StudyIdentity s = identities.study();
 * String accession = s.accessionNumber();   // Accession Number (0008,0050): "A240123456"
 * LocalDate date = s.studyDate();           // Study Date (0008,0020), between 2015-01-01 and 2024-12-31
 * }</pre>
 *
 * @param accessionNumber the accession number: {@code A}, the two-digit year of the study and 7 digits (VR SH)
 * @param studyId Study ID (0020,0010): {@code S} and 7 digits (VR SH)
 * @param studyDate the study date
 * @param studyTime the study time, whole seconds between 07:00:00 and 19:59:59
 */
public record StudyIdentity(String accessionNumber, String studyId, LocalDate studyDate, LocalTime studyTime) {

    public StudyIdentity {
        Objects.requireNonNull(accessionNumber, "accessionNumber");
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(studyDate, "studyDate");
        Objects.requireNonNull(studyTime, "studyTime");
    }

    /** The accession number and study ID (R), the study date (C) and time (C, not distinctive), sorted. */
    public List<IdentifyingValue> identifyingValues() {
        return new ValueList()
                .add("study.accessionNumber", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, accessionNumber)
                .add("study.studyId", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, studyId)
                .add("study.date", SafeHarbor.DATES, DicomText.date(studyDate))
                .add("study.time", SafeHarbor.DATES, DicomText.time(studyTime), false)
                .toList();
    }
}
