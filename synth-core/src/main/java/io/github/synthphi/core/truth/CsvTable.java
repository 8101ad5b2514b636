package io.github.synthphi.core.truth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV dialect of synth's ground-truth files, and the reading loop they share: RFC 4180 quoting
 * (only where needed), {@code "\n"} after every record on every platform, UTF-8 without a byte-order mark,
 * no trimming, no escape character, no comments. Readers also accept CRLF, a leading byte-order mark and
 * blank lines between rows.
 */
final class CsvTable {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(',')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setEscape(null)
            .setCommentMarker(null)
            .setRecordSeparator("\n")
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setNullString(null)
            .get();

    private static final int BOM = '\uFEFF';

    private CsvTable() {
    }

    /** Writes a UTF-8 file: the header, then one record per row. */
    static void write(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, columns, rows);
        }
    }

    /** Writes the header, then one record per row, and flushes; {@code out} stays open. */
    static void write(Writer out, List<String> columns, List<List<String>> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(columns);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalStateException("a row has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** Reads a UTF-8 file; see {@link #read(Reader, String, List, boolean, Function)}. */
    static <T> List<T> read(Path file, List<String> columns, boolean exactHeader, Function<CsvRow, T> mapper)
            throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), columns, exactHeader, mapper);
        }
    }

    /**
     * Reads the header and maps every other non-blank row; {@code in} stays open.
     *
     * @param columns the columns the header must have
     * @param exactHeader true when the header must be exactly {@code columns}, in order; false when it must
     *     contain each of them once and may have others, which are ignored
     * @param mapper turns a row into a value; it reports a bad cell with {@link CsvRow#bad} and may throw
     *     {@link IllegalArgumentException} for a row whose cells do not fit together
     */
    static <T> List<T> read(Reader in, String source, List<String> columns, boolean exactHeader,
                            Function<CsvRow, T> mapper) throws IOException {
        try {
            return readRows(in, source, columns, exactHeader, mapper);
        } catch (CharacterCodingException e) {
            throw new TruthFileException(source, 0, null, "not UTF-8 text; ground-truth files are UTF-8", e);
        }
    }

    private static <T> List<T> readRows(Reader in, String source, List<String> columns, boolean exactHeader,
                                        Function<CsvRow, T> mapper) throws IOException {
        Reader reader = skipBom(in);
        CSVParser parser = FORMAT.parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        if (!hasNext(records, source, 1)) {
            throw new TruthFileException(source, 0, null, "the file is empty; expected the header line "
                    + String.join(",", columns));
        }
        List<String> names = records.next().toList();
        Map<String, Integer> index = header(names, source, columns, exactHeader);
        int width = names.size();
        List<T> out = new ArrayList<>();
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            if (!hasNext(records, source, line)) {
                return out;
            }
            CSVRecord record = records.next();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            if (record.size() != width) {
                throw new TruthFileException(source, line, null, record.size() + " fields, but the header has "
                        + width + " columns");
            }
            try {
                out.add(mapper.apply(new CsvRow(record, index)));
            } catch (CsvRow.CellException e) {
                throw new TruthFileException(source, line, e.column(), e.getMessage(), e.getCause());
            } catch (IllegalArgumentException e) {
                throw new TruthFileException(source, line, null, e.getMessage(), e);
            }
        }
    }

    private static Reader skipBom(Reader in) throws IOException {
        Reader reader = in.markSupported() ? in : new BufferedReader(in);
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    private static boolean hasNext(Iterator<CSVRecord> records, String source, long line) throws IOException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw e.getCause();
            }
            throw new TruthFileException(source, line, null, "not readable as CSV: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static Map<String, Integer> header(List<String> names, String source, List<String> columns,
                                               boolean exact) throws TruthFileException {
        List<String> missing = new ArrayList<>(columns);
        missing.removeAll(names);
        List<String> duplicated = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (index.putIfAbsent(names.get(i), i) != null && columns.contains(names.get(i))) {
                duplicated.add(names.get(i));
            }
        }
        List<String> unexpected = new ArrayList<>();
        if (exact) {
            names.stream().filter(n -> !columns.contains(n)).forEach(unexpected::add);
        }
        if (!missing.isEmpty() || !duplicated.isEmpty() || !unexpected.isEmpty()
                || exact && !names.equals(columns)) {
            StringBuilder sb = new StringBuilder("the header ");
            List<String> faults = new ArrayList<>();
            if (!missing.isEmpty()) {
                faults.add("lacks the columns " + missing);
            }
            if (!unexpected.isEmpty()) {
                faults.add("has unexpected columns " + unexpected);
            }
            if (!duplicated.isEmpty()) {
                faults.add("repeats the columns " + duplicated);
            }
            if (faults.isEmpty()) {
                faults.add("has the right columns in the wrong order");
            }
            sb.append(String.join(" and ", faults));
            sb.append(exact ? "; expected exactly: " : "; expected at least: ").append(String.join(",", columns));
            throw new TruthFileException(source, 1, null, sb.toString());
        }
        return index;
    }
}
