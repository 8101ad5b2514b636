package io.github.synthphi.core.truth;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads {@code run_manifest.csv}: one row per item of a run, quarantined and failed items included,
 * with the columns {@code item_id, source_id, status, reason, output_relpath, instances}.
 *
 * <p>{@code status} is {@code processed}, {@code quarantined} or {@code failed} ({@code ok} also reads as
 * processed). Rows are written in list order and read back in file order; the CSV dialect is that of
 * {@link AnswerKeyCsv}, and every text is literal.
 *
 * <pre>{@code
 * RunManifestCsv.write(manifest, out.resolve(RunManifestCsv.FILE_NAME));
 * List<ManifestEntry> again = RunManifestCsv.read(out.resolve(RunManifestCsv.FILE_NAME));
 * }</pre>
 */
public final class RunManifestCsv {

    /** The usual name of the file. */
    public static final String FILE_NAME = "run_manifest.csv";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("item_id", "source_id", "status", "reason", "output_relpath",
            "instances");

    private RunManifestCsv() {
    }

    /** Writes {@code entries} to {@code file} (replacing it) as UTF-8. */
    public static void write(List<ManifestEntry> entries, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        CsvTable.write(file, COLUMNS, rows(entries));
    }

    /** Writes {@code entries} to {@code out} and flushes it; {@code out} stays open. */
    public static void write(List<ManifestEntry> entries, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvTable.write(out, COLUMNS, rows(entries));
    }

    /**
     * Reads the entries of a UTF-8 file, in file order.
     *
     * @throws TruthFileException naming the file, line and column of the first thing that is not right
     */
    public static List<ManifestEntry> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return List.copyOf(CsvTable.read(file, COLUMNS, true, RunManifestCsv::entry));
    }

    /**
     * Reads entries in input order; {@code in} stays open.
     *
     * @param source the name errors give the input, such as its file name
     * @throws TruthFileException naming the source, line and column of the first thing that is not right
     */
    public static List<ManifestEntry> read(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return List.copyOf(CsvTable.read(in, source, COLUMNS, true, RunManifestCsv::entry));
    }

    private static List<List<String>> rows(List<ManifestEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<List<String>> rows = new ArrayList<>(entries.size());
        for (ManifestEntry e : entries) {
            rows.add(List.of(e.itemId(), e.sourceId(), e.status().csvName(), e.reason(), e.outputRelpath(),
                    Integer.toString(e.instances())));
        }
        return rows;
    }

    private static ManifestEntry entry(CsvRow row) {
        String text = row.text("status");
        ManifestEntry.Status status = ManifestEntry.Status.of(text).orElseThrow(() -> row.bad("status",
                "unknown status '" + text + "' (expected one of: processed, quarantined, failed)"));
        if (status != ManifestEntry.Status.PROCESSED && row.text("reason").isBlank()) {
            throw row.bad("reason", "a " + status.csvName() + " item needs a reason");
        }
        int instances = row.integer("instances");
        if (instances < 0) {
            throw row.bad("instances", "cannot be negative: " + instances);
        }
        return new ManifestEntry(row.text("item_id"), row.text("source_id"), status, row.text("reason"),
                row.text("output_relpath"), instances);
    }
}
