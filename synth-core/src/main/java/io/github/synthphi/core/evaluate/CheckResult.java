package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.util.Objects;

/**
 * The verdict on one answer-key entry: passed or not, a partial score (the share of tokens handled right,
 * as MIDI scores text), the output file and the value found there, and the reason.
 *
 * @param entry the answer-key entry
 * @param file the output file checked, relative to the output folder; empty when the instance is missing
 * @param passed whether the output does what the profile expects
 * @param score from 0 to 1: the share of the entry's tokens handled right (1 or 0 for yes/no checks)
 * @param found the value found in the output, or a description such as {@code <absent>}
 * @param expected what the profile expects, in words
 * @param reason why
 */
public record CheckResult(AnswerKeyEntry entry, String file, boolean passed, double score, String found,
                          String expected, String reason) {
    public CheckResult {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(reason, "reason");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be 0 to 1, got " + score);
        }
    }
}
