package io.github.synthphi.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.evaluate.EvaluationProgress;
import io.github.synthphi.core.evaluate.Evaluator;
import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Reports;
import io.github.synthphi.core.evaluate.ScoreSummary;
import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.IncompleteFixtureException;
import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Evaluates an output folder, writes the reports and prints the verdict: the common part of evaluate and run. */
final class Verdict {

    private Verdict() {
    }

    /** Opens the fixture folder, or explains why it cannot be used. */
    static StudyFixture fixture(Path fixtures) throws IOException {
        if (!Files.isDirectory(fixtures)) {
            throw new CliException("--fixtures " + fixtures + " is not a folder");
        }
        try {
            return FixtureFolder.open(fixtures);
        } catch (IncompleteFixtureException e) {
            throw new CliException("--fixtures " + fixtures + " is not a complete synth fixture: " + e.getMessage(), e);
        }
    }

    /**
     * Judges {@code output}, writes the reports and prints the verdict.
     *
     * @param preamble lines printed before the verdict in text mode, and kept as {@code notes} in JSON
     * @return {@link ExitCodes#PASSED} or {@link ExitCodes#FINDINGS}
     */
    static int judge(StudyFixture fixture, Path output, EvaluationOptions options, Optional<Path> uidMapping,
                     PrintWriter out, PrintWriter err, List<String> preamble) throws IOException {
        if (!Files.isDirectory(output)) {
            throw new CliException("the de-identifier's output " + output + (Files.exists(output)
                    ? " is not a folder" : " does not exist"));
        }
        if (!Files.isReadable(output)) {
            throw new CliException("the de-identifier's output " + output + " cannot be read");
        }
        if (uidMapping.isPresent() && !Files.isRegularFile(uidMapping.get())) {
            throw new CliException("--uid-mapping " + uidMapping.get() + " is not a file");
        }
        DeidOutput deid = DeidOutput.of(fixture, output).withProfile(options.parsedProfile());
        if (uidMapping.isPresent()) {
            deid = deid.withUidMapping(uidMapping.get());
        }
        Evaluation evaluation = new Evaluator(options.quiet ? EvaluationProgress.NONE
                : new EvaluationProgressLines(err)).evaluate(deid);
        Reports.Written written = Reports.write(evaluation, deid, options.report);
        ScoreSummary summary = ScoreSummary.of(evaluation);
        boolean passed = evaluation.passed() && preamble.isEmpty();
        if (options.json) {
            json(out, fixture, deid, evaluation, summary, written, preamble);
        } else {
            text(out, deid, evaluation, summary, written, preamble, options.maxFindings);
        }
        out.flush();
        return passed ? ExitCodes.PASSED : ExitCodes.FINDINGS;
    }

    private static void text(PrintWriter out, DeidOutput deid, Evaluation evaluation, ScoreSummary summary,
                             Reports.Written written, List<String> preamble, int max) {
        preamble.forEach(out::println);
        out.println("evaluated " + deid.output() + " against " + deid.source().directory() + " under profile "
                + deid.profile().code());
        out.println(summary.oneLine());
        out.println();
        out.println(summary.table());
        out.println();
        out.println(summary.categoryTable());
        out.println();
        List<Finding> findings = evaluation.findings();
        if (findings.isEmpty()) {
            out.println("no findings");
        } else {
            out.println(findings.size() + (findings.size() == 1 ? " finding:" : " findings:"));
            for (int i = 0; i < Math.min(max, findings.size()); i++) {
                out.println("  " + line(findings.get(i)));
            }
            if (findings.size() > max) {
                out.println("  ... " + (findings.size() - max) + " more in the report");
            }
        }
        out.println("report: " + written.html().toAbsolutePath());
    }

    /** One finding on one line: kind, action, file, location, keyword, planted and found, reason. */
    static String line(Finding f) {
        StringBuilder sb = new StringBuilder(f.kind().name());
        f.action().ifPresent(a -> sb.append(' ').append(a.midiName()));
        sb.append(' ').append(f.file().isEmpty() ? "(no file)" : f.file());
        if (!f.location().isEmpty()) {
            sb.append(' ').append(f.location());
        }
        if (!f.keyword().isEmpty()) {
            sb.append(' ').append(f.keyword());
        }
        if (!f.planted().isEmpty() || !f.found().isEmpty()) {
            sb.append(" planted '").append(f.planted()).append("' found '").append(f.found()).append('\'');
        }
        if (!f.reason().isEmpty()) {
            sb.append(": ").append(f.reason());
        }
        return sb.toString().replace('\n', ' ').replace('\r', ' ');
    }

    private static void json(PrintWriter out, StudyFixture fixture, DeidOutput deid, Evaluation evaluation,
                             ScoreSummary summary, Reports.Written written, List<String> preamble)
            throws IOException {
        try (JsonGenerator g = Json.over(out)) {
            g.writeStartObject();
            g.writeBooleanField("passed", evaluation.passed() && preamble.isEmpty());
            g.writeArrayFieldStart("notes");
            for (String p : preamble) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeStringField("fixtures", fixture.directory().toString());
            g.writeStringField("output", deid.output().toString());
            g.writeStringField("profile", deid.profile().code());
            g.writeNumberField("outputFiles", evaluation.outputFiles());
            line(g, "all", summary.all());
            g.writeArrayFieldStart("byAction");
            for (ScoreSummary.Line l : summary.byAction()) {
                line(g, null, l);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("byCategory");
            for (ScoreSummary.Line l : summary.byCategory()) {
                line(g, null, l);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : evaluation.findings()) {
                g.writeStartObject();
                g.writeStringField("kind", f.kind().name());
                g.writeStringField("action", f.action().map(a -> a.midiName()).orElse(""));
                g.writeStringField("file", f.file());
                g.writeStringField("sopInstanceUid", f.sopInstanceUid());
                g.writeStringField("location", f.location());
                g.writeStringField("keyword", f.keyword());
                g.writeStringField("planted", f.planted());
                g.writeStringField("found", f.found());
                g.writeStringField("category", f.category());
                g.writeStringField("expected", f.expected());
                g.writeStringField("reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("report");
            g.writeStringField("html", written.html().toAbsolutePath().toString());
            g.writeStringField("discrepancies", written.discrepancyCsv().toAbsolutePath().toString());
            g.writeStringField("validation", written.validationCsv().toAbsolutePath().toString());
            g.writeStringField("summary", written.summaryCsv().toAbsolutePath().toString());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.println();
    }

    private static void line(JsonGenerator g, String field, ScoreSummary.Line l) throws IOException {
        if (field != null) {
            g.writeObjectFieldStart(field);
        } else {
            g.writeStartObject();
        }
        g.writeStringField("name", l.name());
        g.writeNumberField("pass", l.pass());
        g.writeNumberField("fail", l.fail());
        g.writeNumberField("total", l.total());
        g.writeEndObject();
    }
}
