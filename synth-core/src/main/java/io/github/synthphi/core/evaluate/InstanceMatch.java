package io.github.synthphi.core.evaluate;

import java.util.Objects;
import java.util.Optional;

/**
 * How a source instance was paired with an output file.
 *
 * @param sopInstanceUid the source instance's SOP Instance UID
 * @param sourceFile the source file, relative to the fixture folder
 * @param outputFile the output file, relative to the output folder; empty when none matched
 * @param method how the pair was found: {@code uid-mapping}, {@code pixels}, {@code attributes},
 *     {@code similarity}, or {@code none}
 */
public record InstanceMatch(String sopInstanceUid, String sourceFile, Optional<String> outputFile, String method) {
    public InstanceMatch {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(outputFile, "outputFile");
        Objects.requireNonNull(method, "method");
    }
}
