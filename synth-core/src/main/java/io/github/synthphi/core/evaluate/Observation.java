package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.util.Optional;

/**
 * What one output file holds at an entry that is judged across the corpus.
 *
 * @param entry the entry
 * @param file the output file
 * @param patient the source patient of the entry's instance
 * @param found the value there, empty when absent
 * @param expectation what the profile asks of the entry
 * @param local the check of the file alone, for entries that also have one (dates)
 */
record Observation(AnswerKeyEntry entry, String file, String patient, Optional<String> found, Expectation expectation,
                   Optional<CheckResult> local) {
}
