package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.study.StudyFixture;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a failure message is made of: the output judged, its evaluation when there is one, the findings that
 * failed the assertion (sorted), and the report line. The parts of the message every failure kind shares are
 * rendered here, as plain text that is never used as a format string.
 *
 * @param output the output judged (under the profile the findings are judged by)
 * @param evaluation the evaluation, empty when the output could not be evaluated
 * @param findings the findings that fail the assertion, sorted by {@link Finding#ORDER}
 * @param report where the report is, or why it was not written
 */
record FailedJudgement(DeidOutput output, Optional<Evaluation> evaluation, List<Finding> findings, String report) {

    FailedJudgement {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(evaluation, "evaluation");
        findings = List.copyOf(findings);
        Objects.requireNonNull(report, "report");
    }

    /**
     * One line naming the output: its path, the number of output files, the fixture and its instances, and the
     * profile, such as {@code out: 2 output files for 2 instances of fixture, judged under BASIC,PIX}.
     */
    String summary() {
        StudyFixture source = output.source();
        StringBuilder out = new StringBuilder().append(output.output());
        evaluation.ifPresent(e -> out.append(": ").append(count(e.outputFiles(), "output file")));
        out.append(" for ").append(count(source.files().size(), "instance")).append(" of ")
                .append(source.directory()).append(", judged under ").append(output.profile().code());
        return out.toString();
    }

    /** {@code N findings in M files (showing K of N)}. */
    String counts(int maxRows) {
        Set<String> files = new TreeSet<>();
        for (Finding f : findings) {
            files.add(f.file().isEmpty() ? "source:" + f.sopInstanceUid() : f.file());
        }
        return count(findings.size(), "finding") + " in " + count(files.size(), "file") + " (showing "
                + Math.min(findings.size(), maxRows) + " of " + findings.size() + ")";
    }

    /** {@code by action: text_removed x3, residual_phi x1}: most frequent first, then by name. */
    String byAction() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(FindingsTable.expected(f), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder("by action:");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(out.length() > "by action:".length() ? ", " : " ")
                        .append(e.getKey()).append(" x").append(e.getValue()));
        return out.toString();
    }

    /** {@code seed 42 (spec modality=CT;...)}: what replays the study. */
    String seed() {
        StudyFixture source = output.source();
        return "seed " + source.seed() + " (spec " + source.spec().canonicalForm() + ")";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
