package io.github.synthphi.junit;

import io.github.synthphi.core.study.StudyFixture;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The studies {@link SyntheticStudies} handed out in this run, by fixture identity, so that when a parameterized
 * case starts, its study is recorded on the case's own context: its failure then carries the replay hint, its
 * cleanup mode applies, and its files are checked after it, as for {@link SyntheticStudy} parameters.
 */
final class ProvidedStudies {

    private final Map<StudyFixture, Injection> byFixture = Collections.synchronizedMap(new IdentityHashMap<>());

    static void remember(ExtensionContext context, Generation generation, SeedChoice seed) {
        of(context).byFixture.put(generation.fixture(), new Injection("", generation, seed));
    }

    /** Records the studies among the arguments of a parameterized case on its context. */
    static void recordArguments(ReflectiveInvocationContext<Method> invocation, ExtensionContext context) {
        ProvidedStudies provided = of(context);
        List<Object> arguments = invocation.getArguments();
        for (int i = 0; i < arguments.size(); i++) {
            Injection known = provided.byFixture.get(arguments.get(i));
            if (known != null) {
                Injections.record(context, new Injection(invocation.getExecutable().getName() + "(#" + i + ")",
                        known.generation(), known.seed()));
            }
        }
    }

    private static ProvidedStudies of(ExtensionContext context) {
        return context.getRoot().getStore(SyntheticStudyExtension.NAMESPACE)
                .getOrComputeIfAbsent("provided studies", k -> new ProvidedStudies(), ProvidedStudies.class);
    }
}
