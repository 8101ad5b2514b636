package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/** The failure of {@link DeidOutputAssert#hasNoBurnedInPhi()}: burned-in text still readable. */
final class ShouldHaveNoBurnedInPhi extends FindingsErrorMessageFactory {

    private ShouldHaveNoBurnedInPhi(FailedJudgement judgement) {
        super("have no PHI burned into its pixels or overlays",
                "mask each box above in every frame listed, and remove Overlay Data (60xx,3000) or "
                        + "clear its text; a BurnedInAnnotation of NO proves nothing",
                judgement);
    }

    static ErrorMessageFactory shouldHaveNoBurnedInPhi(FailedJudgement judgement) {
        return new ShouldHaveNoBurnedInPhi(judgement);
    }
}
