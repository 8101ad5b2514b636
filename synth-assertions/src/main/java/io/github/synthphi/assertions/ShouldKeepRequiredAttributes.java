package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/** The failure of {@link DeidOutputAssert#keepsRequiredAttributes()}: a required attribute lost or changed. */
final class ShouldKeepRequiredAttributes extends FindingsErrorMessageFactory {

    private ShouldKeepRequiredAttributes(FailedJudgement judgement) {
        super("keep the attributes its IOD requires",
                "keep the controls above as they were, and empty a Type 2 attribute instead of removing it",
                judgement);
    }

    static ErrorMessageFactory shouldKeepRequiredAttributes(FailedJudgement judgement) {
        return new ShouldKeepRequiredAttributes(judgement);
    }
}
