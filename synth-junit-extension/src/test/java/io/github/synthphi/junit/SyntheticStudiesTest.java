package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class SyntheticStudiesTest {

    static final List<StudyFixture> STUDIES = new CopyOnWriteArrayList<>();
    static final List<Path> FOLDERS = new CopyOnWriteArrayList<>();

    @Test
    void everyModalityWithEverySeedNamedByModalityAndSeed() {
        STUDIES.clear();

        EngineExecutionResults results = Kit.run(ListedSeedsTestCase.class);

        results.testEvents().assertStatistics(s -> s.succeeded(4));
        assertThat(displayNames(results)).containsExactly("[1] SC seed 3", "[2] SC seed 4", "[3] MR seed 3",
                "[4] MR seed 4");
        assertThat(STUDIES).extracting(f -> f.spec().modality() + "/" + f.seed()).containsExactly("SC/3", "SC/4", "MR/3",
                "MR/4");
        assertThat(STUDIES).allSatisfy(f -> assertThat(f.files()).hasSize(1));
    }

    @Test
    void aCountStartsAtTheConfiguredSeed() {
        STUDIES.clear();

        Kit.run(Map.of("synth.seed", "10"), CountTestCase.class).testEvents().assertStatistics(s -> s.succeeded(3));

        assertThat(STUDIES).extracting(StudyFixture::seed).containsExactly(10L, 11L, 12L);
    }

    @Test
    void aSeedRangeIncludesBothEnds() {
        STUDIES.clear();

        Kit.run(RangeTestCase.class).testEvents().assertStatistics(s -> s.succeeded(3));

        assertThat(STUDIES).extracting(StudyFixture::seed).containsExactly(7L, 8L, 9L);
    }

    @Test
    void aCaseSharesItsStudyWithASyntheticStudyParameterOfTheSameSpec() {
        STUDIES.clear();
        FOLDERS.clear();

        EngineExecutionResults results = Kit.run(SharedWithParameterTestCase.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2));
        assertThat(Kit.entries(results, "synth.generated")).hasSize(1);
        assertThat(STUDIES.get(0).directory()).isEqualTo(FOLDERS.get(0));
    }

    @Test
    void seedsGivenTwoWaysAreRefused() {
        Throwable failure = Kit.onlyFailure(Kit.run(TwoWaysTestCase.class));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining(
                "gives its seeds more than one way (count = 2, seeds = 1 listed, seedRange = ''); use one of count, seeds "
                        + "and seedRange");
    }

    @Test
    void aMalformedRangeShowsTheForm() {
        Throwable failure = Kit.onlyFailure(Kit.run(BadRangeTestCase.class));

        assertThat(failure).hasMessageContaining(": seedRange '5-9' is not FROM..TO, such as \"100..119\" (both ends "
                + "included)");
    }

    @Test
    void theFirstParameterMustTakeAStudyFixture() {
        Throwable failure = Kit.onlyFailure(Kit.run(WrongParameterTestCase.class));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining(
                "gives a StudyFixture as the first argument, but the first parameter is of type java.nio.file.Path; "
                        + "declare StudyFixture as the first parameter");
    }

    @Test
    void aFailingCaseCarriesTheReplayHintOfItsOwnStudy() {
        EngineExecutionResults results = Kit.run(Map.of("synth.seed", "20"), FailingCaseTestCase.class);

        Throwable failure = Kit.onlyFailure(results);
        assertThat(failure).hasMessageStartingWith("seed 21\n[synth replay] each(#0): seed 21 (case 2 of "
                + "@SyntheticStudies(count = 2) from 20 (configuration parameter synth.seed=20)) spec modality=SC;")
                .hasMessageEndingWith("seed=21 -> rerun: mvn test -Dtest='SyntheticStudiesTest$FailingCaseTestCase#each' "
                        + "-Dsynth.seed=20");
        assertThat(Kit.entries(results, "synth.seed")).containsExactly("21");
    }

    @Test
    void aFailingCaseOfListedSeedsNeedsNoSeedParameterToRerun() {
        Throwable failure = Kit.onlyFailure(Kit.run(Map.of("synth.seed", "20"), FailingListedCaseTestCase.class));

        assertThat(failure).hasMessageContaining("each(#0): seed 8 (@SyntheticStudies(seeds)) spec ")
                .hasMessageEndingWith(" -> rerun: mvn test -Dtest='SyntheticStudiesTest$FailingListedCaseTestCase#each'");
    }

    private static List<String> displayNames(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(Event::getTestDescriptor)
                .map(d -> d.getDisplayName()).toList();
    }

    static class ListedSeedsTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = {Modality.SC, Modality.MR}, seeds = {3, 4})
        void each(StudyFixture study) {
            STUDIES.add(study);
        }
    }

    static class CountTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC, count = 3)
        void each(StudyFixture study) {
            STUDIES.add(study);
        }
    }

    static class RangeTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC, seedRange = "7..9")
        void each(StudyFixture study) {
            STUDIES.add(study);
        }
    }

    static class SharedWithParameterTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC, seeds = 5, rows = 320, columns = 320)
        void each(StudyFixture study) {
            STUDIES.add(study);
        }

        @Test
        void single(@SmallStudy Path study) {
            FOLDERS.add(study);
        }
    }

    static class FailingCaseTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC, count = 2)
        void each(StudyFixture study) {
            if (study.seed() == 21) {
                throw new AssertionError("seed 21");
            }
        }
    }

    static class FailingListedCaseTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC, seeds = {7, 8})
        void each(StudyFixture study) {
            if (study.seed() == 8) {
                throw new AssertionError("seed 8");
            }
        }
    }

    static class TwoWaysTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC, count = 2, seeds = 1)
        void each(StudyFixture study) {
            STUDIES.add(study);
        }
    }

    static class BadRangeTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC, seedRange = "5-9")
        void each(StudyFixture study) {
            STUDIES.add(study);
        }
    }

    static class WrongParameterTestCase {
        @ParameterizedTest
        @SyntheticStudies(modalities = Modality.SC)
        void each(Path study) {
            FOLDERS.add(study);
        }
    }
}
