package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.Profile;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure of {@link DeidOutputAssert#conformsTo(Profile)}: anything at all found wrong under the profile. */
final class ShouldConformTo extends FindingsErrorMessageFactory {

    private ShouldConformTo(Profile profile, FailedJudgement judgement) {
        super("conform to the profile " + profile.code(),
                "fix the de-identifier for each finding above, or, when it implements another profile, assert "
                        + "that one: conformsTo(Profile.parse(\"BASIC,...\"))",
                judgement);
    }

    static ErrorMessageFactory shouldConformTo(Profile profile, FailedJudgement judgement) {
        return new ShouldConformTo(profile, judgement);
    }
}
