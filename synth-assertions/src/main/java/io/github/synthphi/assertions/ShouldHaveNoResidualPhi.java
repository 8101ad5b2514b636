package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/** The failure of {@link DeidOutputAssert#hasNoResidualPhi()}: PHI may have leaked somewhere. */
final class ShouldHaveNoResidualPhi extends FindingsErrorMessageFactory {

    private ShouldHaveNoResidualPhi(FailedJudgement judgement) {
        super("have no residual PHI in headers, pixels or overlays",
                "remove or replace every value above wherever it occurs (sequences, private blocks, "
                        + "pixels and overlays included), and write an output for every instance; to judge "
                        + "under the profile the de-identifier claims, use DeidOutput.withProfile",
                judgement);
    }

    static ErrorMessageFactory shouldHaveNoResidualPhi(FailedJudgement judgement) {
        return new ShouldHaveNoResidualPhi(judgement);
    }
}
