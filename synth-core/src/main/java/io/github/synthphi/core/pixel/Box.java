package io.github.synthphi.core.pixel;

/**
 * An axis-aligned rectangle of pixels: its top-left corner and its size.
 *
 * <p>{@code x} and {@code y} may be negative (a dilated mask reaches left of and above its draw origin);
 * the right and bottom edges are exclusive.
 *
 * <pre>{@code
 * Box ink = new Box(3, 2, 10, 7);
 * Box inImage = ink.translate(40, 20);   // Box[x=43, y=22, width=10, height=7]
 * int lastColumn = inImage.right() - 1;  // 52
 * }</pre>
 *
 * @param x the leftmost column
 * @param y the topmost row
 * @param width the number of columns, at least 0
 * @param height the number of rows, at least 0
 */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box needs a width and height of at least 0, not "
                    + width + " x " + height);
        }
    }

    /** The column just right of the box. */
    public int right() {
        return x + width;
    }

    /** The row just below the box. */
    public int bottom() {
        return y + height;
    }

    /** True when the box holds no pixel. */
    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** True when pixel ({@code px}, {@code py}) lies inside the box. */
    public boolean contains(int px, int py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    /** The same box moved by {@code dx} columns and {@code dy} rows. */
    public Box translate(int dx, int dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /** The box grown by {@code margin} pixels on every side. */
    public Box grow(int margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
