package io.github.synthphi.core.truth;

import java.io.IOException;
import java.util.Optional;

/**
 * A ground-truth CSV file (answer key, PHI overlays, run manifest, mappings) cannot be read: a header that
 * lacks or adds columns, a row with the wrong number of fields, or a cell that does not hold what its column
 * needs.
 *
 * <p>The message names the file, the line and, when one cell is at fault, the column:
 * {@code answer-key.csv line 12, column action: unknown action 'text_erased' (expected one of: ...)}. The
 * line is the physical line of the file on which the row starts (the header is line 1), so a value with a
 * line break inside does not shift the lines reported for later rows.
 *
 * <pre>{@code
 * try {
 *     AnswerKey key = AnswerKeyCsv.read(file);
 * } catch (TruthFileException e) {
 *     System.err.println(e.getMessage());   // where to look: e.source(), e.line(), e.column()
 * }
 * }</pre>
 */
public class TruthFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;

    /**
     * @param source the file name or another description of the input
     * @param line the 1-based line on which the faulty row starts, or 0 when the fault is not on one line
     * @param column the name of the faulty column, or null when the fault is not in one cell
     * @param message what is wrong
     */
    public TruthFileException(String source, long line, String column, String message) {
        super(format(source, line, column, message));
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** As {@link #TruthFileException(String, long, String, String)}, with the underlying cause. */
    public TruthFileException(String source, long line, String column, String message, Throwable cause) {
        this(source, line, column, message);
        initCause(cause);
    }

    private static String format(String source, long line, String column, String message) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (column != null) {
            sb.append(line > 0 ? ", column " : " column ").append(column);
        }
        return sb.append(": ").append(message).toString();
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line on which the faulty row starts; 0 when the fault is not on one line. */
    public long line() {
        return line;
    }

    /** The faulty column, when the fault is in one cell. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }
}
