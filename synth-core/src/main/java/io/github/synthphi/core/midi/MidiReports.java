package io.github.synthphi.core.midi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * MIDI's reports for a {@link MidiScorer} run, as CSV files with MIDI's columns, written into one folder:
 * <ul>
 *   <li>{@code discrepancy_report_internal.csv}: every result with check_passed 0 or NULL, instance level,
 *       columns {@link #INTERNAL_COLUMNS};</li>
 *   <li>{@code discrepancy_report_participant.csv}: the same rows without the v2 category columns and
 *       file_path;</li>
 *   <li>{@code scoring_report_instance.xlsx} and {@code scoring_report_series.xlsx} ({@link MidiWorkbook}) with
 *       the tabs Scoring (the row {@code All} with Fail, Pass, Blank, Total, Score and the mode), Actions and
 *       Categories, and the same tabs as {@code scoring_report_instance_<Tab>.csv} and
 *       {@code scoring_report_series_<Tab>.csv}.</li>
 * </ul>
 * Texts are written as MIDI holds them (key fields in angle brackets, check_passed {@code 1}, {@code 0} or
 * empty for NULL, check_score as Python prints a float); LUT Data values are masked as {@code <Removed>}.
 * UTF-8, {@code "\n"} line ends, minimal quoting; rows in key order, pivots sorted, so the files are a function
 * of the key and the output folder.
 *
 * <pre>{@code
 * try (MidiReports reports = MidiReports.open(reportDir)) {
 *     reports.finish(new MidiScorer(rules).score(keyDb, outputDir, reports));
 * }
 * }</pre>
 */
public final class MidiReports implements Consumer<MidiResult>, AutoCloseable {

    /** The columns of {@code discrepancy_report_internal.csv}. */
    public static final List<String> INTERNAL_COLUMNS;
    /** The columns of {@code discrepancy_report_participant.csv}. */
    public static final List<String> PARTICIPANT_COLUMNS = List.of("check_passed", "check_score", "tag_ds",
            "tag_name", "file_value", "answer_value", "action", "action_text", "category", "subcategory", "modality",
            "class", "patient", "study", "series", "instance", "file_name");

    static {
        List<String> c = new ArrayList<>(PARTICIPANT_COLUMNS.subList(0, 10));
        c.addAll(MidiCheck.CATEGORY_V2_COLUMNS);
        c.addAll(PARTICIPANT_COLUMNS.subList(10, PARTICIPANT_COLUMNS.size()));
        c.add("file_path");
        INTERNAL_COLUMNS = List.copyOf(c);
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final String LUT_DATA = "(0028,3006)>";

    private final Path dir;
    private final CSVPrinter internal;
    private final CSVPrinter participant;

    private MidiReports(Path dir, CSVPrinter internal, CSVPrinter participant) {
        this.dir = dir;
        this.internal = internal;
        this.participant = participant;
    }

    /** Creates {@code dir} if needed and opens the discrepancy reports in it (replacing them). */
    public static MidiReports open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
        CSVPrinter internal = printer(dir.resolve("discrepancy_report_internal.csv"), INTERNAL_COLUMNS);
        try {
            return new MidiReports(dir, internal,
                    printer(dir.resolve("discrepancy_report_participant.csv"), PARTICIPANT_COLUMNS));
        } catch (IOException | RuntimeException e) {
            internal.close();
            throw e;
        }
    }

    private static CSVPrinter printer(Path file, List<String> columns) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(columns);
        return p;
    }

    /** Writes {@code r} to the discrepancy reports when it did not pass. */
    @Override
    public void accept(MidiResult r) {
        if (r.outcome().verdict() == MidiVerdict.PASS) {
            return;
        }
        MidiCheck c = r.check();
        String fileValue = r.fileValue().orElse("");
        if (c.tagDs().orElse("").endsWith(LUT_DATA)) {
            fileValue = "<Removed>";
        }
        String passed = switch (r.outcome().verdict()) {
            case PASS -> "1";
            case FAIL -> "0";
            case BLANK -> "";
        };
        String score = r.outcome().score().isPresent() ? PydicomValues.pythonFloat(r.outcome().score().getAsDouble())
                : "";
        String fileName = r.file().map(f -> f.substring(f.lastIndexOf('/') + 1)).orElse("");
        List<String> head = List.of(passed, score, c.tagDs().orElse(""), wrapped(c.tagName()), fileValue,
                wrapped(c.value()), "<" + c.action().midiName() + ">", wrapped(c.actionText()),
                r.category().category(), r.category().subcategory());
        List<String> tail = List.of(r.modality(), r.sopClass(), r.patient(), r.study(), r.series(), r.instance(),
                fileName);
        List<String> in = new ArrayList<>(head);
        MidiCheck.CATEGORY_V2_COLUMNS.forEach(col -> in.add(c.categoryV2(col).orElse("")));
        in.addAll(tail);
        in.add(r.file().orElse(""));
        List<String> part = new ArrayList<>(head);
        part.addAll(tail);
        try {
            internal.printRecord(in);
            participant.printRecord(part);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the discrepancy reports in " + dir, e);
        }
    }

    private static String wrapped(Optional<String> text) {
        return text.map(t -> "<" + t + ">").orElse("");
    }

    /** Writes the scoring tabs of {@code score} at instance and series level. */
    public void finish(MidiScore score) throws IOException {
        Objects.requireNonNull(score, "score");
        scoring(score.instanceLevel(), "instance", score.mode());
        scoring(score.seriesLevel(), "series", score.mode());
        MidiWorkbook.write(score.instanceLevel(), score.mode(), dir.resolve("scoring_report_instance.xlsx"));
        MidiWorkbook.write(score.seriesLevel(), score.mode(), dir.resolve("scoring_report_series.xlsx"));
    }

    private void scoring(MidiTally t, String level, String mode) throws IOException {
        String base = "scoring_report_" + level + "_";
        try (CSVPrinter p = printer(dir.resolve(base + "Scoring.csv"), List.of("", "Fail", "Pass", "Blank", "Total",
                "Score", "Mode"))) {
            p.printRecord(row(List.of("All"), t.all(), mode));
        }
        try (CSVPrinter p = printer(dir.resolve(base + "Actions.csv"), List.of("action", "Fail", "Pass", "Blank",
                "Total", "Score"))) {
            for (Map.Entry<String, MidiTally.Counts> e : t.byAction().entrySet()) {
                p.printRecord(row(List.of("<" + e.getKey() + ">"), e.getValue(), null));
            }
        }
        try (CSVPrinter p = printer(dir.resolve(base + "Categories.csv"), List.of("category", "subcategory", "Fail",
                "Pass", "Blank", "Total", "Score"))) {
            for (Map.Entry<String, MidiTally.Counts> e : t.byCategory().entrySet()) {
                int slash = e.getKey().indexOf(" / ");
                p.printRecord(row(List.of(e.getKey().substring(0, slash), e.getKey().substring(slash + 3)),
                        e.getValue(), null));
            }
        }
    }

    private static List<String> row(List<String> keys, MidiTally.Counts c, String mode) {
        List<String> r = new ArrayList<>(keys);
        r.addAll(List.of(Long.toString(c.fail()), Long.toString(c.pass()), Long.toString(c.blank()),
                Long.toString(c.total()), c.scoreText()));
        if (mode != null) {
            r.add(mode);
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        try {
            internal.close();
        } finally {
            participant.close();
        }
    }
}
