package io.github.synthphi.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.opentest4j.MultipleFailuresError;

class DeidSoftAssertionsTest {

    @TempDir
    static Path tmp;

    private static DeidOutput copied;
    private static DeidOutput cleaned;

    @BeforeAll
    static void outputs() throws IOException {
        StudyFixture headers = TestStudies.headers();
        copied = DeidOutput.of(headers, TestStudies.copy(headers, tmp.resolve("copy")));
        cleaned = DeidOutput.of(headers, ToyDeidentifier.correct().run(headers, tmp.resolve("clean")));
    }

    @Test
    void everyFailureIsCollectedAndChainsGoOn() {
        DeidSoftAssertions softly = new DeidSoftAssertions();

        softly.assertThat(copied).hasNoResidualHeaderPhi().isMissingNoInstances().hasConsistentlyReplacedUids();
        softly.assertThat(copied).as("pseudonyms").hasConsistentPatientPseudonyms();
        softly.assertThat(cleaned).hasNoResidualPhi();

        assertThat(softly.errorsCollected()).hasSize(3).allMatch(e -> e instanceof AssertionError);
        assertThat(softly.errorsCollected().get(0).getMessage()).contains("to have no residual PHI in its headers");
        assertThat(softly.errorsCollected().get(1).getMessage())
                .contains("to have every UID replaced by one new valid UID everywhere it occurs");
        assertThat(softly.errorsCollected().get(2).getMessage()).startsWith("[pseudonyms] ");
    }

    @Test
    void aNullOutputIsOneFailurePerAssertion() {
        DeidSoftAssertions softly = new DeidSoftAssertions();

        softly.assertThat(null).hasNoResidualPhi();
        softly.assertThat(null).conformsTo(Profile.BASIC);

        assertThat(softly.errorsCollected()).hasSize(2)
                .allMatch(e -> e.getMessage().contains("Expecting actual not to be null"));
    }

    @Test
    void assertSoftlyReportsAllFailuresTogether() {
        Throwable t = catchThrowable(() -> DeidSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(copied).hasNoResidualHeaderPhi();
            softly.assertThat(copied).hasConsistentPatientPseudonyms();
            softly.assertThat(cleaned).hasNoResidualPhi();
        }));

        assertThat(t).isInstanceOf(MultipleFailuresError.class)
                .hasMessageContaining("to have no residual PHI in its headers")
                .hasMessageContaining("to give each patient one Patient ID pseudonym that no other patient shares");
        assertThat(((MultipleFailuresError) t).getFailures()).hasSize(2);
    }

    @Test
    void passingSoftAssertionsPass() {
        DeidSoftAssertions.assertSoftly(softly -> softly.assertThat(cleaned).hasNoResidualPhi()
                .retainsClinicalContent().keepsRequiredAttributes());
    }

    /** AssertJ's own soft assertions and synth's, collected by one object. */
    public static class MixedSoftAssertions extends SoftAssertions implements DeidSoftAssertionsProvider {
    }

    @Test
    void theProviderAddsDeidOutputsToAnySoftAssertions() {
        MixedSoftAssertions softly = new MixedSoftAssertions();

        softly.assertThat(copied).hasConsistentPatientPseudonyms();
        softly.assertThat("kept").isEqualTo("removed");

        assertThat(softly.errorsCollected()).hasSize(2);
    }

    @Test
    void theJUnitExtensionInjectsThemAndAssertsAllAfterTheTest() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        InjectedTestCase.output = copied;
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(InjectedTestCase.class)).build(), listener);
        } finally {
            InjectedTestCase.output = null;
        }

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsStartedCount()).isEqualTo(1);
        assertThat(summary.getFailures()).singleElement().satisfies(f -> {
            assertThat(f.getException()).isInstanceOf(MultipleFailuresError.class);
            List<Throwable> failures = ((MultipleFailuresError) f.getException()).getFailures();
            assertThat(failures).hasSize(2);
            assertThat(failures.get(0)).hasMessageContaining("to have no residual PHI in its headers");
            assertThat(failures.get(1)).hasMessageContaining("to have every UID replaced");
        });
    }

    /** Run by {@link #theJUnitExtensionInjectsThemAndAssertsAllAfterTheTest} only. */
    @ExtendWith(SoftAssertionsExtension.class)
    @EnabledIf("launchedByTheTest")
    static class InjectedTestCase {

        static volatile DeidOutput output;

        @InjectSoftAssertions
        DeidSoftAssertions softly;

        static boolean launchedByTheTest() {
            return output != null;
        }

        @Test
        void twoFailures() {
            softly.assertThat(output).hasNoResidualHeaderPhi();
            softly.assertThat(output).hasConsistentlyReplacedUids();
        }
    }
}
