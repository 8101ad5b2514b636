package io.github.synthphi.core.evaluate;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Writes the reports of an evaluation into a folder:
 * <ul>
 *   <li>{@value #DISCREPANCY_CSV}: every failed check and every other finding, in MIDI's discrepancy-report
 *       columns followed by synth's ({@link DiscrepancyCsv#COLUMNS});</li>
 *   <li>{@value #VALIDATION_CSV}: every check, passed or failed, in the same columns;</li>
 *   <li>{@value #SUMMARY_CSV}: pass, fail, total and score for all, by action, by category and by
 *       subcategory ({@link ScoreSummary#COLUMNS});</li>
 *   <li>{@value #HTML}: a self-contained page for a person, with a before/after picture of every burned line
 *       that leaked.</li>
 * </ul>
 * Files of those names are replaced; nothing else in the folder is touched. The same evaluation of the same
 * files gives the same bytes: no timestamps, no machine paths (file paths are relative to the output folder),
 * a fixed order.
 *
 * <pre>{@code
 * DeidOutput out = DeidOutput.of(study, outputDir);
 * Reports.Written w = Reports.write(out.evaluation(), out, Path.of("target/synth-report"));
 * if (!out.evaluation().passed()) {
 *     throw new AssertionError(w.summary().oneLine() + "; see " + w.html());
 * }
 * }</pre>
 */
public final class Reports {

    /** The name of the discrepancy report. */
    public static final String DISCREPANCY_CSV = "discrepancy-report.csv";
    /** The name of the file of every check. */
    public static final String VALIDATION_CSV = "validation-results.csv";
    /** The name of the score summary. */
    public static final String SUMMARY_CSV = "summary.csv";
    /** The name of the page. */
    public static final String HTML = "report.html";

    /**
     * The files written and the summary.
     *
     * @param directory the folder
     * @param discrepancyCsv {@value Reports#DISCREPANCY_CSV}
     * @param validationCsv {@value Reports#VALIDATION_CSV}
     * @param summaryCsv {@value Reports#SUMMARY_CSV}
     * @param html {@value Reports#HTML}
     * @param summary the scores
     */
    public record Written(Path directory, Path discrepancyCsv, Path validationCsv, Path summaryCsv, Path html,
                          ScoreSummary summary) {
        public Written {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(discrepancyCsv, "discrepancyCsv");
            Objects.requireNonNull(validationCsv, "validationCsv");
            Objects.requireNonNull(summaryCsv, "summaryCsv");
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(summary, "summary");
        }

        /** Every file, in the order written. */
        public List<Path> files() {
            return List.of(discrepancyCsv, validationCsv, summaryCsv, html);
        }
    }

    private Reports() {
    }

    /** Evaluates {@code output} (or takes its kept evaluation) and writes the reports. */
    public static Written write(DeidOutput output, Path directory) throws IOException {
        return write(output.evaluation(), output, directory);
    }

    /**
     * Writes the reports of {@code evaluation}, which judged {@code output}, into {@code directory} (created
     * when missing). The source and output files are read again for the identifiers of the CSV rows and for the
     * pictures of burned lines; a file that can no longer be read leaves those cells or that picture empty.
     *
     * @throws IOException when a report cannot be written
     */
    public static Written write(Evaluation evaluation, DeidOutput output, Path directory) throws IOException {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(output, "output");
        Files.createDirectories(directory);
        ScoreSummary summary = ScoreSummary.of(evaluation);
        DiscrepancyCsv rows = new DiscrepancyCsv(evaluation, output);
        Path discrepancies = directory.resolve(DISCREPANCY_CSV);
        Path validation = directory.resolve(VALIDATION_CSV);
        Path summaryCsv = directory.resolve(SUMMARY_CSV);
        Path html = directory.resolve(HTML);
        ReportCsv.write(discrepancies, DiscrepancyCsv.COLUMNS, rows.discrepancies());
        ReportCsv.write(validation, DiscrepancyCsv.COLUMNS, rows.validationResults());
        ReportCsv.write(summaryCsv, ScoreSummary.COLUMNS, summary.csvRows());
        HtmlReport.write(html, evaluation, summary, LeakCrops.of(evaluation, output), cleaner(output));
        return new Written(directory, discrepancies, validation, summaryCsv, html, summary);
    }

    /**
     * A function that cuts the folders of output and source out of a text (an error message may name a file by
     * its full path), so that the reports name files relative to those folders on any machine, and caps it at
     * 500 characters.
     */
    static UnaryOperator<String> cleaner(DeidOutput output) {
        Path o = output.output();
        List<String> folders = new ArrayList<>();
        folders.add((Files.isDirectory(o) ? o : o.getParent()).toString());
        folders.add(output.source().directory().toAbsolutePath().normalize().toString());
        folders.sort(Comparator.comparingInt(String::length).reversed()); // the longer first: one may hold the other
        return text -> {
            String out = text;
            for (String f : folders) {
                out = out.replace(f + File.separator, "");
            }
            return ReportText.cap(out);
        };
    }

    /** An output file by its path relative to the output folder (or the output file itself). */
    static Path outputFile(DeidOutput output, String relativePath) {
        Path o = output.output();
        Path base = Files.isDirectory(o) ? o : o.getParent();
        return base.resolve(relativePath);
    }
}
