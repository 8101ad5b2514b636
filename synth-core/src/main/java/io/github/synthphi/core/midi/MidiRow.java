package io.github.synthphi.core.midi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a MIDI {@code answer_data} table: one instance of the test set and its checks. The identifiers are
 * the test set's ("old") values, as stored (MIDI stores them without angle brackets); a NULL column reads as the
 * empty text.
 *
 * <pre>{@code
 * db.forEachRow(row -> System.out.println(row.sopInstanceUid() + ": " + row.checks().size() + " checks"));
 * }</pre>
 *
 * @param index the {@code index} column, or the row's position (from 0) when the table has none
 * @param group the {@code group} column
 * @param modality the {@code Modality} column
 * @param sopClassUid the {@code SOPClassUID} column
 * @param patientId the {@code PatientID} column
 * @param studyInstanceUid the {@code StudyInstanceUID} column
 * @param seriesInstanceUid the {@code SeriesInstanceUID} column
 * @param sopInstanceUid the {@code SOPInstanceUID} column, the join key
 * @param scope the optional row-level {@code scope} column, unwrapped; empty when the table has none
 * @param checks the checks of {@code AnswerData}, in the JSON object's order
 */
public record MidiRow(long index, String group, String modality, String sopClassUid, String patientId,
                      String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid, Optional<String> scope,
                      List<MidiCheck> checks) {
    public MidiRow {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(sopClassUid, "sopClassUid");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(scope, "scope");
        checks = List.copyOf(checks);
    }
}
