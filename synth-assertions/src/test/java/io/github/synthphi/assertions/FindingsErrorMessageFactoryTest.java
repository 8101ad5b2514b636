package io.github.synthphi.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Finding.Kind;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.truth.Action;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;

class FindingsErrorMessageFactoryTest {

    private static final DeidOutput OUTPUT = DeidOutput.of(TestStudies.headers(), Path.of("out%s"));

    @Test
    void everyFailureKindStatesItsOwnPredicateAndFix() {
        List<Function<FailedJudgement, ErrorMessageFactory>> factories = List.of(
                ShouldHaveNoResidualPhi::shouldHaveNoResidualPhi,
                ShouldHaveNoResidualHeaderPhi::shouldHaveNoResidualHeaderPhi,
                ShouldHaveNoBurnedInPhi::shouldHaveNoBurnedInPhi,
                ShouldRetainClinicalContent::shouldRetainClinicalContent,
                ShouldHaveConsistentlyShiftedDates::shouldHaveConsistentlyShiftedDates,
                ShouldHaveConsistentlyReplacedUids::shouldHaveConsistentlyReplacedUids,
                ShouldHaveConsistentPatientPseudonyms::shouldHaveConsistentPatientPseudonyms,
                ShouldKeepRequiredAttributes::shouldKeepRequiredAttributes,
                j -> ShouldConformTo.shouldConformTo(Profile.BASIC, j),
                ShouldMissNoInstances::shouldMissNoInstances);
        List<String> predicates = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        for (Function<FailedJudgement, ErrorMessageFactory> factory : factories) {
            List<String> lines = message(factory.apply(judgement(List.of(finding("a")))));
            predicates.add(lines.get(3));
            fixes.add(lines.get(lines.size() - 3));
        }

        assertThat(predicates).doesNotHaveDuplicates().allMatch(l -> l.startsWith("to "));
        assertThat(fixes).doesNotHaveDuplicates().allMatch(l -> l.startsWith("to fix: "));
    }

    @Test
    void valuesWithPercentSignsAreNeverFormatted() {
        String message = String.join("\n", message(ShouldHaveNoResidualPhi.shouldHaveNoResidualPhi(
                judgement(List.of(finding("%n%s%d%"))))));

        assertThat(message).contains("out%s for 2 instances", "%n%s%d%", "report: reports/%s%n");
    }

    @Test
    void theCountLineIsPluralisedAndCountsFilesOnce() {
        List<String> one = message(ShouldHaveNoResidualPhi.shouldHaveNoResidualPhi(judgement(List.of(finding("a")))));
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(finding("v" + i));
        }
        List<String> sixty = message(ShouldHaveNoResidualPhi.shouldHaveNoResidualPhi(judgement(many)));

        assertThat(one.get(4)).isEqualTo("but found 1 finding in 1 file (showing 1 of 1):");
        assertThat(sixty.get(4)).isEqualTo("but found 60 findings in 1 file (showing 50 of 60):");
        assertThat(sixty).contains("  ... and 10 more", "by action: text_removed x60");
    }

    @Test
    void anEvaluationFailureNamesTheException() {
        FailedJudgement j = new FailedJudgement(OUTPUT, Optional.empty(), List.of(), "");
        List<String> lines = message(ShouldBeEvaluable.shouldBeEvaluable(j, new IOException("50% gone\nreally")));

        assertThat(lines.get(2)).isEqualTo("  " + OUTPUT.output() + " for 2 instances of "
                + TestStudies.headers().directory() + ", judged under BASIC,DESC,GRAPH,PIX");
        assertThat(lines.get(4)).isEqualTo("but it could not be: IOException: 50% gone\\nreally");
    }

    private static FailedJudgement judgement(List<Finding> findings) {
        return new FailedJudgement(OUTPUT, Optional.empty(), findings, "reports/%s%n");
    }

    private static Finding finding(String value) {
        return new Finding(Kind.CHECK_FAILED, Optional.of(Action.TEXT_REMOVED), "a.dcm", "1.2", "<(0010,0010)>",
                "PatientName", value, value, "HIPAA-A", "", "left");
    }

    private static List<String> message(ErrorMessageFactory factory) {
        return factory.create(new TextDescription(""), StandardRepresentation.STANDARD_REPRESENTATION).lines().toList();
    }
}
