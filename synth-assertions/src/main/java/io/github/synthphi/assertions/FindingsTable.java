package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Findings as a fixed-width table, one numbered row each, in the order given, at most {@code maxRows} rows and
 * then {@code ... and N more}.
 *
 * <pre>{@code
 *   #  file        location                          planted      found              category  expected       reason
 *   1  IM0001.dcm  <(0010,0010)> PatientName         Ebert^Vita   Ebert^Vita 100%    HIPAA-A   text_removed   left...
 *   2  IM0001.dcm  frames 0 (4,7,98,12) PatientName  Ebert, Vita  10 of 10 glyph...  HIPAA-A   pixels_hidden  still...
 * }</pre>
 *
 * <p>Long values are shortened to their column ({@code ...} marks the cut: a path keeps its end, a value its
 * start and end), control characters are shown escaped ({@code \n}) so that every row stays one line, and
 * nothing is ever used as a format string.
 */
final class FindingsTable {

    /** The rows shown before {@code ... and N more}. */
    static final int MAX_ROWS = 50;

    private static final String NL = System.lineSeparator();
    private static final String INDENT = "  ";
    private static final String GAP = "  ";
    private static final String ELLIPSIS = "...";

    enum Cut { START, MIDDLE, END }

    private enum Column {
        NUMBER("#", 6, Cut.END),
        FILE("file", 56, Cut.START),
        LOCATION("location", 64, Cut.MIDDLE),
        PLANTED("planted", 30, Cut.MIDDLE),
        FOUND("found", 30, Cut.MIDDLE),
        CATEGORY("category", 21, Cut.MIDDLE),
        EXPECTED("expected", 19, Cut.END),
        REASON("reason", 72, Cut.END);

        final String title;
        final int max;
        final Cut cut;

        Column(String title, int max, Cut cut) {
            this.title = title;
            this.max = max;
            this.cut = cut;
        }
    }

    private FindingsTable() {
    }

    /** The table of {@code findings}, without a line end after the last line. */
    static String render(List<Finding> findings, int maxRows) {
        int shown = Math.min(findings.size(), Math.max(maxRows, 0));
        List<String[]> rows = new ArrayList<>();
        rows.add(titles());
        for (int i = 0; i < shown; i++) {
            rows.add(cells(i + 1, findings.get(i)));
        }
        Column[] columns = Column.values();
        int[] widths = new int[columns.length];
        for (String[] row : rows) {
            for (int c = 0; c < columns.length; c++) {
                widths[c] = Math.max(widths[c], length(row[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            if (out.length() > 0) {
                out.append(NL);
            }
            out.append(INDENT);
            for (int c = 0; c < columns.length; c++) {
                boolean last = c == columns.length - 1;
                String cell = row[c];
                if (columns[c] == Column.NUMBER) {
                    out.append(" ".repeat(widths[c] - length(cell))).append(cell);
                } else {
                    out.append(cell);
                    if (!last) {
                        out.append(" ".repeat(widths[c] - length(cell)));
                    }
                }
                if (!last) {
                    out.append(GAP);
                }
            }
        }
        if (findings.size() > shown) {
            out.append(NL).append(INDENT).append("... and ").append(findings.size() - shown).append(" more");
        }
        return out.toString();
    }

    /** What the finding expected: the answer-key action, or the kind of finding for the others. */
    static String expected(Finding f) {
        return f.kind() == Finding.Kind.CHECK_FAILED && f.action().isPresent() ? f.action().get().midiName()
                : f.kind().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The place in the file: the tag path and keyword, or the frames and box and the mirrored keyword; a long path
     * loses its middle, so that the top-level element and the keyword stay.
     */
    static String location(Finding f, int max) {
        String path = escape(f.location());
        String keyword = escape(f.keyword());
        if (path.isEmpty()) {
            return keyword.isEmpty() ? "-" : shorten(keyword, max, Cut.END);
        }
        if (keyword.isEmpty()) {
            return shorten(path, max, Cut.MIDDLE);
        }
        int room = Math.max(max - length(keyword) - 1, ELLIPSIS.length() + 2);
        return shorten(path, room, Cut.MIDDLE) + " " + keyword;
    }

    private static String[] titles() {
        Column[] columns = Column.values();
        String[] out = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            out[c] = columns[c].title;
        }
        return out;
    }

    private static String[] cells(int number, Finding f) {
        String[] raw = {Integer.toString(number), f.file(), "", f.planted(), f.found(), f.category(), expected(f),
                f.reason()};
        Column[] columns = Column.values();
        String[] out = new String[raw.length];
        for (int c = 0; c < raw.length; c++) {
            String text = escape(raw[c]);
            out[c] = text.isEmpty() ? "-" : shorten(text, columns[c].max, columns[c].cut);
        }
        out[Column.LOCATION.ordinal()] = location(f, Column.LOCATION.max);
        if (f.kind() == Finding.Kind.MISSING_INSTANCE) {
            // what was "planted" is the source instance's path: keep its end, the file name
            out[Column.PLANTED.ordinal()] = shorten(escape(f.planted()), Column.PLANTED.max, Cut.START);
        }
        return out;
    }

    /** {@code text} with control characters written as escapes, so that a value stays on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** {@code text} cut to at most {@code max} code points, with {@code ...} where it was cut. */
    static String shorten(String text, int max, Cut cut) {
        int[] cps = text.codePoints().toArray();
        if (cps.length <= max) {
            return text;
        }
        int keep = max - ELLIPSIS.length();
        return switch (cut) {
            case START -> ELLIPSIS + new String(cps, cps.length - keep, keep);
            case END -> new String(cps, 0, keep) + ELLIPSIS;
            case MIDDLE -> {
                int head = (keep + 1) / 2;
                int tail = keep - head;
                yield new String(cps, 0, head) + ELLIPSIS + new String(cps, cps.length - tail, tail);
            }
        };
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
