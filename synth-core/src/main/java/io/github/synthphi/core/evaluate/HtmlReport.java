package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.PixelRegion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * {@code report.html}: one self-contained page (inline CSS, images as {@code data:} URIs, no script, nothing
 * fetched) for a person: the verdict, the profile and counts, the score tables, a before/after picture of every
 * burned line that leaked (or a label that was lost), and every finding. The page is well-formed XML too, and
 * the same evaluation of the same files gives the same bytes.
 */
final class HtmlReport {

    private static final String STYLE = String.join("\n",
            "body { font-family: sans-serif; margin: 1.5em; color: #222; }",
            "table { border-collapse: collapse; margin: 0.5em 0 1.5em 0; }",
            "th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }",
            "th { background: #eee; }",
            "td.n { text-align: right; font-variant-numeric: tabular-nums; }",
            "td { max-width: 40em; overflow-wrap: anywhere; }",
            ".pass { color: #0a6b0a; } .fail { color: #b00000; }",
            "figure { margin: 0 0 1.5em 0; } figcaption { font-size: 90%; max-width: 80em; }",
            "img { image-rendering: pixelated; border: 1px solid #888; }");

    private HtmlReport() {
    }

    /** Writes the page to {@code file}. */
    static void write(Path file, Evaluation e, ScoreSummary summary, List<LeakCrops.Leak> leaks,
                      UnaryOperator<String> clean) throws IOException {
        Files.writeString(file, render(e, summary, leaks, clean), StandardCharsets.UTF_8);
    }

    /** The page; {@code clean} makes values portable and short. */
    static String render(Evaluation e, ScoreSummary summary, List<LeakCrops.Leak> leaks, UnaryOperator<String> clean)
            throws IOException {
        Html h = new Html();
        String verdict = e.passed() ? "PASSED" : "FAILED";
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .raw("<meta charset=\"UTF-8\"/>\n").element("title", "", "synth evaluation: " + verdict)
                .raw("\n<style>\n").raw(STYLE).raw("\n</style>\n</head>\n<body>\n")
                .element("h1", "", "De-identification evaluation").raw("\n")
                .element("p", e.passed() ? "pass" : "fail", verdict + ": " + summary.oneLine()).raw("\n");
        facts(h, e, summary);
        scores(h, summary);
        leaks(h, leaks, clean);
        findings(h, e, clean);
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private static void facts(Html h, Evaluation e, ScoreSummary summary) {
        h.element("h2", "", "Run").raw("\n<table>\n");
        int paired = 0;
        Map<String, Integer> methods = new TreeMap<>();
        for (InstanceMatch m : e.matches()) {
            if (m.outputFile().isPresent()) {
                paired++;
                methods.merge(m.method(), 1, Integer::sum);
            }
        }
        long failed = e.checks().stream().filter(r -> !r.passed()).count();
        StringBuilder how = new StringBuilder();
        methods.forEach((k, v) -> how.append(how.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        int text = Integer.MAX_VALUE;
        h.row(text, "profile", e.profile().code())
                .row(text, "source instances", Integer.toString(e.matches().size()))
                .row(text, "output files", Integer.toString(e.outputFiles()))
                .row(text, "paired", paired + (how.length() == 0 ? "" : " (" + how + ")"))
                .row(text, "checks", Integer.toString(e.checks().size()))
                .row(text, "failed checks", Long.toString(failed));
        for (Finding.Kind k : Finding.Kind.values()) {
            h.row(text, "findings: " + DiscrepancyCsv.kind(k), Integer.toString(summary.findings(k)));
        }
        h.raw("</table>\n");
    }

    private static void scores(Html h, ScoreSummary summary) {
        h.element("h2", "", "Score by action").raw("\n<table>\n").headerRow("action", "pass", "fail", "total", "score");
        for (ScoreSummary.Line l : summary.byAction()) {
            line(h, l.name(), l);
        }
        line(h, ScoreSummary.ALL, summary.all());
        h.raw("</table>\n").element("h2", "", "Score by category").raw("\n<table>\n")
                .headerRow("category", "subcategory", "pass", "fail", "total", "score");
        for (ScoreSummary.Line family : summary.byCategory()) {
            line(h, family.name(), "(all)", family);
            for (ScoreSummary.Line l : summary.bySubcategory()) {
                if (ReportText.family(l.name()).equals(family.name())) {
                    line(h, family.name(), l.name(), l);
                }
            }
        }
        line(h, ScoreSummary.ALL, "", summary.all());
        h.raw("</table>\n");
    }

    private static void line(Html h, String family, String name, ScoreSummary.Line l) {
        h.row(2, family, name, Integer.toString(l.pass()), Integer.toString(l.fail()), Integer.toString(l.total()),
                ReportText.percent(l.pass(), l.total()));
    }

    private static void line(Html h, String name, ScoreSummary.Line l) {
        h.row(1, name, Integer.toString(l.pass()), Integer.toString(l.fail()), Integer.toString(l.total()),
                ReportText.percent(l.pass(), l.total()));
    }

    private static void leaks(Html h, List<LeakCrops.Leak> leaks, UnaryOperator<String> clean) throws IOException {
        h.element("h2", "", "Burned-in text that failed (" + leaks.size() + ")").raw("\n");
        if (leaks.isEmpty()) {
            h.element("p", "pass", "No burned-in line failed its check.").raw("\n");
            return;
        }
        h.element("p", "", "Each picture shows the line's cells with a margin on the frame where the line fails "
                + "worst: the source on the left with the ink box in red, the output on the right.").raw("\n");
        for (LeakCrops.Leak l : leaks) {
            CheckResult r = l.check();
            PixelRegion g = l.region();
            String what = r.entry().action().midiName() + ": \"" + g.text() + "\" in " + r.file() + ", frame "
                    + l.frame();
            h.raw("<figure>\n");
            if (l.before().isPresent()) {
                byte[] png = CropImage.png(l.before().get(), l.after(), g.inkBox());
                h.raw("<img alt=\"").text("before and after: " + g.text()).raw("\" src=\"data:image/png;base64,")
                        .raw(Base64.getEncoder().encodeToString(png)).raw("\"/>\n");
            }
            h.raw("<figcaption>").text(what).raw("<br/>").text(String.format(Locale.ROOT,
                    "ink box (%d,%d,%d,%d); found %s; %s", g.inkBox().x(), g.inkBox().y(), g.inkBox().width(),
                    g.inkBox().height(), clean.apply(r.found()), clean.apply(r.reason())));
            if (!l.note().isEmpty()) {
                h.raw("<br/>").text(clean.apply(l.note()));
            }
            h.raw("</figcaption>\n</figure>\n");
        }
    }

    private static void findings(Html h, Evaluation e, UnaryOperator<String> clean) {
        h.element("h2", "", "Findings (" + e.findings().size() + ")").raw("\n");
        if (e.findings().isEmpty()) {
            h.element("p", "pass", "Nothing was found wrong.").raw("\n");
            return;
        }
        h.raw("<table>\n").headerRow("kind", "file", "location", "keyword", "planted", "found", "category",
                "expected", "reason");
        for (Finding f : e.findings()) {
            String kind = f.action().map(a -> a.midiName()).orElse(DiscrepancyCsv.kind(f.kind()));
            h.row(Integer.MAX_VALUE, kind, f.file().isEmpty() ? "(" + f.sopInstanceUid() + ")" : f.file(),
                    f.location(), f.keyword(), clean.apply(f.planted()), clean.apply(f.found()), f.category(),
                    clean.apply(f.expected()), clean.apply(f.reason()));
        }
        h.raw("</table>\n");
    }
}
