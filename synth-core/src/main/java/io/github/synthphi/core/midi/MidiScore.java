package io.github.synthphi.core.midi;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of scoring a de-identified folder against a MIDI answer key in {@code MIDI} mode: the tallies at
 * instance level and at series level (MIDI's {@code report_series}), and what MIDI would only log.
 *
 * <pre>{@code
 * MidiScore s = new MidiScorer(rules).score(keyDb, outputDir, r -> { });
 * System.out.println(s.mode() + " " + s.seriesLevel().all().scoreText());
 * }</pre>
 *
 * @param mode {@code MIDI}: the published rules of MIDI's validation script
 * @param instanceLevel one count per check
 * @param seriesLevel one count per (action, tag_ds, patient, study, series), failing when any instance fails
 * @param rows the key's rows (instances)
 * @param missingInstances rows no output file maps to
 * @param unmappedOutputs output files (relative paths) whose SOP Instance UID is not a new UID of the mapping;
 *     MIDI's script aborts or only logs them
 * @param skippedFiles files that are not Part-10 DICOM (no preamble and {@code DICM}) or cannot be read, which
 *     MIDI skips, with the reason
 * @param notes what the run could not do as MIDI does, such as a row-level scope column
 */
public record MidiScore(String mode, MidiTally instanceLevel, MidiTally seriesLevel, long rows, long missingInstances,
                        List<String> unmappedOutputs, List<String> skippedFiles, List<String> notes) {
    public MidiScore {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(instanceLevel, "instanceLevel");
        Objects.requireNonNull(seriesLevel, "seriesLevel");
        unmappedOutputs = List.copyOf(unmappedOutputs);
        skippedFiles = List.copyOf(skippedFiles);
        notes = List.copyOf(notes);
    }
}
