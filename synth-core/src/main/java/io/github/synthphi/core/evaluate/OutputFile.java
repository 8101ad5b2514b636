package io.github.synthphi.core.evaluate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of the de-identifier's output as the evaluator indexes it, without keeping its data set.
 *
 * @param file the file
 * @param relativePath its path in the output folder, with {@code /}
 * @param problem why it cannot be read, if it cannot
 * @param sopInstanceUid its SOP Instance UID, empty when absent
 * @param signature what pairs it with a source instance; null when unreadable
 */
record OutputFile(Path file, String relativePath, Optional<String> problem, String sopInstanceUid,
                  ImageSignature signature) {
}
