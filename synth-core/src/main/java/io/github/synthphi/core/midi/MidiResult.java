package io.github.synthphi.core.midi;

import java.util.Objects;
import java.util.Optional;

/**
 * One check's result, with the columns of MIDI's {@code validation_results} table and discrepancy reports.
 * For a file that was found the identifiers are the output file's (new) values in {@code <...>}; for a missing
 * file they are the key's old raw values, as MIDI writes them.
 *
 * <pre>{@code
 * scorer.score(key, outputDir, r -> { if (r.outcome().verdict() != MidiVerdict.PASS) System.out.println(r); });
 * }</pre>
 *
 * @param check the check, with its key's fields
 * @param outcome verdict, score and note
 * @param fileValue the rendered file value: {@code <MISSING FILE>} for a missing file, empty when the tag is absent
 * @param modality the modality
 * @param sopClass the SOP Class UID
 * @param patient the Patient ID
 * @param study the Study Instance UID
 * @param series the Series Instance UID
 * @param instance the SOP Instance UID
 * @param file the output file relative to the output folder with {@code /} separators; empty when missing
 * @param category MIDI's report category
 */
public record MidiResult(MidiCheck check, MidiOutcome outcome, Optional<String> fileValue, String modality,
                         String sopClass, String patient, String study, String series, String instance,
                         Optional<String> file, MidiCategories.Assigned category) {
    public MidiResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fileValue, "fileValue");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(sopClass, "sopClass");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(category, "category");
    }
}
