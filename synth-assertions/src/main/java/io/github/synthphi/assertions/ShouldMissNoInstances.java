package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/** The failure of {@link DeidOutputAssert#isMissingNoInstances()}: an instance without output. */
final class ShouldMissNoInstances extends FindingsErrorMessageFactory {

    private ShouldMissNoInstances(FailedJudgement judgement) {
        super("have an output file for every instance of the study",
                "write one output for each instance; when files cannot be paired by pixels or "
                        + "attributes, pass the de-identifier's UID mapping with DeidOutput.withUidMapping",
                judgement);
    }

    static ErrorMessageFactory shouldMissNoInstances(FailedJudgement judgement) {
        return new ShouldMissNoInstances(judgement);
    }
}
