package io.github.synthphi.core.midi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import java.util.Objects;

/**
 * The identifiers of one instance that a MIDI {@code answer_data} row carries besides its checks (an answer key
 * has only the SOP Instance UID of each check).
 *
 * <pre>{@code
 * new MidiInstance("2.25.3", "PAT-001", "2.25.1", "2.25.2", "CT", "1.2.840.10008.5.1.4.1.1.2", "PAT-001");
 * }</pre>
 *
 * @param sopInstanceUid the SOP Instance UID, the row's join key
 * @param patientId the Patient ID
 * @param studyInstanceUid the Study Instance UID
 * @param seriesInstanceUid the Series Instance UID
 * @param modality the modality code
 * @param sopClassUid the SOP Class UID
 * @param group MIDI's {@code group} column (undocumented in MIDI; synth writes the Patient ID)
 */
public record MidiInstance(String sopInstanceUid, String patientId, String studyInstanceUid,
                           String seriesInstanceUid, String modality, String sopClassUid, String group) {
    public MidiInstance {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(sopClassUid, "sopClassUid");
        Objects.requireNonNull(group, "group");
    }

    /**
     * The identifiers of a data set: Patient ID (also as group), Study, Series and SOP Instance UIDs, Modality
     * and SOP Class UID; an absent attribute gives the empty text.
     */
    public static MidiInstance of(Dataset ds) {
        return new MidiInstance(text(ds, Tags.SOPInstanceUID), text(ds, Tags.PatientID),
                text(ds, Tags.StudyInstanceUID), text(ds, Tags.SeriesInstanceUID), text(ds, Tags.Modality),
                text(ds, Tags.SOPClassUID), text(ds, Tags.PatientID));
    }

    private static String text(Dataset ds, Tag tag) {
        return ds.getString(tag).orElse("");
    }

    /** An instance known only by its SOP Instance UID; the other columns are empty. */
    public static MidiInstance of(String sopInstanceUid) {
        return new MidiInstance(sopInstanceUid, "", "", "", "", "", "");
    }
}
