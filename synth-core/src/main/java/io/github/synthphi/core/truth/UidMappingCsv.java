package io.github.synthphi.core.truth;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes and reads identifier mappings in the format of the MIDI validation's mapping files: a CSV with the
 * headers {@code id_old,id_new} (old = the source value, new = the de-identified value). MIDI uses it for
 * both the UID map and the Patient ID map, and de-identifiers supply such files, so the evaluator reads them.
 *
 * <p>Reading follows MIDI: the header must name {@code id_old} and {@code id_new} (exactly, once each); other
 * columns are ignored; values are taken literally (no trimming, no "NA" or empty-to-null conversion); when an
 * {@code id_old} appears more than once, its first row wins. Writing gives exactly the two columns, rows
 * sorted by {@code id_old} ({@link String#compareTo}), so the bytes never depend on the map's iteration
 * order. The CSV dialect is that of {@link AnswerKeyCsv}.
 *
 * <pre>{@code
 * Map<String, String> uids = UidMappingCsv.read(deidOutput.resolve("uid_mapping.csv"));
 * String newSop = uids.get(oldSop);
 * UidMappingCsv.write(Map.of("1014584441", "MIDI_1_1_016"), out.resolve("patid_mapping.csv"));
 * }</pre>
 */
public final class UidMappingCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id_old", "id_new");

    private UidMappingCsv() {
    }

    /** Writes {@code mapping} to {@code file} (replacing it) as UTF-8, sorted by id_old. */
    public static void write(Map<String, String> mapping, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        CsvTable.write(file, COLUMNS, rows(mapping));
    }

    /** Writes {@code mapping} to {@code out}, sorted by id_old, and flushes it; {@code out} stays open. */
    public static void write(Map<String, String> mapping, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvTable.write(out, COLUMNS, rows(mapping));
    }

    /**
     * Reads a UTF-8 mapping file: an unmodifiable map in file order, the first row of each id_old.
     *
     * @throws TruthFileException naming the file and line of the first thing that is not right
     */
    public static Map<String, String> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return toMap(CsvTable.read(file, COLUMNS, false, UidMappingCsv::pair));
    }

    /**
     * Reads a mapping: an unmodifiable map in input order, the first row of each id_old; {@code in} stays open.
     *
     * @param source the name errors give the input, such as its file name
     * @throws TruthFileException naming the source and line of the first thing that is not right
     */
    public static Map<String, String> read(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return toMap(CsvTable.read(in, source, COLUMNS, false, UidMappingCsv::pair));
    }

    private static List<List<String>> rows(Map<String, String> mapping) {
        Objects.requireNonNull(mapping, "mapping");
        List<List<String>> rows = new ArrayList<>(mapping.size());
        new TreeMap<>(mapping).forEach((k, v) -> rows.add(List.of(k, Objects.requireNonNull(v, "id_new of " + k))));
        return rows;
    }

    private static String[] pair(CsvRow row) {
        return new String[] {row.text("id_old"), row.text("id_new")};
    }

    private static Map<String, String> toMap(List<String[]> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        pairs.forEach(p -> map.putIfAbsent(p[0], p[1]));
        return Collections.unmodifiableMap(map);
    }
}
