package io.github.synthphi.core.pixel;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Reads the text format of {@link BitmapFont}: a header ({@code name}, {@code cell <width> <height>},
 * {@code baseline <rows>}), then per character a line {@code U+XXXX <character>} and one row of
 * {@code '#'} and {@code '.'} per cell row. {@code //} lines and blank lines between blocks are comments.
 *
 * <p>Strict on purpose: a missing row, a stray character or a label that contradicts the code point is an
 * error naming the source and line, since a glyph that is quietly wrong would corrupt the answer key.
 */
final class FontParser {

    private final String source;
    private final BufferedReader reader;
    private int lineNumber;
    private String name;
    private int width;
    private int height;
    private int baseline = -1;
    private final TreeMap<Integer, Glyph> glyphs = new TreeMap<>();

    private FontParser(String source, BufferedReader reader) {
        this.source = source;
        this.reader = reader;
    }

    static BitmapFont parse(String source, BufferedReader reader) throws IOException {
        return new FontParser(source, reader).parse();
    }

    private BitmapFont parse() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.startsWith("U+")) {
                glyph(trimmed);
            } else {
                header(trimmed);
            }
        }
        if (glyphs.isEmpty()) {
            throw error("no glyphs (a glyph starts with a line such as \"U+0041 A\")");
        }
        return new BitmapFont(name, width, height, baseline, glyphs);
    }

    private void header(String line) {
        if (!glyphs.isEmpty()) {
            throw error("expected a glyph line such as \"U+0041 A\", found \"" + line + "\"");
        }
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "name":
                requireWords(words, 2, "name <name>");
                name = words[1];
                break;
            case "cell":
                requireWords(words, 3, "cell <width> <height>");
                width = number(words[1], 1, 64, "cell width");
                height = number(words[2], 1, 256, "cell height");
                break;
            case "baseline":
                requireWords(words, 2, "baseline <rows above the baseline>");
                baseline = number(words[1], 0, Integer.MAX_VALUE, "baseline");
                break;
            default:
                throw error("unknown header line \"" + line + "\"; expected name, cell or baseline");
        }
    }

    private void glyph(String line) throws IOException {
        if (name == null || width == 0 || baseline < 0) {
            throw error("the header (name, cell, baseline) must come before the first glyph");
        }
        if (baseline > height) {
            throw error("baseline " + baseline + " lies below the cell's " + height + " rows");
        }
        int space = line.indexOf(' ');
        String code = space < 0 ? line.substring(2) : line.substring(2, space);
        int codePoint = codePoint(code);
        if (space >= 0) {
            String label = line.substring(space + 1).strip();
            if (!label.equals(Character.toString(codePoint))) {
                throw error("label \"" + label + "\" is not the character " + line.substring(0, space));
            }
        }
        if (glyphs.containsKey(codePoint)) {
            throw error("second glyph for " + Characters.describe(codePoint));
        }
        int glyphLine = lineNumber;
        long[] rows = new long[height];
        for (int y = 0; y < height; y++) {
            String row = reader.readLine();
            lineNumber++;
            if (row == null) {
                throw error("the file ends in the glyph of line " + glyphLine + " after " + y + " of "
                        + height + " rows");
            }
            rows[y] = row(row);
        }
        glyphs.put(codePoint, new Glyph(codePoint, width, height, rows));
    }

    private long row(String row) {
        if (row.length() != width) {
            throw error("row \"" + row + "\" has " + row.length() + " characters, expected " + width);
        }
        long bits = 0;
        for (int x = 0; x < width; x++) {
            char c = row.charAt(x);
            if (c == '#') {
                bits |= 1L << x;
            } else if (c != '.') {
                throw error("row \"" + row + "\" has '" + c + "' in column " + x + "; use '#' for ink and '.' "
                        + "for background");
            }
        }
        return bits;
    }

    private int codePoint(String hex) {
        if (!hex.matches("[0-9A-Fa-f]{4,6}")) {
            throw error("\"U+" + hex + "\" is not a code point (four to six hexadecimal digits)");
        }
        int codePoint = Integer.parseInt(hex, 16);
        if (!Character.isValidCodePoint(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
            throw error("U+" + hex.toUpperCase(Locale.ROOT) + " is not a character");
        }
        return codePoint;
    }

    private int number(String word, int min, int max, String what) {
        int value;
        try {
            value = Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw error(what + " \"" + word + "\" is not a number");
        }
        if (value < min || value > max) {
            throw error(what + " " + value + " is outside " + min + " to " + max);
        }
        return value;
    }

    private void requireWords(String[] words, int count, String form) {
        if (words.length != count) {
            throw error("expected \"" + form + "\", found \"" + String.join(" ", words) + "\"");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(source + " line " + lineNumber + ": " + message);
    }
}
