package io.github.synthphi.junit;

import io.github.synthphi.core.study.StudySpec;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A seed and where it came from: the annotation, the configuration parameter {@code synth.seed}, the fixed default,
 * or a random seed of the run.
 *
 * @param seed the seed
 * @param source where it came from, as a failure message names it
 * @param rerunWith the value of {@code synth.seed} that gives the same seed again, when the seed depends on it
 */
record SeedChoice(long seed, String source, OptionalLong rerunWith) {

    SeedChoice(long seed, String source) {
        this(seed, source, OptionalLong.of(seed));
    }

    /** The order of precedence, documented on {@link SyntheticStudy}. */
    static SeedChoice of(long annotated, boolean random, ExtensionContext context, Settings settings) {
        if (annotated != SyntheticStudy.NO_SEED && random) {
            throw new IllegalArgumentException("seed = " + annotated + "L and randomSeed = true contradict each other; "
                    + "keep one");
        }
        if (annotated != SyntheticStudy.NO_SEED) {
            return new SeedChoice(annotated, "@SyntheticStudy(seed = " + annotated + "L)", OptionalLong.empty());
        }
        if (random) {
            return new SeedChoice(runRandomSeed(context), "random seed of this run, asked for by "
                    + "@SyntheticStudy(randomSeed = true)");
        }
        return ofConfiguration(context, settings);
    }

    /** {@code synth.seed}, else the default. */
    static SeedChoice ofConfiguration(ExtensionContext context, Settings settings) {
        Optional<String> configured = settings.seed();
        if (configured.isEmpty()) {
            return new SeedChoice(StudySpec.DEFAULT_SEED, "default seed (set synth.seed to change it)");
        }
        String text = configured.get();
        if (text.equalsIgnoreCase("random")) {
            return new SeedChoice(runRandomSeed(context), "random seed of this run, asked for by "
                    + Settings.SEED + "=random");
        }
        try {
            return new SeedChoice(Long.parseLong(text), "configuration parameter " + Settings.SEED + "=" + text);
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException("configuration parameter " + Settings.SEED
                    + " must be a whole number or 'random', got '" + text + "'", e);
        }
    }

    /** One random seed per run, printed when it is drawn. */
    private static long runRandomSeed(ExtensionContext context) {
        return context.getRoot().getStore(SyntheticStudyExtension.NAMESPACE)
                .getOrComputeIfAbsent("random seed", key -> {
                    long seed = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
                    System.out.println("synth: random seed " + seed + " for this run; rerun with -D" + Settings.SEED
                            + "=" + seed);
                    return seed;
                }, Long.class);
    }

    /** Text for messages, such as {@code 42 (configuration parameter synth.seed=42)}. */
    String describe() {
        return seed + " (" + source + ")";
    }
}
