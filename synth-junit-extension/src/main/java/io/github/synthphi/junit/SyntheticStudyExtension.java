package io.github.synthphi.junit;

import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.AnswerKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link SyntheticStudy}, registered by the annotation itself: resolves the parameters,
 * caches studies for the run in the root store, checks after each test that the shared files are unchanged, and
 * appends the replay hint to the failures of tests that received a study.
 */
final class SyntheticStudyExtension implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler, AfterEachCallback, AfterAllCallback, InvocationInterceptor {

    static final Namespace NAMESPACE = Namespace.create("io.github.synthphi.junit");

    private static final String SUPPORTED = "supported types: StudyFixture (folder, files, answer key, identities, "
            + "seed, spec), Path (the study folder), List<Path> (its instance files), AnswerKey";

    /** Constructor parameters are resolved in the test method's context, so a failing test finds their studies. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(SyntheticStudy.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SyntheticStudy annotation = parameter.findAnnotation(SyntheticStudy.class).orElseThrow();
        Parameter p = parameter.getParameter();
        Kind kind = Kind.of(p).orElseThrow(() -> new ParameterResolutionException("@SyntheticStudy cannot inject "
                + describe(parameter) + " of type " + p.getParameterizedType().getTypeName() + "; " + SUPPORTED));
        Settings settings = Settings.of(context);
        SeedChoice seed;
        StudySpec spec;
        try {
            seed = SeedChoice.of(annotation.seed(), annotation.randomSeed(), context, settings);
            spec = Specs.of(annotation, seed.seed());
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("@SyntheticStudy on " + describe(parameter)
                    + " asks for a study synth cannot make: " + e.getMessage() + "; change that attribute", e);
        }
        Generation generation = study(context, spec, settings, settings.effective(annotation.cleanup()));
        if (seed.source().startsWith("random")) {
            // a random seed is reported whenever it is used, not only on failure
            context.publishReportEntry(Map.of("synth.seed", Long.toString(seed.seed()), "synth.seedSource",
                    seed.source()));
        }
        Injections.record(context, new Injection(label(parameter), generation, seed));
        StudyFixture fixture = generation.fixture();
        return switch (kind) {
            case FIXTURE -> fixture;
            case FOLDER -> fixture.directory();
            case FILES -> fixture.files();
            case ANSWER_KEY -> fixture.answerKey();
        };
    }

    /**
     * The run's study of {@code spec}, generated on first use; {@code cleanup} is recorded on it.
     *
     * @throws ParameterResolutionException when the study cannot be generated
     */
    static Generation study(ExtensionContext context, StudySpec spec, Settings settings, CleanupMode cleanup) {
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        // the run folder first: the store closes values in reverse order, so the studies are closed before it
        RunFolder run = root.getOrComputeIfAbsent("run folder", k -> new RunFolder(settings.fixturesDir()),
                RunFolder.class);
        CachedStudy cached = root.getOrComputeIfAbsent("study " + spec.canonicalForm() + " midiKey="
                + settings.midiKey(), k -> new CachedStudy(spec, run, settings.midiKey()),
                CachedStudy.class);
        Generation generation;
        try {
            generation = cached.get(context::publishReportEntry);
        } catch (IOException | UncheckedIOException e) {
            throw new ParameterResolutionException("synth could not generate the study " + spec.canonicalForm() + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException("synth cannot make the study " + spec.canonicalForm() + ": "
                    + e.getMessage() + "; a larger image (rows, columns) leaves room for the burned-in banner, or "
                    + "burnIn = false burns none", e);
        }
        if (cleanup == CleanupMode.NEVER) {
            generation.keepAlways = true;
        } else if (cleanup == CleanupMode.ON_SUCCESS) {
            generation.keepOnFailure = true;
        }
        return generation;
    }

    /** A parameterized case that received a study of {@link SyntheticStudies}: recorded like a parameter's. */
    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext extensionContext) throws Throwable {
        ProvidedStudies.recordArguments(invocationContext, extensionContext);
        invocation.proceed();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        after(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        after(context);
    }

    /** Marks the studies of a failed test, and fails a test that changed a shared study. */
    private static void after(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent()) {
            for (Injection i : Injections.along(context)) {
                i.generation().failed = true;
            }
        }
        Map<Generation, Boolean> seen = new IdentityHashMap<>();
        List<String> changes = new ArrayList<>();
        for (Injection i : Injections.of(context)) {
            Generation g = i.generation();
            if (seen.put(g, Boolean.TRUE) != null) {
                continue;
            }
            Optional<String> change = g.change();
            if (change.isPresent()) {
                g.tainted = true;
                changes.add("the study of " + i.parameter() + " in " + g.fixture().directory() + ": "
                        + change.get());
            }
        }
        if (!changes.isEmpty()) {
            throw new SharedStudyChangedException(testName(context) + " changed " + String.join("; ", changes)
                    + ". Studies are shared by every test of the run that asks for the same spec and seed, so their files "
                    + "are read-only; take a writable copy with study.copyTo(dir), for example into a @TempDir. The next "
                    + "test that asks for this study receives a newly generated one.");
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withReplayHint(context, failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withReplayHint(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withReplayHint(context, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withReplayHint(context, failure);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withReplayHint(context, failure);
    }

    /** Publishes the seeds and specs as report entries and appends the replay hint to the failure. */
    private static Throwable withReplayHint(ExtensionContext context, Throwable failure) {
        List<Injection> injections = Injections.along(context);
        String message = failure.getMessage();
        if (injections.isEmpty() || failure instanceof TestAbortedException
                || message != null && message.contains(ReplayHint.PREFIX)) {
            return failure;
        }
        String hint = ReplayHint.line(injections, context);
        for (Injection i : injections) {
            context.publishReportEntry(ReplayHint.entry(i, hint));
        }
        return ReplayHint.append(failure, hint);
    }

    private static String testName(ExtensionContext context) {
        String cls = context.getTestClass().map(Class::getName).orElse("");
        return context.getTestMethod().map(m -> "test " + cls + "." + m.getName() + "()")
                .orElse("test class " + cls) + " [" + context.getDisplayName() + "]";
    }

    private static String describe(ParameterContext parameter) {
        return "parameter '" + name(parameter.getParameter(), parameter.getIndex()) + "' of "
                + parameter.getDeclaringExecutable();
    }

    /** A parameter as messages name it: its method (or class, for a constructor) and its name or index. */
    private static String label(ParameterContext parameter) {
        Executable e = parameter.getDeclaringExecutable();
        String owner = e instanceof Constructor<?> ? e.getDeclaringClass().getSimpleName() : e.getName();
        return owner + "(" + name(parameter.getParameter(), parameter.getIndex()) + ")";
    }

    private static String name(Parameter p, int index) {
        return p.isNamePresent() ? p.getName() : "#" + index;
    }

    /** What a parameter receives. */
    private enum Kind {
        FIXTURE, FOLDER, FILES, ANSWER_KEY;

        static Optional<Kind> of(Parameter p) {
            Class<?> type = p.getType();
            if (type == StudyFixture.class) {
                return Optional.of(FIXTURE);
            }
            if (type == Path.class) {
                return Optional.of(FOLDER);
            }
            if (type == AnswerKey.class) {
                return Optional.of(ANSWER_KEY);
            }
            Type generic = p.getParameterizedType();
            if (type == List.class && generic instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] == Path.class) {
                return Optional.of(FILES);
            }
            return Optional.empty();
        }
    }
}
