package io.github.synthphi.junit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The replay hint of a failed test that received studies: one line with each study's seed, the seed's source and
 * the spec, and the command that reruns the test with the same studies. It goes into the failure message itself,
 * because report entries do not reach Surefire's XML reports, which CI servers show.
 */
final class ReplayHint {

    static final String PREFIX = "[synth replay]";

    private ReplayHint() {
    }

    /** The one-line hint. */
    static String line(List<Injection> injections, ExtensionContext context) {
        // parameters that received the same study with a seed of the same source are named together
        Map<String, List<String>> byStudy = new LinkedHashMap<>();
        TreeSet<Long> configured = new TreeSet<>();
        for (Injection i : injections) {
            String study = "seed " + i.seed().describe() + " spec " + i.generation().fixture().spec().canonicalForm();
            List<String> parameters = byStudy.computeIfAbsent(study, k -> new ArrayList<>());
            if (!parameters.contains(i.parameter())) {
                parameters.add(i.parameter());
            }
            i.seed().rerunWith().ifPresent(configured::add);
        }
        StringJoiner studies = new StringJoiner(" | ");
        byStudy.forEach((study, parameters) -> studies.add(String.join(", ", parameters) + ": " + study));
        StringBuilder rerun = new StringBuilder("mvn test -Dtest=").append(selector(context));
        if (configured.size() == 1) {
            rerun.append(" -D").append(Settings.SEED).append('=').append(configured.first());
        }
        return PREFIX + " " + studies + " -> rerun: " + rerun;
    }

    /** The report entry of one study. */
    static Map<String, String> entry(Injection i, String hint) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("synth.parameter", i.parameter());
        e.put("synth.seed", Long.toString(i.seed().seed()));
        e.put("synth.seedSource", i.seed().source());
        e.put("synth.spec", i.generation().fixture().spec().canonicalForm());
        e.put("synth.folder", i.generation().fixture().directory().toString());
        e.put("synth.replay", hint);
        return e;
    }

    /** Surefire's {@code -Dtest} value of the test, quoted for a shell when it names a nested class. */
    private static String selector(ExtensionContext context) {
        String cls = context.getTestClass().map(Class::getName).orElse("*");
        int dot = cls.lastIndexOf('.');
        String simple = cls.substring(dot + 1);
        String method = context.getTestMethod().map(Method::getName).map(m -> "#" + m).orElse("");
        String selector = simple + method;
        return selector.contains("$") ? "'" + selector + "'" : selector;
    }

    /**
     * {@code failure} with the hint appended to its message, of the same kind: an {@code AssertionFailedError} keeps
     * its expected and actual values (IDE diffs), another {@code AssertionError} stays an {@code AssertionError}, any
     * other exception becomes a {@link ReplayHintException}; the original is the cause, and its stack trace is kept.
     * An aborted test (a failed assumption) and a virtual machine error are returned unchanged.
     */
    static Throwable append(Throwable failure, String hint) {
        if (failure instanceof TestAbortedException || failure instanceof VirtualMachineError) {
            return failure;
        }
        Throwable out;
        if (failure instanceof AssertionFailedError afe) {
            String message = withHint(afe.getMessage(), hint);
            out = afe.isExpectedDefined() || afe.isActualDefined()
                    ? new AssertionFailedError(message, afe.getExpected(), afe.getActual(), failure)
                    : new AssertionFailedError(message, failure);
        } else if (failure instanceof AssertionError) {
            out = new AssertionError(withHint(failure.getMessage(), hint), failure);
        } else {
            out = new ReplayHintException(failure + "\n" + hint, failure);
        }
        out.setStackTrace(failure.getStackTrace());
        return out;
    }

    private static String withHint(String message, String hint) {
        return message == null || message.isEmpty() ? hint : message + "\n" + hint;
    }
}
