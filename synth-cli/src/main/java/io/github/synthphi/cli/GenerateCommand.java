package io.github.synthphi.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.synthphi.core.study.GenerationProgress;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synth generate}: one fixture folder with its answer key, like {@code StudyGenerator#generate}.
 *
 * <pre>{@code
 * synth generate --out fixtures/us --modality US_CINE --count 10 --frames 32 --seed 42
 * }</pre>
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates a fixture folder: DICOM files with planted fake PHI, answer-key.csv, "
                + "phi_overlays.csv, run_manifest.csv, patient-mapping.csv and synth-fixture.txt (written last).",
                "The same options and seed give byte-identical files on any machine and thread count."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The fixture folder; it must not exist or be empty.")
    Path out;

    @Mixin
    SpecOptions specOptions;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that write instances (default: the processors, at most 8); the files do not "
                    + "depend on it.")
    Integer threads;

    @Option(names = "--midi-key", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also write answer-key.db, the answer key as a MIDI answer-key database that MIDI's "
                    + "validation script reads (default: on; --no-midi-key leaves it out).")
    boolean midiKey;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    boolean quiet;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        StudySpec spec = specOptions.spec();
        int n = threads != null ? threads : Math.min(8, Runtime.getRuntime().availableProcessors());
        if (n < 1 || n > 256) {
            throw new CliException("--threads must be 1 to 256, got " + n);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliException("--out " + out + " is a file, not a folder");
        }
        PrintWriter err = command.commandLine().getErr();
        GenerationProgress progress = quiet ? GenerationProgress.NONE : ProgressLine.every(err);
        long start = System.nanoTime();
        StudyFixture fixture = new StudyGenerator(n).withProgress(progress).withMidiKey(midiKey)
                .generate(spec, out);
        long elapsed = System.nanoTime() - start;
        Summary summary = Summary.of(fixture, elapsed);
        PrintWriter o = command.commandLine().getOut();
        if (json) {
            summary.writeJson(o);
        } else {
            o.print(summary.text());
        }
        o.flush();
        if (fixture.files().isEmpty()) {
            throw new CliException("no instance was written, every one was quarantined (see "
                    + fixture.directory().resolve("run_manifest.csv") + "): " + String.join("; ", summary.reasons())
                    + "; a larger --rows/--columns or --no-burn-in lets the banner fit");
        }
        return ExitCodes.PASSED;
    }

    /** What a generation made. */
    record Summary(StudyFixture fixture, long bytes, long frames, int quarantined, int failed,
                   Map<Action, Integer> entries, long elapsedNanos) {

        static Summary of(StudyFixture fixture, long elapsedNanos) throws IOException {
            long bytes = 0;
            for (Path f : fixture.files()) {
                bytes += Files.size(f);
            }
            int quarantined = 0;
            int failed = 0;
            for (ManifestEntry m : fixture.manifest()) {
                if (m.status() == ManifestEntry.Status.QUARANTINED) {
                    quarantined++;
                } else if (m.status() == ManifestEntry.Status.FAILED) {
                    failed++;
                }
            }
            Map<Action, Integer> entries = new EnumMap<>(Action.class);
            for (AnswerKeyEntry e : fixture.answerKey().entries()) {
                entries.merge(e.action(), 1, Integer::sum);
            }
            long frames = (long) fixture.files().size() * fixture.spec().frames();
            return new Summary(fixture, bytes, frames, quarantined, failed, entries, elapsedNanos);
        }

        /** Each distinct reason of quarantine or failure, with its count, such as {@code 6 x banner_...}. */
        List<String> reasons() {
            Map<String, Integer> counts = new TreeMap<>();
            for (ManifestEntry m : fixture.manifest()) {
                if (m.status() != ManifestEntry.Status.PROCESSED) {
                    counts.merge(m.status().csvName() + ": " + m.reason(), 1, Integer::sum);
                }
            }
            List<String> out = new ArrayList<>();
            counts.forEach((r, c) -> out.add(c + " x " + r));
            return out;
        }

        String text() {
            StudySpec s = fixture.spec();
            StringBuilder sb = new StringBuilder();
            sb.append("generated ").append(fixture.directory()).append('\n');
            row(sb, "modality", s.modality().name());
            row(sb, "seed", Long.toString(s.seed()));
            row(sb, "patients", Integer.toString(s.patients()));
            row(sb, "studies", Integer.toString(s.patients() * s.studiesPerPatient()));
            row(sb, "series", Integer.toString(s.patients() * s.studiesPerPatient() * s.seriesPerStudy()));
            row(sb, "instances", fixture.files().size() + " written, " + quarantined + " quarantined"
                    + (failed > 0 ? ", " + failed + " failed" : ""));
            reasons().forEach(r -> row(sb, "  not written", r));
            row(sb, "frames", Long.toString(frames));
            row(sb, "bytes", String.format(Locale.ROOT, "%,d", bytes));
            row(sb, "answer-key entries", Integer.toString(fixture.answerKey().size()));
            entries.forEach((a, c) -> row(sb, "  " + a.midiName(), Integer.toString(c)));
            row(sb, "time", String.format(Locale.ROOT, "%.1f s", elapsedNanos / 1e9));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, String value) {
            sb.append(String.format(Locale.ROOT, "  %-22s %s%n", name, value));
        }

        void writeJson(PrintWriter out) throws IOException {
            StudySpec s = fixture.spec();
            try (JsonGenerator g = Json.over(out)) {
                g.writeStartObject();
                g.writeStringField("directory", fixture.directory().toString());
                g.writeStringField("spec", s.canonicalForm());
                g.writeStringField("modality", s.modality().name());
                g.writeNumberField("seed", s.seed());
                g.writeNumberField("patients", s.patients());
                g.writeNumberField("instances", fixture.files().size());
                g.writeNumberField("quarantined", quarantined);
                g.writeNumberField("failed", failed);
                g.writeArrayFieldStart("quarantineReasons");
                for (String r : reasons()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeNumberField("frames", frames);
                g.writeNumberField("bytes", bytes);
                g.writeNumberField("answerKeyEntries", fixture.answerKey().size());
                g.writeObjectFieldStart("entriesByAction");
                for (Map.Entry<Action, Integer> e : entries.entrySet()) {
                    g.writeNumberField(e.getKey().midiName(), e.getValue());
                }
                g.writeEndObject();
                g.writeNumberField("seconds", elapsedNanos / 1e9);
                g.writeEndObject();
            }
            out.println();
        }
    }
}
