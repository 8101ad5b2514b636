/**
 * Ground truth: the answer key of planted PHI (actions, scopes, Safe Harbor categories, MIDI tag paths, pixel
 * regions) and the CSV files it is shared in.
 *
 * <p>The files, all written and read with the same CSV dialect (UTF-8 without a byte-order mark,
 * {@code "\n"} line ends, quoting only where needed), all read back into equal objects, none depending on the
 * clock or the default locale:
 * <ul>
 *   <li>{@link AnswerKeyCsv} {@code answer-key.csv}: one row per check, MIDI's check fields first;</li>
 *   <li>{@link PhiOverlaysCsv} {@code phi_overlays.csv}: one row per burned line, the ultrasound pipeline's
 *       ground-truth columns with the ink box and the frames;</li>
 *   <li>{@link RunManifestCsv} {@code run_manifest.csv}: processed, quarantined or failed, per item;</li>
 *   <li>{@link PatientMappingCsv} {@code patient-mapping.csv}: source patient, pseudonym, studies;</li>
 *   <li>{@link UidMappingCsv}: MIDI's {@code id_old,id_new} mapping files.</li>
 * </ul>
 * Reading errors are {@link TruthFileException}s that name the file, the line and the column.
 *
 * <pre>{@code
 * AnswerKeyCsv.write(key, out.resolve(AnswerKeyCsv.FILE_NAME));
 * AnswerKey same = AnswerKeyCsv.read(out.resolve(AnswerKeyCsv.FILE_NAME));   // same.equals(key)
 * }</pre>
 */
package io.github.synthphi.core.truth;
