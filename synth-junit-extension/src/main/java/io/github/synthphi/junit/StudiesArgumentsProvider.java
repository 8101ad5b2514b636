package io.github.synthphi.junit;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The arguments of {@link SyntheticStudies}: one study per modality and seed, named {@code CT seed 42}. */
final class StudiesArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<SyntheticStudies> {

    private SyntheticStudies annotation;

    @Override
    public void accept(SyntheticStudies annotation) {
        this.annotation = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String where = "@SyntheticStudies on " + parameters.getSourceElementDescription();
        Class<?> first = parameters.getFirst().<Class<?>>map(d -> d.getParameterType()).orElse(null);
        if (first == null || !first.isAssignableFrom(StudyFixture.class)) {
            throw new ExtensionConfigurationException(where + " gives a StudyFixture as the first argument, but the first "
                    + "parameter is " + (first == null ? "missing" : "of type " + first.getName())
                    + "; declare StudyFixture as the first parameter");
        }
        if (annotation.modalities().length == 0) {
            throw new ExtensionConfigurationException(where + " lists no modalities; name at least one");
        }
        Settings settings = Settings.of(context);
        List<SeedChoice> seeds = seeds(where, context, settings);
        List<StudySpec> specs = new ArrayList<>();
        List<SeedChoice> specSeeds = new ArrayList<>();
        try {
            for (Modality m : annotation.modalities()) {
                for (SeedChoice seed : seeds) {
                    specs.add(Specs.of(annotation, m, seed.seed()));
                    specSeeds.add(seed);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(where + " asks for a study synth cannot make: " + e.getMessage()
                    + "; change that attribute", e);
        }
        CleanupMode cleanup = settings.effective(annotation.cleanup());
        // lazily: each case's study is generated (or taken from the cache) when its invocation starts
        return IntStream.range(0, specs.size()).mapToObj(i -> {
            Generation generation = SyntheticStudyExtension.study(context, specs.get(i), settings, cleanup);
            ProvidedStudies.remember(context, generation, specSeeds.get(i));
            return Arguments.argumentSet(Specs.shortName(specs.get(i)), generation.fixture());
        });
    }

    private List<SeedChoice> seeds(String where, ExtensionContext context, Settings settings) {
        int given = (annotation.count() > 0 ? 1 : 0) + (annotation.seeds().length > 0 ? 1 : 0)
                + (annotation.seedRange().isBlank() ? 0 : 1);
        if (given > 1 || annotation.count() < 0) {
            throw new ExtensionConfigurationException(where + " gives its seeds more than one way (count = "
                    + annotation.count() + ", seeds = " + annotation.seeds().length + " listed, seedRange = '"
                    + annotation.seedRange() + "'); use one of count, seeds and seedRange");
        }
        List<SeedChoice> out = new ArrayList<>();
        if (annotation.seeds().length > 0) {
            for (long s : annotation.seeds()) {
                out.add(new SeedChoice(s, "@SyntheticStudies(seeds)", OptionalLong.empty()));
            }
        } else if (!annotation.seedRange().isBlank()) {
            String[] ends = annotation.seedRange().strip().split("\\.\\.", -1);
            long from;
            long to;
            try {
                if (ends.length != 2) {
                    throw new NumberFormatException("not two ends");
                }
                from = Long.parseLong(ends[0].strip());
                to = Long.parseLong(ends[1].strip());
            } catch (NumberFormatException e) {
                throw new ExtensionConfigurationException(where + ": seedRange '" + annotation.seedRange()
                        + "' is not FROM..TO, such as \"100..119\" (both ends included)", e);
            }
            if (to < from || to - from >= StudySpec.MAX_COUNT) {
                throw new ExtensionConfigurationException(where + ": seedRange '" + annotation.seedRange()
                        + "' must go up and hold at most " + StudySpec.MAX_COUNT + " seeds");
            }
            for (long s = from; s <= to; s++) {
                out.add(new SeedChoice(s, "@SyntheticStudies(seedRange = \"" + annotation.seedRange() + "\")",
                        OptionalLong.empty()));
            }
        } else {
            int count = Math.max(1, annotation.count());
            if (count > StudySpec.MAX_COUNT) {
                throw new ExtensionConfigurationException(where + ": count must be at most " + StudySpec.MAX_COUNT);
            }
            SeedChoice base = SeedChoice.ofConfiguration(context, settings);
            for (int i = 0; i < count; i++) {
                out.add(new SeedChoice(base.seed() + i, "case " + (i + 1) + " of @SyntheticStudies(count = " + count
                        + ") from " + base.describe(), OptionalLong.of(base.seed())));
            }
        }
        return out;
    }
}
