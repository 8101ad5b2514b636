package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/** The failure of {@link DeidOutputAssert#retainsClinicalContent()}: clinical content lost. */
final class ShouldRetainClinicalContent extends FindingsErrorMessageFactory {

    private ShouldRetainClinicalContent(FailedJudgement judgement) {
        super("retain its clinical content",
                "keep the clinical words of descriptions, the burned clinical labels and the pixels "
                        + "outside the boxes the answer key lists; mask only those boxes",
                judgement);
    }

    static ErrorMessageFactory shouldRetainClinicalContent(FailedJudgement judgement) {
        return new ShouldRetainClinicalContent(judgement);
    }
}
