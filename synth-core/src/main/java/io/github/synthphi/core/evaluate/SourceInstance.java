package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated instance as the evaluator sees it.
 *
 * @param sopInstanceUid its SOP Instance UID
 * @param file its file
 * @param relativePath its path in the fixture folder
 * @param patient the source patient it belongs to
 * @param entries its answer-key entries
 * @param signature what pairs it with an output
 */
record SourceInstance(String sopInstanceUid, Path file, String relativePath, String patient,
                      List<AnswerKeyEntry> entries, ImageSignature signature) {
}
