package io.github.synthphi.core.pixel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bitmap of one character: a cell of {@code width x height} pixels, each ink or background.
 *
 * <p>Immutable. Pixel (0, 0) is the top-left corner of the cell; the font's baseline says where the
 * letters stand.
 *
 * <pre>{@code
 * Glyph a = BitmapFont.small().glyph('A');
 * boolean apex = a.ink(2, 3);
 * Box box = a.inkBox().orElseThrow();   // the tight box of its ink within the cell
 * }</pre>
 */
public final class Glyph {

    private final int codePoint;
    private final int width;
    private final int height;
    /** Bit {@code x} of {@code rows[y]} is pixel (x, y); fonts are at most 64 pixels wide. */
    private final long[] rows;
    private final Box inkBox;

    Glyph(int codePoint, int width, int height, long[] rows) {
        if (width < 1 || width > 64 || height < 1 || rows.length != height) {
            throw new IllegalArgumentException("a glyph cell is 1 to 64 pixels wide with one row mask per row, not "
                    + width + " x " + height + " with " + rows.length + " rows");
        }
        this.codePoint = codePoint;
        this.width = width;
        this.height = height;
        this.rows = rows.clone();
        this.inkBox = tightBox(this.rows, width);
    }

    private static Box tightBox(long[] rows, int width) {
        int top = -1;
        int bottom = -1;
        long any = 0;
        for (int y = 0; y < rows.length; y++) {
            if ((rows[y] >>> width) != 0) {
                throw new IllegalArgumentException("row " + y + " has ink right of the cell's " + width + " columns");
            }
            if (rows[y] != 0) {
                top = top < 0 ? y : top;
                bottom = y;
                any |= rows[y];
            }
        }
        if (top < 0) {
            return null;
        }
        int left = Long.numberOfTrailingZeros(any);
        int right = 63 - Long.numberOfLeadingZeros(any);
        return new Box(left, top, right - left + 1, bottom - top + 1);
    }

    /** The character this glyph draws. */
    public int codePoint() {
        return codePoint;
    }

    /** The width of the cell, the font's cell width. */
    public int width() {
        return width;
    }

    /** The height of the cell, the font's cell height. */
    public int height() {
        return height;
    }

    /** True when pixel ({@code x}, {@code y}) of the cell is ink; false outside the cell. */
    public boolean ink(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && (rows[y] >>> x & 1L) != 0;
    }

    /** The tight box of the ink within the cell; empty for a blank glyph such as space. */
    public Optional<Box> inkBox() {
        return Optional.ofNullable(inkBox);
    }

    /** The number of ink pixels. */
    public int inkCount() {
        int n = 0;
        for (long row : rows) {
            n += Long.bitCount(row);
        }
        return n;
    }

    /** The bitmap as text, {@code '#'} ink and {@code '.'} background, rows separated by {@code '\n'}. */
    public String art() {
        StringBuilder s = new StringBuilder(height * (width + 1));
        for (int y = 0; y < height; y++) {
            if (y > 0) {
                s.append('\n');
            }
            for (int x = 0; x < width; x++) {
                s.append(ink(x, y) ? '#' : '.');
            }
        }
        return s.toString();
    }

    /** True when both glyphs have the same bitmap, whatever characters they draw. */
    public boolean sameBitmap(Glyph other) {
        return width == other.width && height == other.height && Arrays.equals(rows, other.rows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glyph && ((Glyph) o).codePoint == codePoint && sameBitmap((Glyph) o);
    }

    @Override
    public int hashCode() {
        return 31 * codePoint + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "Glyph[" + Characters.describe(codePoint) + ", " + width + " x " + height + "]";
    }
}
