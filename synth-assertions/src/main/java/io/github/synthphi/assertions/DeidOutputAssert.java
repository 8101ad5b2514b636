package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on a de-identifier's output, judged against the answer key of the study it was given. Each assertion
 * evaluates the output once ({@link DeidOutput#evaluation()} keeps the result), selects the findings it is about
 * and fails when there is any, with a message that lists every one of them (file, tag path and keyword or frames
 * and box, planted value, value found, category, expected action, reason), the counts by action, the seed and the
 * report's path.
 *
 * <pre>{@code
 * import static io.github.synthphi.assertions.SynthAssertions.assertThat;
 *
 * myDeidentifier.run(study.directory(), out);
 * assertThat(DeidOutput.of(study, out))
 *         .hasNoResidualPhi()
 *         .retainsClinicalContent()
 *         .keepsRequiredAttributes();
 * }</pre>
 *
 * <p>What each assertion considers, in the words of {@link Finding.Kind} and the answer-key actions:
 * <table>
 *   <caption>The findings each assertion fails on</caption>
 *   <tr><th>assertion</th><th>fails on</th></tr>
 *   <tr><td>{@link #hasNoResidualPhi()}</td><td>every leak ({@link Finding#isLeak()}: residual PHI, failed
 *       {@code text_removed}, {@code date_shifted}, {@code uid_changed}, {@code uid_consistent},
 *       {@code patid_consistent} and {@code pixels_hidden} checks, unexpected and unreadable outputs) and missing
 *       instances</td></tr>
 *   <tr><td>{@link #hasNoResidualHeaderPhi()}</td><td>residual PHI, and failed {@code text_removed} (but not of
 *       Overlay Data), {@code date_shifted}, {@code uid_changed}, {@code uid_consistent} and
 *       {@code patid_consistent} checks</td></tr>
 *   <tr><td>{@link #hasNoBurnedInPhi()}</td><td>failed {@code pixels_hidden} checks, and failed
 *       {@code text_removed} checks of Overlay Data (60xx,3000)</td></tr>
 *   <tr><td>{@link #retainsClinicalContent()}</td><td>failed {@code text_retained} checks of clinical words (not
 *       the DICOM-IOD controls) and failed {@code pixels_retained} checks (burned labels and the image)</td></tr>
 *   <tr><td>{@link #hasConsistentlyShiftedDates()}</td><td>failed {@code date_shifted} checks</td></tr>
 *   <tr><td>{@link #hasConsistentlyReplacedUids()}</td><td>failed {@code uid_changed} and
 *       {@code uid_consistent} checks</td></tr>
 *   <tr><td>{@link #hasConsistentPatientPseudonyms()}</td><td>failed {@code patid_consistent} checks</td></tr>
 *   <tr><td>{@link #keepsRequiredAttributes()}</td><td>failed {@code tag_retained} and {@code text_notnull}
 *       checks, and failed checks of DICOM-IOD controls</td></tr>
 *   <tr><td>{@link #conformsTo(Profile)}</td><td>every finding, judged under the given profile</td></tr>
 *   <tr><td>{@link #isMissingNoInstances()}</td><td>missing instances</td></tr>
 * </table>
 * Every assertion but {@link #isMissingNoInstances()} also fails on an unreadable output, since nothing about it
 * can be shown; missing instances fail only {@link #hasNoResidualPhi()}, {@link #conformsTo(Profile)} and
 * {@link #isMissingNoInstances()}. An output that cannot be evaluated at all (its folder cannot be listed, its
 * UID mapping cannot be read) fails every assertion with the reason: it never passes.
 *
 * <p>The assertion methods are public and not final, so that {@link DeidSoftAssertions} can collect their
 * failures.
 */
public class DeidOutputAssert extends AbstractAssert<DeidOutputAssert, DeidOutput> {

    private final ReportWriter reports;

    /** An assertion on {@code actual}; most code uses {@link SynthAssertions#assertThat(DeidOutput)}. */
    public DeidOutputAssert(DeidOutput actual) {
        this(actual, ReportPath.DEFAULT);
    }

    DeidOutputAssert(DeidOutput actual, ReportWriter reports) {
        super(actual, DeidOutputAssert.class);
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /**
     * Verifies that no PHI is left anywhere: in headers, sequences, private blocks, pixels and overlays, in every
     * output file, paired or not; that every output can be read; and that no instance is missing (an instance that
     * cannot be paired with an output was not checked).
     */
    public DeidOutputAssert hasNoResidualPhi() {
        return judge(actual, FindingSelection.LEAKS, ShouldHaveNoResidualPhi::shouldHaveNoResidualPhi);
    }

    /** Verifies that no PHI is left in the headers: no planted token anywhere, every header check passed. */
    public DeidOutputAssert hasNoResidualHeaderPhi() {
        return judge(actual, FindingSelection.HEADER_PHI, ShouldHaveNoResidualHeaderPhi::shouldHaveNoResidualHeaderPhi);
    }

    /** Verifies that no burned-in text is readable in any frame and no overlay still spells it. */
    public DeidOutputAssert hasNoBurnedInPhi() {
        return judge(actual, FindingSelection.BURNED_IN_PHI, ShouldHaveNoBurnedInPhi::shouldHaveNoBurnedInPhi);
    }

    /**
     * Verifies that the clinical words of descriptions, the burned clinical labels and the image outside the
     * planted boxes are kept.
     */
    public DeidOutputAssert retainsClinicalContent() {
        return judge(actual, FindingSelection.CLINICAL_CONTENT,
                ShouldRetainClinicalContent::shouldRetainClinicalContent);
    }

    /**
     * Verifies that every planted date is handled as the profile asks: under MOD shifted by the patient's one
     * offset into a valid value, under FULL kept, otherwise removed, emptied or replaced.
     */
    public DeidOutputAssert hasConsistentlyShiftedDates() {
        return judge(actual, FindingSelection.DATES,
                ShouldHaveConsistentlyShiftedDates::shouldHaveConsistentlyShiftedDates);
    }

    /**
     * Verifies that every UID is replaced by one new valid UID wherever it occurs, references included (kept under
     * the UIDS option).
     */
    public DeidOutputAssert hasConsistentlyReplacedUids() {
        return judge(actual, FindingSelection.UIDS,
                ShouldHaveConsistentlyReplacedUids::shouldHaveConsistentlyReplacedUids);
    }

    /** Verifies that each patient has one Patient ID pseudonym, not the MRN and not shared with another patient. */
    public DeidOutputAssert hasConsistentPatientPseudonyms() {
        return judge(actual, FindingSelection.PSEUDONYMS,
                ShouldHaveConsistentPatientPseudonyms::shouldHaveConsistentPatientPseudonyms);
    }

    /** Verifies that the attributes the IOD requires are kept: the controls unchanged, Type 2 attributes present. */
    public DeidOutputAssert keepsRequiredAttributes() {
        return judge(actual, FindingSelection.REQUIRED_ATTRIBUTES,
                ShouldKeepRequiredAttributes::shouldKeepRequiredAttributes);
    }

    /**
     * Verifies that the output has no finding at all when judged under {@code profile} (whatever profile the
     * {@link DeidOutput} claims).
     *
     * <pre>{@code
     * assertThat(DeidOutput.of(study, out)).conformsTo(Profile.parse("BASIC,PIX,DESC,MOD"));
     * }</pre>
     *
     * @throws NullPointerException when {@code profile} is null
     */
    public DeidOutputAssert conformsTo(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        isNotNull();
        DeidOutput judged = profile.equals(actual.profile()) ? actual : actual.withProfile(profile);
        return judge(judged, FindingSelection.ALL, j -> ShouldConformTo.shouldConformTo(profile, j));
    }

    /** Verifies that every instance of the study has an output file paired with it. */
    public DeidOutputAssert isMissingNoInstances() {
        return judge(actual, FindingSelection.MISSING, ShouldMissNoInstances::shouldMissNoInstances);
    }

    // every assertion is this one call, so that AssertJ 4 (no proxies: soft mode needs each body wrapped in
    // executeAssertion) takes a change here only
    private DeidOutputAssert judge(DeidOutput output, FindingSelection selection,
                                   Function<FailedJudgement, ErrorMessageFactory> message) {
        isNotNull();
        Evaluation evaluation = evaluate(output);
        List<Finding> failing = selection.select(evaluation.findings());
        if (!failing.isEmpty()) {
            throwAssertionError(message.apply(new FailedJudgement(output, Optional.of(evaluation), failing,
                    report(output, evaluation))));
        }
        return myself;
    }

    private Evaluation evaluate(DeidOutput output) {
        try {
            return output.evaluation();
        } catch (IOException | UncheckedIOException e) {
            AssertionError error = assertionError(ShouldBeEvaluable.shouldBeEvaluable(
                    new FailedJudgement(output, Optional.empty(), List.of(), ""), e));
            if (error.getCause() == null) {
                error.initCause(e);
            }
            throw error;
        }
    }

    private String report(DeidOutput output, Evaluation evaluation) {
        try {
            Path path = reports.write(output, evaluation);
            return path.toString();
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            return "not written (" + FindingsTable.escape(why) + ")";
        }
    }
}
