package io.github.synthphi.core.truth;

import io.github.synthphi.core.pixel.Box;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;

/** One row of a ground-truth CSV file, read by column name, with errors that name the column. */
final class CsvRow {

    private final CSVRecord record;
    private final Map<String, Integer> index;

    CsvRow(CSVRecord record, Map<String, Integer> index) {
        this.record = record;
        this.index = index;
    }

    /** The cell exactly as written. */
    String text(String column) {
        Integer i = index.get(column);
        Objects.requireNonNull(i, column);
        return record.get(i);
    }

    /** The cell without one MIDI-style {@code <...>} wrapper, if it has one; see {@link #midi(String)}. */
    String unwrapped(String column) {
        return unwrap(text(column));
    }

    /** True when the cell is empty. */
    boolean isEmpty(String column) {
        return text(column).isEmpty();
    }

    /** The cell as a decimal {@code int}. */
    int integer(String column) {
        long v = integer64(column);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw bad(column, "'" + text(column) + "' is out of the range of a 32-bit integer");
        }
        return (int) v;
    }

    /** The cell as a decimal {@code long}: an optional minus sign and ASCII digits, nothing else. */
    long integer64(String column) {
        String t = text(column);
        boolean digits = !t.isEmpty() && !t.equals("-");
        for (int i = t.startsWith("-") ? 1 : 0; i < t.length() && digits; i++) {
            char c = t.charAt(i);
            digits = c >= '0' && c <= '9';
        }
        if (!digits) {
            throw bad(column, "'" + t + "' is not an integer");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw bad(column, "'" + t + "' is out of the range of a 64-bit integer");
        }
    }

    /** The box of the columns {@code bbox_x, bbox_y, bbox_w, bbox_h}. */
    Box bbox() {
        int width = integer("bbox_w");
        int height = integer("bbox_h");
        if (width < 0 || height < 0) {
            throw bad(width < 0 ? "bbox_w" : "bbox_h", "a box size cannot be negative");
        }
        return new Box(integer("bbox_x"), integer("bbox_y"), width, height);
    }

    /** The cell as frames in {@link FrameRanges} form. */
    List<Integer> frames(String column) {
        try {
            return FrameRanges.parse(text(column));
        } catch (IllegalArgumentException e) {
            throw bad(column, e.getMessage(), e);
        }
    }

    /** An error about this row's cell in {@code column}, for the reader to place in the file. */
    CellException bad(String column, String message) {
        return new CellException(column, message, null);
    }

    /** As {@link #bad(String, String)}, keeping the cause. */
    CellException bad(String column, String message, Throwable cause) {
        return new CellException(column, message, cause);
    }

    /**
     * How a text of a MIDI column is written: as it is, unless it already looks wrapped ({@code <...>}), in
     * which case it gets one more wrapper, so that {@link #unwrap(String)} gives it back unchanged. MIDI's own
     * keys wrap every text, which {@link #unwrap(String)} also reads.
     */
    static String midi(String text) {
        return isWrapped(text) ? "<" + text + ">" : text;
    }

    /** The text inside one {@code <...>} wrapper, or the text itself when it has none. */
    static String unwrap(String text) {
        return isWrapped(text) ? text.substring(1, text.length() - 1) : text;
    }

    private static boolean isWrapped(String text) {
        return text.length() >= 2 && text.charAt(0) == '<' && text.charAt(text.length() - 1) == '>';
    }

    /** A cell that does not hold what its column needs. */
    static final class CellException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String column;

        CellException(String column, String message, Throwable cause) {
            super(message, cause);
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
