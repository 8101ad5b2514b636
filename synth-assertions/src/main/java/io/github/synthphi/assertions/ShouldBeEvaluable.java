package io.github.synthphi.assertions;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failure of any assertion of {@link DeidOutputAssert} when the output cannot be evaluated at all (the
 * output folder cannot be listed, the UID mapping file cannot be read): never a pass.
 *
 * <pre>{@code
 *
 * Expecting de-identified output:
 *   <output> for 2 instances of <fixture>, judged under BASIC,PIX,DESC,GRAPH
 * to be evaluated against the answer key of its study
 * but it could not be: NoSuchFileException: <mapping file>
 * to fix: ...
 * seed 42 (spec modality=CT;...)
 * }</pre>
 */
final class ShouldBeEvaluable extends BasicErrorMessageFactory {

    private ShouldBeEvaluable(FailedJudgement judgement, Exception cause) {
        super("%nExpecting de-identified output:%n  %s%nto be evaluated against the answer key of its study%n"
                        + "but it could not be: %s%nto fix: %s%n%s",
                unquotedString(judgement.summary()), unquotedString(FindingsTable.escape(describe(cause))),
                unquotedString("make sure the output can be listed and read, and that the UID mapping file given to "
                        + "DeidOutput.withUidMapping exists and holds id_old,id_new rows"),
                unquotedString(judgement.seed()));
    }

    static ErrorMessageFactory shouldBeEvaluable(FailedJudgement judgement, Exception cause) {
        return new ShouldBeEvaluable(judgement, cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
