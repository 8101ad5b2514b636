/**
 * MIDI interoperability: NCI MIDI answer keys (the SQLite {@code answer_data} table with JSON {@code AnswerData}
 * checks) read and written, and a de-identifier scored against them by the rules of MIDI's validation script.
 *
 * <ul>
 *   <li>{@link io.github.synthphi.core.midi.MidiAnswerDb} reads a key one row at a time (bounded memory for
 *       keys of gigabytes); {@link io.github.synthphi.core.midi.MidiRow} and
 *       {@link io.github.synthphi.core.midi.MidiCheck} are its rows and checks.</li>
 *   <li>{@link io.github.synthphi.core.midi.MidiKeyWriter} writes a synth answer key as a MIDI database
 *       ({@code answer-key.db}, which the generator writes beside {@code answer-key.csv});
 *       {@link io.github.synthphi.core.midi.MidiKeys} reads any MIDI database back as a synth key, losslessly
 *       for synth's own.</li>
 *   <li>{@link io.github.synthphi.core.midi.MidiScorer} scores an output folder in {@code MIDI} mode:
 *       {@link io.github.synthphi.core.midi.MidiRules} per check, with
 *       {@link io.github.synthphi.core.midi.MidiText} (NLTK-style tokens, pinned
 *       {@link io.github.synthphi.core.midi.MidiStopWords}), pydicom-style values, missing files, series
 *       aggregation and {@link io.github.synthphi.core.midi.MidiTally} scores. synth's own rules ({@code STRICT})
 *       are those of {@link io.github.synthphi.core.evaluate.DeidOutput}.</li>
 * </ul>
 *
 * <pre>{@code
 * MidiRules rules = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), UidMappingCsv.read(uids),
 *         UidMappingCsv.read(patientIds), MidiRules.PixelsHidden.REVIEW);
 * MidiScore score = new MidiScorer(rules).score(fixture.directory().resolve(MidiKeyWriter.FILE_NAME), out, r -> { });
 * }</pre>
 */
package io.github.synthphi.core.midi;
