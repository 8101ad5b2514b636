package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The identifiers MIDI's reports name an instance by: Modality, SOP Class UID, Patient ID and the study,
 * series and instance UIDs, as one file holds them.
 *
 * @param modality Modality (0008,0060)
 * @param sopClass SOP Class UID
 * @param patient Patient ID
 * @param study Study Instance UID
 * @param series Series Instance UID
 * @param instance SOP Instance UID
 */
record InstanceIds(String modality, String sopClass, String patient, String study, String series, String instance) {

    /** No identifiers: the file is missing or unreadable. */
    static final InstanceIds NONE = new InstanceIds("", "", "", "", "", "");

    /** Reads the identifiers of files, each file once; only six strings per file are kept. */
    static final class Cache {
        private final DicomReader reader = new DicomReader();
        private final Map<Path, InstanceIds> seen = new HashMap<>();

        /** The identifiers in {@code file}, or {@link #NONE} when it cannot be read. */
        InstanceIds of(Path file) {
            return seen.computeIfAbsent(file, this::read);
        }

        private InstanceIds read(Path file) {
            try {
                Dataset d = reader.read(file).dataset();
                return new InstanceIds(get(d, Tags.Modality), get(d, Tags.SOPClassUID), get(d, Tags.PatientID),
                        get(d, Tags.StudyInstanceUID), get(d, Tags.SeriesInstanceUID), get(d, Tags.SOPInstanceUID));
            } catch (IOException | RuntimeException e) {
                // a report names what it can; the evaluation has already judged the file
                return NONE;
            }
        }

        private static String get(Dataset d, Tag tag) {
            try {
                return d.getString(tag).orElse("");
            } catch (RuntimeException e) {
                return "";
            }
        }
    }
}
