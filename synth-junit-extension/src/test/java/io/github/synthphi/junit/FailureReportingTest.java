package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudySpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A failing test that received a study carries its seed, the seed's source and the spec, and says how to rerun. */
class FailureReportingTest {

    private static final String SPEC = StudySpec.builder(Modality.SC).size(320, 320).seed(5).build().canonicalForm();

    @Test
    void theFailureMessageEndsWithTheReplayHint() {
        Throwable failure = Kit.onlyFailure(Kit.run(AssertionTestCase.class));

        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessage("the de-identifier left PatientName\n[synth replay] fails(#0): seed 5 (@SyntheticStudy("
                        + "seed = 5L)) spec " + SPEC + " -> rerun: mvn test "
                        + "-Dtest='FailureReportingTest$AssertionTestCase#fails'");
        assertThat(failure.getCause()).as("the original").hasMessage("the de-identifier left PatientName");
        assertThat(failure.getStackTrace()).as("stack of the original").isEqualTo(failure.getCause().getStackTrace());
    }

    @Test
    void theSeedItsSourceAndTheSpecArePublishedAsAReportEntry() {
        EngineExecutionResults results = Kit.run(Map.of("synth.seed", "31"), ConfiguredSeedTestCase.class);

        String spec = StudySpec.builder(Modality.SC).seed(31).build().canonicalForm();
        assertThat(Kit.entries(results, "synth.seed")).containsExactly("31");
        assertThat(Kit.entries(results, "synth.seedSource")).containsExactly("configuration parameter synth.seed=31");
        assertThat(Kit.entries(results, "synth.spec")).containsExactly(spec);
        assertThat(Kit.entries(results, "synth.parameter")).containsExactly("fails(#0)");
        String hint = "[synth replay] fails(#0): seed 31 (configuration parameter synth.seed=31) spec " + spec
                + " -> rerun: mvn test -Dtest='FailureReportingTest$ConfiguredSeedTestCase#fails' -Dsynth.seed=31";
        assertThat(Kit.entries(results, "synth.replay")).containsExactly(hint);
        assertThat(Kit.onlyFailure(results)).hasMessageEndingWith("\n" + hint);
    }

    @Test
    void anAssertionFailedErrorKeepsItsExpectedAndActualValues() {
        Throwable failure = Kit.onlyFailure(Kit.run(ExpectedActualTestCase.class));

        assertThat(failure).isExactlyInstanceOf(AssertionFailedError.class).hasMessageStartingWith("names differ\n"
                + "[synth replay] ");
        AssertionFailedError afe = (AssertionFailedError) failure;
        assertThat(afe.getExpected().getValue()).isEqualTo("ANON");
        assertThat(afe.getActual().getValue()).isEqualTo("DOE^JANE");
    }

    @Test
    void anotherExceptionIsCarriedAsTheCauseOfAReplayHintException() {
        Throwable failure = Kit.onlyFailure(Kit.run(IoFailureTestCase.class));

        assertThat(failure).isInstanceOf(ReplayHintException.class)
                .hasMessageStartingWith("java.io.IOException: de-identifier exited with 2\n"
                        + "[synth replay] fails(#0): seed 5")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aFailureInABeforeEachMethodThatReceivedAStudyCarriesTheHint() {
        Throwable failure = Kit.onlyFailure(Kit.run(BeforeEachTestCase.class));

        assertThat(failure).isInstanceOf(ReplayHintException.class)
                .hasMessageStartingWith("java.lang.IllegalStateException: setup failed\n[synth replay] setUp(#0): seed 5");
    }

    @Test
    void twoStudiesAreBothNamedOnTheOneLine() {
        Throwable failure = Kit.onlyFailure(Kit.run(TwoStudiesTestCase.class));

        String hint = failure.getMessage().substring(failure.getMessage().indexOf('\n') + 1);
        assertThat(hint).doesNotContain("\n").contains("fails(#0): seed 5 ")
                .contains(" | fails(#1): seed 6 (@SyntheticStudy(seed = 6L))");
    }

    @Test
    void aPerClassConstructorsStudyIsNamedWhenATestFails() {
        Throwable failure = Kit.onlyFailure(Kit.run(PerClassTestCase.class));

        assertThat(failure).hasMessageContaining("\n[synth replay] PerClassTestCase(#0): seed 5 (@SyntheticStudy(seed = "
                + "5L))");
    }

    @Test
    void anAbortedTestStaysAbortedAndUnchanged() {
        EngineExecutionResults results = Kit.run(AbortedTestCase.class);

        results.testEvents().assertStatistics(s -> s.aborted(1).failed(0));
        assertThat(Kit.entries(results, "synth.replay")).isEmpty();
        Throwable aborted = results.testEvents().aborted().list().get(0).getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();
        assertThat(aborted).isInstanceOf(TestAbortedException.class).hasMessage(AbortedTestCase.REASON);
    }

    @Test
    void aTestWithoutAStudyIsLeftAlone() {
        Throwable failure = Kit.onlyFailure(Kit.run(NoStudyTestCase.class));

        assertThat(failure).isExactlyInstanceOf(AssertionError.class).hasMessage("plain failure");
    }

    static class AssertionTestCase {
        @Test
        void fails(@SmallStudy(/* seed 5 */) StudyFixture study) {
            throw new AssertionError("the de-identifier left PatientName");
        }
    }

    static class ConfiguredSeedTestCase {
        @Test
        void fails(@SyntheticStudy(modality = Modality.SC) Path study) {
            throw new AssertionError("failed");
        }
    }

    static class ExpectedActualTestCase {
        @Test
        void fails(@SmallStudy StudyFixture study) {
            throw new AssertionFailedError("names differ", "ANON", "DOE^JANE");
        }
    }

    static class IoFailureTestCase {
        @Test
        void fails(@SmallStudy StudyFixture study) throws IOException {
            throw new IOException("de-identifier exited with 2");
        }
    }

    static class BeforeEachTestCase {
        @BeforeEach
        void setUp(@SmallStudy Path study) {
            throw new IllegalStateException("setup failed");
        }

        @Test
        void test() {
            // never reached
        }
    }

    static class TwoStudiesTestCase {
        @Test
        void fails(@SmallStudy Path first, @SyntheticStudy(modality = Modality.SC, seed = 6) Path second) {
            throw new AssertionError("both");
        }
    }

    @org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
    static class PerClassTestCase {
        PerClassTestCase(@SmallStudy Path study) {
            // kept by the instance
        }

        @Test
        void fails() {
            throw new AssertionError("per class");
        }
    }

    /** Aborts on purpose: an aborted test that received a study must reach JUnit as it was, with no hint. */
    static class AbortedTestCase {
        static final String REASON = "aborted on purpose by the test case";

        @Test
        void aborts(@SmallStudy Path study) {
            Assumptions.abort(REASON);
        }
    }

    static class NoStudyTestCase {
        @Test
        void fails(@SmallStudy Path unused) {
            // keeps the extension registered on the class's other test
        }

        @Test
        void alsoFails() {
            throw new AssertionError("plain failure");
        }
    }

}
