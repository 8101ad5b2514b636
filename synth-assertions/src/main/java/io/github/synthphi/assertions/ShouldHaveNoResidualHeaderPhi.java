package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/** The failure of {@link DeidOutputAssert#hasNoResidualHeaderPhi()}: PHI left in a header. */
final class ShouldHaveNoResidualHeaderPhi extends FindingsErrorMessageFactory {

    private ShouldHaveNoResidualHeaderPhi(FailedJudgement judgement) {
        super("have no residual PHI in its headers",
                "remove or replace every value above, in sequences and private blocks too; to judge "
                        + "under the profile the de-identifier claims, use DeidOutput.withProfile",
                judgement);
    }

    static ErrorMessageFactory shouldHaveNoResidualHeaderPhi(FailedJudgement judgement) {
        return new ShouldHaveNoResidualHeaderPhi(judgement);
    }
}
