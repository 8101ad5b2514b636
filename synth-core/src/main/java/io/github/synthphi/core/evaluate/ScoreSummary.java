package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.Action;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pass, fail, total and score of an evaluation, as MIDI's scoring report has them (Score = Pass / Total): for
 * all checks together, by action, by category (hipaa, dicom, tcia, unknown) and by subcategory (the code, such
 * as {@code HIPAA-A}).
 *
 * <p>Every check counts once. Every finding that is not a failed check counts as one failure of its own
 * action: {@code residual_phi} (the exhaustive scan), {@code missing_instance}, {@code unexpected_instance},
 * {@code unreadable_output}. So the failures in "All" are exactly the rows of the discrepancy report. A missing
 * instance counts once as {@code missing_instance} and once more for each of its checks, which all fail.
 * Actions and categories without any check or finding have no line.
 *
 * <pre>{@code
 * ScoreSummary s = ScoreSummary.of(evaluation);
 * System.out.println(s.oneLine());   // score 97.50%: 390 of 400 passed, 10 failed (...)
 * System.out.println(s.table());     // action | pass | fail | total | score
 * double hidden = s.action("pixels_hidden").map(ScoreSummary.Line::score).orElse(1.0);
 * }</pre>
 */
public final class ScoreSummary {

    /** The columns of {@code summary.csv}. */
    public static final List<String> COLUMNS = List.of("group", "name", "pass", "fail", "total", "score");

    /** The name of the line that counts everything. */
    public static final String ALL = "All";

    /**
     * One line of the summary.
     *
     * @param group {@code all}, {@code action}, {@code category} or {@code subcategory}
     * @param name {@link #ALL}, the action ({@code text_removed}, {@code residual_phi}), the category or the code
     * @param pass checks passed
     * @param fail checks failed plus findings
     */
    public record Line(String group, String name, int pass, int fail) {
        public Line {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(name, "name");
            if (pass < 0 || fail < 0) {
                throw new IllegalArgumentException("counts must not be negative: " + pass + ", " + fail);
            }
        }

        /** Pass plus fail. */
        public int total() {
            return pass + fail;
        }

        /** Pass / total; 1 when there is nothing to count. */
        public double score() {
            return total() == 0 ? 1 : (double) pass / total();
        }
    }

    private final Line all;
    private final List<Line> actions;
    private final List<Line> categories;
    private final List<Line> subcategories;
    private final int failedChecks;
    private final Map<Finding.Kind, Integer> findings;

    private ScoreSummary(Evaluation e) {
        Map<String, int[]> byAction = new LinkedHashMap<>();
        for (Action a : Action.values()) {
            byAction.put(a.midiName(), new int[2]);
        }
        for (Finding.Kind k : Finding.Kind.values()) {
            if (k != Finding.Kind.CHECK_FAILED) {
                byAction.put(DiscrepancyCsv.kind(k), new int[2]);
            }
        }
        Map<String, int[]> byCategory = new TreeMap<>();
        Map<String, int[]> bySubcategory = new TreeMap<>();
        int[] total = new int[2];
        int failed = 0;
        for (CheckResult r : e.checks()) {
            int i = r.passed() ? 0 : 1;
            failed += i;
            count(i, total, byAction.get(r.entry().action().midiName()), r.entry().category(), byCategory,
                    bySubcategory);
        }
        Map<Finding.Kind, Integer> kinds = new LinkedHashMap<>();
        for (Finding.Kind k : Finding.Kind.values()) {
            kinds.put(k, 0);
        }
        for (Finding f : e.findings()) {
            kinds.merge(f.kind(), 1, Integer::sum);
            if (f.kind() != Finding.Kind.CHECK_FAILED) {
                count(1, total, byAction.get(DiscrepancyCsv.kind(f.kind())), f.category(), byCategory, bySubcategory);
            }
        }
        this.all = new Line("all", ALL, total[0], total[1]);
        this.actions = lines("action", byAction);
        this.categories = lines("category", byCategory);
        this.subcategories = lines("subcategory", bySubcategory);
        this.failedChecks = failed;
        this.findings = kinds;
    }

    private static void count(int i, int[] total, int[] action, String category, Map<String, int[]> byCategory,
                              Map<String, int[]> bySubcategory) {
        total[i]++;
        action[i]++;
        byCategory.computeIfAbsent(ReportText.family(category), k -> new int[2])[i]++;
        bySubcategory.computeIfAbsent(ReportText.subcategory(category), k -> new int[2])[i]++;
    }

    private static List<Line> lines(String group, Map<String, int[]> counts) {
        List<Line> out = new ArrayList<>();
        counts.forEach((name, c) -> {
            if (c[0] + c[1] > 0) {
                out.add(new Line(group, name, c[0], c[1]));
            }
        });
        return List.copyOf(out);
    }

    /** The summary of {@code evaluation}. */
    public static ScoreSummary of(Evaluation evaluation) {
        return new ScoreSummary(Objects.requireNonNull(evaluation, "evaluation"));
    }

    /** Everything together: MIDI's "All" row. */
    public Line all() {
        return all;
    }

    /** By action: the answer-key actions in their order, then the finding kinds. */
    public List<Line> byAction() {
        return actions;
    }

    /** By category family, alphabetically. */
    public List<Line> byCategory() {
        return categories;
    }

    /** By category code, alphabetically. */
    public List<Line> bySubcategory() {
        return subcategories;
    }

    /** The line of an action such as {@code text_removed} or {@code residual_phi}, if it has one. */
    public Optional<Line> action(String name) {
        return actions.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** Every line: All, then by action, by category and by subcategory; the rows of {@code summary.csv}. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        out.add(all);
        out.addAll(actions);
        out.addAll(categories);
        out.addAll(subcategories);
        return List.copyOf(out);
    }

    /** The rows of {@code summary.csv}, in {@link #COLUMNS}; score as a share with four decimals. */
    List<List<String>> csvRows() {
        List<List<String>> out = new ArrayList<>();
        for (Line l : lines()) {
            out.add(List.of(l.group(), l.name(), Integer.toString(l.pass()), Integer.toString(l.fail()),
                    Integer.toString(l.total()), ReportText.decimal(l.score())));
        }
        return out;
    }

    /** The number of findings of a kind. */
    public int findings(Finding.Kind kind) {
        return findings.get(kind);
    }

    /**
     * One line for a log: {@code score 97.50%: 390 of 400 passed, 10 failed (8 failed checks, 2 residual PHI,
     * 0 missing, 0 unexpected, 0 unreadable)}.
     */
    public String oneLine() {
        return String.format(Locale.ROOT, "score %s: %d of %d passed, %d failed (%d failed checks, %d residual PHI, "
                        + "%d missing, %d unexpected, %d unreadable)", ReportText.percent(all.pass(), all.total()),
                all.pass(), all.total(), all.fail(), failedChecks, findings(Finding.Kind.RESIDUAL_PHI),
                findings(Finding.Kind.MISSING_INSTANCE), findings(Finding.Kind.UNEXPECTED_INSTANCE),
                findings(Finding.Kind.UNREADABLE_OUTPUT));
    }

    /** A fixed-width table by action, ending with All: {@code action | pass | fail | total | score}. */
    public String table() {
        return table("action", actions);
    }

    /** A fixed-width table by category code, ending with All: {@code subcategory | pass | fail | total | score}. */
    public String categoryTable() {
        return table("subcategory", subcategories);
    }

    private String table(String title, List<Line> lines) {
        List<Line> rows = new ArrayList<>(lines);
        rows.add(all);
        int name = title.length();
        int number = "total".length();
        for (Line l : rows) {
            name = Math.max(name, l.name().length());
            number = Math.max(number, Integer.toString(l.total()).length());
        }
        String format = "%-" + name + "s  %" + number + "s  %" + number + "s  %" + number + "s  %8s";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, format, title, "pass", "fail", "total",
                "score"));
        for (Line l : rows) {
            sb.append('\n').append(String.format(Locale.ROOT, format, l.name(), l.pass(), l.fail(), l.total(),
                    ReportText.percent(l.pass(), l.total())));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
