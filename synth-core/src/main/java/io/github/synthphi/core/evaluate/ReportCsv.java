package io.github.synthphi.core.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV dialect of the reports, the same as the ground-truth files': RFC 4180 quoting only where needed,
 * {@code "\n"} after every record on every platform, UTF-8 without a byte-order mark.
 */
final class ReportCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.MINIMAL)
            .setEscape(null)
            .setCommentMarker(null)
            .setRecordSeparator("\n")
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setNullString(null)
            .get();

    private ReportCsv() {
    }

    /** Writes the header, then one record per row. */
    static void write(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(columns);
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalStateException("a row has " + row.size() + " cells for " + columns.size()
                            + " columns");
                }
                printer.printRecord(row);
            }
        }
    }
}
