package io.github.synthphi.maven.internal;

import io.github.synthphi.core.evaluate.ScoreSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The goals' summary lines, formatted without the JVM's default locale. */
public final class LogLines {

    private LogLines() {
    }

    /** The one summary line of {@code generate-fixtures}. */
    public static String generation(FixtureSet.Outcome o, long nanos) {
        String studies = count(o.studies().size(), "study", "studies") + " (" + String.join(", ", o.studies()) + ")";
        String numbers = count(o.instances(), "instance", "instances") + ", " + bytes(o.bytes()) + ", "
                + o.quarantined() + " quarantined";
        if (o.generated()) {
            return "synth: generated " + studies + " into " + o.directory() + ": " + numbers + ", in "
                    + seconds(nanos) + "; why: " + o.reason();
        }
        return "synth: fixtures up to date in " + o.directory() + ": " + studies + ", " + numbers + "; checked in "
                + seconds(nanos) + " (configuration unchanged, every file intact; -Dsynth.force=true regenerates)";
    }

    /**
     * The summary table of one evaluation: a line per action, then per category, then All, with pass, fail,
     * total and score; fixed width, for a log.
     */
    public static String table(ScoreSummary summary) {
        List<ScoreSummary.Line> rows = new ArrayList<>(summary.byAction());
        rows.addAll(summary.byCategory());
        rows.add(summary.all());
        int name = "category".length();
        int number = "total".length();
        for (ScoreSummary.Line l : rows) {
            name = Math.max(name, l.name().length());
            number = Math.max(number, Long.toString(l.total()).length());
        }
        String format = "%-8s  %-" + name + "s  %" + number + "s  %" + number + "s  %" + number + "s  %8s";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, format, "by", "name", "pass", "fail",
                "total", "score"));
        for (ScoreSummary.Line l : rows) {
            sb.append('\n').append(String.format(Locale.ROOT, format, l.group(), l.name(), l.pass(), l.fail(),
                    l.total(), percent(l.pass(), l.total())));
        }
        return sb.toString();
    }

    /** {@code 97.50%}; {@code 100.00%} when there is nothing to count. */
    static String percent(long pass, long total) {
        return String.format(Locale.ROOT, "%.2f%%", total == 0 ? 100.0 : 100.0 * pass / total);
    }

    /** {@code 1 study}, {@code 2 studies}. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code 812 B}, {@code 3.4 kB}, {@code 12.0 MB}, in powers of 1000. */
    public static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        List<String> units = List.of("kB", "MB", "GB", "TB");
        double v = n;
        int i = -1;
        while (v >= 1000 && i < units.size() - 1) {
            v /= 1000;
            i++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units.get(i));
    }

    /** {@code 1.25 s}. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
