package io.github.synthphi.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs test-case classes through the Jupiter engine, as a build tool would, and reads what happened. */
final class Kit {

    private Kit() {
    }

    static EngineExecutionResults run(Class<?> testCase) {
        return run(Map.of(), testCase);
    }

    static EngineExecutionResults run(Map<String, String> configuration, Class<?>... testCases) {
        EngineTestKit.Builder b = EngineTestKit.engine("junit-jupiter");
        for (Class<?> c : testCases) {
            b.selectors(selectClass(c));
        }
        // nothing from the machine: no synth.* system property may change what these tests see
        Map<String, String> config = new TreeMap<>(configuration);
        for (String key : List.of(Settings.SEED, Settings.KEEP, Settings.CLEANUP, Settings.MIDI_KEY)) {
            config.putIfAbsent(key, "");
        }
        b.configurationParameters(config);
        return b.execute();
    }

    /** The values of report entry {@code key}, in publication order. */
    static List<String> entries(EngineExecutionResults results, String key) {
        List<String> out = new ArrayList<>();
        for (Event e : results.allEvents().list()) {
            if (e.getType() == EventType.REPORTING_ENTRY_PUBLISHED) {
                String v = e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get(key);
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The throwables of the failed tests, in order. */
    static List<Throwable> failures(EngineExecutionResults results) {
        List<Throwable> out = new ArrayList<>();
        for (Event e : results.allEvents().failed().list()) {
            e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).ifPresent(out::add);
        }
        return out;
    }

    /** The only failure of a run. */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> f = failures(results);
        if (f.size() != 1) {
            throw new AssertionError("expected one failure, got " + f.size() + ": " + f);
        }
        return f.get(0);
    }
}
