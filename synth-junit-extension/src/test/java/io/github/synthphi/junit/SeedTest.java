package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudySpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

class SeedTest {

    static final List<Long> SEEDS = new CopyOnWriteArrayList<>();

    @Test
    void withoutASeedAnywhereTheDefaultIsUsed() {
        SEEDS.clear();

        Kit.run(UnseededTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));

        assertThat(SEEDS).containsExactly(StudySpec.DEFAULT_SEED, StudySpec.DEFAULT_SEED);
    }

    @Test
    void theConfigurationParameterSetsTheSeed() {
        SEEDS.clear();

        Kit.run(Map.of("synth.seed", "77"), UnseededTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));

        assertThat(SEEDS).containsExactly(77L, 77L);
    }

    @Test
    void theAnnotationWinsOverTheConfigurationParameter() {
        SEEDS.clear();

        Kit.run(Map.of("synth.seed", "77"), SeededTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

        assertThat(SEEDS).containsExactly(5L);
    }

    @Test
    void aRandomSeedIsOnePerRunAndPrintedWithHowToReplayIt() {
        SEEDS.clear();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Kit.run(Map.of("synth.seed", "random"), UnseededTestCase.class).testEvents()
                    .assertStatistics(s -> s.succeeded(2));
        } finally {
            System.setOut(out);
        }

        assertThat(SEEDS).hasSize(2);
        assertThat(SEEDS.get(1)).isEqualTo(SEEDS.get(0));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("synth: random seed " + SEEDS.get(0)
                + " for this run; rerun with -Dsynth.seed=" + SEEDS.get(0));
    }

    @Test
    void aRandomSeedAskedForByTheAnnotationNamesItsSourceInTheReplayHint() {
        Throwable failure = Kit.onlyFailure(Kit.run(RandomFailingTestCase.class));

        assertThat(failure).hasMessageContaining("(random seed of this run, asked for by @SyntheticStudy(randomSeed = "
                + "true))").hasMessageContaining("-Dsynth.seed=");
    }

    @Test
    void aMalformedSeedParameterIsNamed() {
        Throwable failure = Kit.onlyFailure(Kit.run(Map.of("synth.seed", "forty-two"), SeededFreeSingleTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasRootCauseInstanceOf(NumberFormatException.class);
        assertThat(causeOfType(failure, ExtensionConfigurationException.class))
                .hasMessage("configuration parameter synth.seed must be a whole number or 'random', got 'forty-two'");
    }

    @Test
    void aSeedAndARandomSeedContradictEachOther() {
        Throwable failure = Kit.onlyFailure(Kit.run(ContradictionTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("seed = 9L and randomSeed = true contradict each other; keep one");
    }

    private static Throwable causeOfType(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        throw new AssertionError("no " + type.getName() + " in the causes of " + t);
    }

    static class UnseededTestCase {
        @Test
        void first(@SyntheticStudy(modality = Modality.SC) StudyFixture study) {
            SEEDS.add(study.seed());
        }

        @Test
        void second(@SyntheticStudy(modality = Modality.SC) StudyFixture study) {
            SEEDS.add(study.seed());
        }
    }

    static class SeededFreeSingleTestCase {
        @Test
        void only(@SyntheticStudy(modality = Modality.SC) StudyFixture study) {
            SEEDS.add(study.seed());
        }
    }

    static class SeededTestCase {
        @Test
        void only(@SmallStudy StudyFixture study) {
            SEEDS.add(study.seed());
        }
    }

    static class RandomFailingTestCase {
        @Test
        void fails(@SyntheticStudy(modality = Modality.SC, randomSeed = true) StudyFixture study) {
            throw new AssertionError("failed with seed " + study.seed());
        }
    }

    static class ContradictionTestCase {
        @Test
        void only(@SyntheticStudy(modality = Modality.SC, seed = 9, randomSeed = true) StudyFixture study) {
            SEEDS.add(study.seed());
        }
    }

}
