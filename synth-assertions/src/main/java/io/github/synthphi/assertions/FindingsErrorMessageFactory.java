package io.github.synthphi.assertions;

import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * The message of an assertion that found findings, in AssertJ's house style; each failure kind is a small
 * subclass that gives the predicate and the hint.
 *
 * <pre>{@code
 *
 * Expecting de-identified output:
 *   <output>: 2 output files for 2 instances of <fixture>, judged under BASIC,PIX,DESC,GRAPH
 * to have no residual PHI in headers, pixels or overlays
 * but found 3 findings in 1 file (showing 3 of 3):
 *
 *   #  file  location  planted  found  category  expected  reason
 *   1  ...
 *
 * by action: text_removed x2, residual_phi x1
 * to fix: ...
 * seed 42 (spec modality=CT;...)
 * report: <path>
 * }</pre>
 *
 * <p>Every part that holds a value (paths, planted and found values, reasons) is an argument, never part of the
 * format, so a {@code %} in planted PHI prints as it is.
 */
abstract class FindingsErrorMessageFactory extends BasicErrorMessageFactory {

    /**
     * @param predicate what was expected, after "to", such as {@code have no residual PHI}
     * @param fix how to fix it, after "to fix:"
     * @param judgement the findings and their context
     */
    FindingsErrorMessageFactory(String predicate, String fix, FailedJudgement judgement) {
        super("%nExpecting de-identified output:%n  %s%nto %s%nbut found %s:%n%n%s%n%n%s%nto fix: %s%n%s%nreport: %s",
                unquotedString(judgement.summary()), unquotedString(predicate),
                unquotedString(judgement.counts(FindingsTable.MAX_ROWS)),
                unquotedString(FindingsTable.render(judgement.findings(), FindingsTable.MAX_ROWS)),
                unquotedString(judgement.byAction()), unquotedString(fix), unquotedString(judgement.seed()),
                unquotedString(judgement.report()));
    }
}
