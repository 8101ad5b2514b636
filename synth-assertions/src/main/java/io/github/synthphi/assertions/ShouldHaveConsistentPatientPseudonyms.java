package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failure of {@link DeidOutputAssert#hasConsistentPatientPseudonyms()}: a Patient ID kept or pseudonymised
 * inconsistently.
 */
final class ShouldHaveConsistentPatientPseudonyms extends FindingsErrorMessageFactory {

    private ShouldHaveConsistentPatientPseudonyms(FailedJudgement judgement) {
        super("give each patient one Patient ID pseudonym that no other patient shares",
                "replace the Patient ID of all of a patient's files by one pseudonym, different from "
                        + "the MRN and from every other patient's, or empty it",
                judgement);
    }

    static ErrorMessageFactory shouldHaveConsistentPatientPseudonyms(FailedJudgement judgement) {
        return new ShouldHaveConsistentPatientPseudonyms(judgement);
    }
}
