package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.Action;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdicts on one de-identifier output: every answer-key check with its result, every finding (failed
 * checks, residual PHI, missing, unexpected and unreadable instances), and how instances were paired.
 *
 * <pre>{@code
 * Evaluation e = deidOutput.evaluation();
 * if (!e.findings().isEmpty()) { ... }
 * Map<Action, int[]> byAction = e.passFailByAction();   // [passed, failed]
 * }</pre>
 *
 * @param profile the profile judged under
 * @param checks every check, in answer-key order
 * @param findings every finding, sorted by {@link Finding#ORDER}
 * @param matches the pairing of source instances and output files
 * @param outputFiles the number of output files looked at
 */
public record Evaluation(Profile profile, List<CheckResult> checks, List<Finding> findings, List<InstanceMatch> matches,
                         int outputFiles) {
    public Evaluation {
        Objects.requireNonNull(profile, "profile");
        checks = List.copyOf(checks);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = List.copyOf(sorted);
        matches = List.copyOf(matches);
    }

    /** True when nothing was found wrong. */
    public boolean passed() {
        return findings.isEmpty();
    }

    /** The findings of the given kinds. */
    public List<Finding> findings(Finding.Kind... kinds) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            for (Finding.Kind k : kinds) {
                if (f.kind() == k) {
                    out.add(f);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Passed and failed checks per action: {@code [passed, failed]}. */
    public Map<Action, int[]> passFailByAction() {
        Map<Action, int[]> out = new EnumMap<>(Action.class);
        for (CheckResult r : checks) {
            int[] counts = out.computeIfAbsent(r.entry().action(), a -> new int[2]);
            counts[r.passed() ? 0 : 1]++;
        }
        return out;
    }
}
