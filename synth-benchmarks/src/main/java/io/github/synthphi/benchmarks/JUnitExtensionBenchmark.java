package io.github.synthphi.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.junit.SyntheticStudy;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Times {@code @SyntheticStudy} injections as a test run sees them: the first injection of a study in a run (which
 * generates it) and cached injections (every later test that asks for the same spec and seed). A command that
 * prints figures, not a timed test.
 *
 * <pre>
 * java -Xmx1g -cp ... io.github.synthphi.benchmarks.JUnitExtensionBenchmark [--runs N] [--cine-first]
 * </pre>
 *
 * <p>The JUnit launcher runs {@link InjectionCase} {@code --runs} times in one JVM. Each run has its own root store,
 * so its first test generates the studies again: the first run shows a cold JVM (class loading, interpreted code),
 * the later ones a warm JVM, as in a build whose earlier tests already used synth. By default the default study is
 * injected first and the cine second; {@code --cine-first} swaps them, so run 1 shows the cine in a cold JVM. An injection's time is from the
 * end of the test's {@code beforeEach} callbacks to the start of the test method, which is when JUnit resolves the
 * parameters: the extension's whole work, generation included, plus JUnit's own resolution overhead. Two studies:
 * the default ultrasound study ({@code @SyntheticStudy StudyFixture}, a 16-frame 640x480 RGB cine) and the
 * 32-frame 640x480 cine of the target ({@code @SyntheticStudy(frames = 32)}). The studies go to
 * {@code synth.bench.target}/junit-bench and are deleted at the end of each run. Each generation's own time, as the
 * extension reports it ({@code synth.generated} report entry: generation, read-only permissions and file stamps),
 * is printed as it happens.
 */
public final class JUnitExtensionBenchmark {

    private static final int REPEATS = 200;
    private static final List<Long> FIRST_DEFAULT = new ArrayList<>();
    private static final List<Long> FIRST_32 = new ArrayList<>();
    private static final List<Long> CACHED = new ArrayList<>();
    private static long start;

    private JUnitExtensionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int runs = 5;
        Class<?> testCase = InjectionCase.class;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs") && i + 1 < args.length) {
                runs = Math.max(1, Integer.parseInt(args[++i]));
            } else if (args[i].equals("--cine-first")) {
                testCase = CineFirstCase.class;
            } else {
                out.println("usage: JUnitExtensionBenchmark [--runs N] [--cine-first]\n"
                        + "  --runs N      launcher runs in this JVM (default 5); the first is a cold JVM\n"
                        + "  --cine-first  inject the 32-frame cine first, so run 1 shows it in a cold JVM");
                System.exit(2);
            }
        }
        Path target = Path.of(System.getProperty("synth.bench.target", "target")).resolve("junit-bench");
        Files.createDirectories(target);
        out.println("JVM:          " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        out.println("studies in:   " + target.toAbsolutePath().normalize());
        Launcher launcher = LauncherFactory.create();
        for (int r = 0; r < runs; r++) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(testCase))
                    .configurationParameter("synth.fixtures.dir", target.toString())
                    .configurationParameter("synth.seed", "")
                    .configurationParameter("synth.keep", "false").build();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            int run = r + 1;
            TestExecutionListener generated = new TestExecutionListener() {
                @Override
                public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                    String value = entry.getKeyValuePairs().get("synth.generated");
                    if (value != null) {
                        out.println("run " + run + ": generated " + value.replace(target.toAbsolutePath().normalize()
                                .toString(), "").replaceAll(" into .*", ""));
                    }
                }
            };
            launcher.execute(request, listener, generated);
            TestExecutionSummary summary = listener.getSummary();
            if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() != REPEATS + 2) {
                summary.printFailuresTo(new java.io.PrintWriter(out, true), 20);
                throw new IllegalStateException("the benchmark's tests did not all pass: "
                        + summary.getTestsSucceededCount() + " passed, " + summary.getTotalFailureCount() + " failed");
            }
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-52s %10s %10s", "injection", "run 1", "runs 2.." + runs));
        out.println(String.format(Locale.ROOT, "%-52s %10s %10s", "first, default US study (16 frames 640x480)",
                ms(FIRST_DEFAULT.get(0)), runs > 1 ? ms(median(FIRST_DEFAULT.subList(1, runs))) + " med" : "-"));
        out.println(String.format(Locale.ROOT, "%-52s %10s %10s", "first, 32-frame 640x480 cine (target < 300 ms)",
                ms(FIRST_32.get(0)), runs > 1 ? ms(median(FIRST_32.subList(1, runs))) + " med" : "-"));
        List<Long> firstRunCached = CACHED.subList(0, REPEATS);
        List<Long> laterCached = CACHED.subList(REPEATS, CACHED.size());
        out.println(String.format(Locale.ROOT, "%-52s %10s %10s", "cached, median of " + REPEATS + " per run "
                + "(target < 1 ms)", us(median(firstRunCached)), runs > 1 ? us(median(laterCached)) + " med" : "-"));
        out.println(String.format(Locale.ROOT, "%-52s %10s %10s", "cached, 99th percentile", us(percentile(
                firstRunCached, 0.99)), runs > 1 ? us(percentile(laterCached, 0.99)) : "-"));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String us(long nanos) {
        return String.format(Locale.ROOT, "%.0f us", nanos / 1e3);
    }

    private static long median(List<Long> values) {
        return percentile(values, 0.5);
    }

    private static long percentile(List<Long> values, double p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    /** Records the time between the end of the beforeEach callbacks and the start of the test method. */
    public static final class Stopwatch implements BeforeEachCallback, InvocationInterceptor {
        @Override
        public void beforeEach(ExtensionContext context) {
            start = System.nanoTime();
        }

        @Override
        public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<java.lang.reflect.Method>
                invocationContext, ExtensionContext extensionContext) throws Throwable {
            long elapsed = System.nanoTime() - start;
            String name = invocationContext.getExecutable().getName();
            switch (name) {
                case "firstDefault" -> FIRST_DEFAULT.add(elapsed);
                case "first32" -> FIRST_32.add(elapsed);
                default -> CACHED.add(elapsed);
            }
            invocation.proceed();
        }

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                ReflectiveInvocationContext<java.lang.reflect.Method> invocationContext,
                ExtensionContext extensionContext) throws Throwable {
            CACHED.add(System.nanoTime() - start);
            invocation.proceed();
        }
    }

    /** As {@link InjectionCase}, the 32-frame cine first. */
    @ExtendWith(Stopwatch.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    public static final class CineFirstCase {
        @Test
        @Order(1)
        void first32(@SyntheticStudy(modality = Modality.US_CINE, frames = 32) StudyFixture study) {
            InjectionCase.check(study, 32);
        }

        @Test
        @Order(2)
        void firstDefault(@SyntheticStudy StudyFixture study) {
            InjectionCase.check(study, 16);
        }

        @RepeatedTest(REPEATS)
        @Order(3)
        void cached(@SyntheticStudy(modality = Modality.US_CINE, frames = 32) StudyFixture study) {
            InjectionCase.check(study, 32);
        }
    }

    /** The tests the launcher runs: two first injections, then cached ones. */
    @ExtendWith(Stopwatch.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    public static final class InjectionCase {
        @Test
        @Order(1)
        void firstDefault(@SyntheticStudy StudyFixture study) {
            check(study, 16);
        }

        @Test
        @Order(2)
        void first32(@SyntheticStudy(modality = Modality.US_CINE, frames = 32) StudyFixture study) {
            check(study, 32);
        }

        @RepeatedTest(REPEATS)
        @Order(3)
        void cached(@SyntheticStudy(modality = Modality.US_CINE, frames = 32) StudyFixture study) {
            check(study, 32);
        }

        static void check(StudyFixture study, int frames) {
            if (study.spec().frames() != frames || study.spec().columns() != 640 || study.spec().rows() != 480
                    || study.files().size() != 1) {
                throw new AssertionError("unexpected study " + study.spec().canonicalForm());
            }
        }
    }
}
