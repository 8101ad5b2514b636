package io.github.synthphi.assertions;

import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failure of {@link DeidOutputAssert#hasConsistentlyShiftedDates()}: a date not shifted by the patient's one
 * offset under MOD, changed under FULL, or still there otherwise.
 */
final class ShouldHaveConsistentlyShiftedDates extends FindingsErrorMessageFactory {

    private ShouldHaveConsistentlyShiftedDates(FailedJudgement judgement) {
        super("have every date shifted, kept or removed as its profile asks",
                "under MOD shift every date of a patient by the same number of days and keep it a "
                        + "valid DA/DT/TM value; without MOD or FULL remove, empty or replace the dates",
                judgement);
    }

    static ErrorMessageFactory shouldHaveConsistentlyShiftedDates(FailedJudgement judgement) {
        return new ShouldHaveConsistentlyShiftedDates(judgement);
    }
}
