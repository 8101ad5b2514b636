package io.github.synthphi.cli;

import io.github.synthphi.core.midi.MidiReports;
import io.github.synthphi.core.midi.MidiRules;
import io.github.synthphi.core.midi.MidiScore;
import io.github.synthphi.core.midi.MidiScorer;
import io.github.synthphi.core.midi.MidiStopWords;
import io.github.synthphi.core.midi.MidiStrict;
import io.github.synthphi.core.midi.MidiTally;
import io.github.synthphi.core.midi.MidiText;
import io.github.synthphi.core.truth.UidMappingCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synth midi-score}: a de-identifier's output scored against a MIDI answer-key database, with MIDI's rules
 * (so the score equals the validation script's) or with synth's own ({@code --mode STRICT}).
 *
 * <pre>{@code
 * synth midi-score --key answer_key.db --output deid-out --uid-mapping uid_mapping.csv --report midi-report
 * synth midi-score --mode STRICT --key answer_key.db --sources midi-source --output deid-out
 * }</pre>
 */
@Command(name = "midi-score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores a de-identifier's output against a MIDI answer-key database (answer_data table), such "
                + "as MIDI's own or the answer-key.db of a synth fixture.",
                "MIDI mode applies the published rules of MIDI's validation script, quirks included, and writes its "
                        + "discrepancy CSVs and scoring workbooks; pixels_hidden needs MIDI's OCR and is left blank "
                        + "for review unless --pixels-hidden says otherwise. STRICT mode judges the same key with "
                        + "synth's evaluator and needs the source files (--sources).",
                "Exit code 0 when every check passed, 1 when one failed or is blank, 2 for unusable input."})
final class MidiScoreCommand implements Callable<Integer> {

    /** The scoring modes. */
    enum Mode { MIDI, STRICT }

    @Spec
    CommandSpec command;

    @Option(names = "--key", required = true, paramLabel = "DB", description = "The MIDI answer-key database.")
    Path key;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The de-identifier's output.")
    Path output;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "MIDI",
            description = "MIDI (default) or STRICT.")
    Mode mode;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "STRICT: the source files the key describes (the de-identifier's input).")
    Path sources;

    @Option(names = "--uid-mapping", paramLabel = "CSV", description = "MIDI's id_old,id_new UID mapping.")
    Path uidMapping;

    @Option(names = "--patid-mapping", paramLabel = "CSV",
            description = "MIDI mode: the id_old,id_new Patient ID mapping.")
    Path patientIdMapping;

    @Option(names = "--pixels-hidden", paramLabel = "POLICY", defaultValue = "REVIEW",
            description = "MIDI mode: REVIEW (blank, default), PASS (as MIDI when OCR finds no text) or OMIT.")
    MidiRules.PixelsHidden pixelsHidden;

    @Option(names = "--stop-words", paramLabel = "LIST", defaultValue = "NLTK_2025",
            description = "MIDI mode: NLTK's English stop words as of NLTK_2020 or NLTK_2025 (default).")
    MidiStopWords stopWords;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "synth-midi-report",
            description = "Where the reports go (default ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "STRICT mode: no progress lines on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(key)) {
            throw new CliException("--key " + key + " is not a file");
        }
        if (!Files.isDirectory(output)) {
            throw new CliException("the de-identifier's output " + output + (Files.exists(output) ? " is not a folder"
                    : " does not exist"));
        }
        PrintWriter out = command.commandLine().getOut();
        if (mode == Mode.STRICT) {
            if (sources == null || !Files.isDirectory(sources)) {
                throw new CliException("--mode STRICT needs --sources, the folder of source files the key describes");
            }
            MidiStrict.Input input = MidiStrict.of(key, sources);
            EvaluationOptions options = new EvaluationOptions();
            options.profile = "BASIC,PIX,DESC,GRAPH";
            options.report = report;
            options.maxFindings = 25;
            options.quiet = quiet;
            if (!input.notEvaluated().isEmpty()) {
                out.println("STRICT: " + input.notEvaluated().size() + " pixels_hidden checks of the key are not "
                        + "evaluated (MIDI boxes carry no font or frames) and count as not passed");
            }
            int code = Verdict.judge(input.fixture(), output, options, Optional.ofNullable(uidMapping), out,
                    command.commandLine().getErr(), List.of());
            return input.notEvaluated().isEmpty() ? code : ExitCodes.FINDINGS;
        }
        Map<String, String> uids = uidMapping == null ? Map.of() : UidMappingCsv.read(uidMapping);
        Map<String, String> patients = patientIdMapping == null ? Map.of() : UidMappingCsv.read(patientIdMapping);
        MidiRules rules = new MidiRules(new MidiText(stopWords), uids, patients, pixelsHidden);
        MidiScore score;
        try (MidiReports reports = MidiReports.open(report)) {
            score = new MidiScorer(rules).score(key, output, reports);
            reports.finish(score);
        }
        print(out, score);
        out.flush();
        MidiTally.Counts all = score.seriesLevel().all();
        return all.fail() == 0 && all.blank() == 0 ? ExitCodes.PASSED : ExitCodes.FINDINGS;
    }

    private void print(PrintWriter out, MidiScore score) {
        out.println("scored " + output.toAbsolutePath() + " against " + key.toAbsolutePath() + " in " + score.mode()
                + " mode: " + score.rows() + " instances in the key, " + score.missingInstances() + " missing");
        for (String level : List.of("series", "instance")) {
            MidiTally t = level.equals("series") ? score.seriesLevel() : score.instanceLevel();
            out.println();
            out.println(String.format(Locale.ROOT, "%-22s %8s %8s %8s %8s %9s", level + " level", "pass", "fail",
                    "blank", "total", "score"));
            t.byAction().forEach((action, c) -> out.println(row(action, c)));
            out.println(row("All", t.all()));
        }
        score.unmappedOutputs().forEach(f -> out.println("unmapped output: " + f));
        score.skippedFiles().forEach(f -> out.println("skipped: " + f));
        score.notes().forEach(n -> out.println("note: " + n));
        out.println("report: " + report.toAbsolutePath());
    }

    private static String row(String name, MidiTally.Counts c) {
        return String.format(Locale.ROOT, "%-22s %8d %8d %8d %8d %9s", name, c.pass(), c.fail(), c.blank(), c.total(),
                c.scoreText());
    }
}
