package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failure of {@link DeidOutputAssert#hasConsistentlyReplacedUids()}: a UID kept, invalid or replaced
 * inconsistently.
 */
final class ShouldHaveConsistentlyReplacedUids extends FindingsErrorMessageFactory {

    private ShouldHaveConsistentlyReplacedUids(FailedJudgement judgement) {
        super("have every UID replaced by one new valid UID everywhere it occurs",
                "map each source UID to one new valid UID and use it in every file and every "
                        + "reference; keep UIDs only under the UIDS option (DeidOutput.withProfile)",
                judgement);
    }

    static ErrorMessageFactory shouldHaveConsistentlyReplacedUids(FailedJudgement judgement) {
        return new ShouldHaveConsistentlyReplacedUids(judgement);
    }
}
