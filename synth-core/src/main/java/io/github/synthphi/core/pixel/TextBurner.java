package io.github.synthphi.core.pixel;

import java.util.Objects;

/**
 * Burns masks into frames of one geometry: every ink pixel of the mask gets the given value, every other
 * pixel is left alone.
 *
 * <p>A mask whose bounds do not lie wholly inside the frame is refused before any pixel is written: text cut
 * off at the edge would leave the answer key describing pixels that are not there. The bounds (the whole
 * cells, plus any dilation), not just the ink, must fit.
 *
 * <p>Frames are row by row, {@code columns} pixels per row; color frames are interleaved (R, G, B of a
 * pixel together), as DICOM stores them with Planar Configuration 0.
 *
 * <pre>{@code
 * TextBurner burner = new TextBurner(640, 480);
 * TextMask line = TextMask.render("DOE^JANE", BitmapFont.large(), 1);
 * for (byte[] frame : frames) {                      // rendered once per series, burned into every frame
 *     burner.burnGray8(frame, line.mask(), 12, 10, 250);
 * }
 * }</pre>
 */
public final class TextBurner {

    private final int columns;
    private final int rows;

    /**
     * A burner for frames of {@code columns x rows} pixels.
     *
     * @throws IllegalArgumentException when either is below 1
     */
    public TextBurner(int columns, int rows) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a frame needs at least 1 column and 1 row, not "
                    + columns + " x " + rows);
        }
        this.columns = columns;
        this.rows = rows;
    }

    /** The frame width. */
    public int columns() {
        return columns;
    }

    /** The frame height. */
    public int rows() {
        return rows;
    }

    /** True when the bounds of {@code mask} drawn at the origin lie inside the frame. */
    public boolean fits(PixelMask mask, int originX, int originY) {
        Box b = mask.bounds();
        long left = (long) originX + b.x();
        long top = (long) originY + b.y();
        return left >= 0 && top >= 0 && left + b.width() <= columns && top + b.height() <= rows;
    }

    /**
     * Checks that {@code mask} drawn at the origin fits the frame.
     *
     * @throws IllegalArgumentException saying where the mask would reach and how large the frame is
     */
    public void requireFits(PixelMask mask, int originX, int originY) {
        Objects.requireNonNull(mask, "mask");
        if (!fits(mask, originX, originY)) {
            Box b = mask.bounds();
            long left = (long) originX + b.x();
            long top = (long) originY + b.y();
            throw new IllegalArgumentException("a mask of " + b.width() + " x " + b.height() + " pixels drawn at ("
                    + originX + ", " + originY + ") covers columns " + left + " to " + (left + b.width() - 1)
                    + " and rows " + top + " to " + (top + b.height() - 1) + ", outside the frame of " + columns
                    + " x " + rows + " pixels (columns 0 to " + (columns - 1) + ", rows 0 to " + (rows - 1)
                    + "); move the origin or use a smaller font, scale or text");
        }
    }

    /** Sets every ink pixel of an 8-bit grayscale frame to {@code value} (0 to 255). */
    public void burnGray8(byte[] frame, PixelMask mask, int originX, int originY, int value) {
        check(frame == null ? -1 : frame.length, 1, mask, originX, originY);
        requireRange("value", value, 0, 255);
        byte v = (byte) value;
        mask.forEachInk((x, y) -> frame[index(x + originX, y + originY)] = v);
    }

    /** Sets every ink pixel of an interleaved 8-bit RGB frame to the color (each 0 to 255). */
    public void burnRgb8(byte[] frame, PixelMask mask, int originX, int originY, int red, int green, int blue) {
        check(frame == null ? -1 : frame.length, 3, mask, originX, originY);
        requireRange("red", red, 0, 255);
        requireRange("green", green, 0, 255);
        requireRange("blue", blue, 0, 255);
        mask.forEachInk((x, y) -> {
            int i = 3 * index(x + originX, y + originY);
            frame[i] = (byte) red;
            frame[i + 1] = (byte) green;
            frame[i + 2] = (byte) blue;
        });
    }

    /**
     * Sets every ink pixel of a 16-bit grayscale frame to {@code value}: -32768 to 32767 for signed pixel
     * data, 0 to 65535 for unsigned; the low 16 bits are stored.
     */
    public void burnGray16(short[] frame, PixelMask mask, int originX, int originY, int value) {
        check(frame == null ? -1 : frame.length, 1, mask, originX, originY);
        requireRange("value", value, Short.MIN_VALUE, 0xFFFF);
        short v = (short) value;
        mask.forEachInk((x, y) -> frame[index(x + originX, y + originY)] = v);
    }

    /**
     * Sets every ink pixel of a frame of integer samples, {@code values.length} samples per pixel interleaved
     * (the layout of decoded {@code Frame} samples), to {@code values}.
     */
    public void burnSamples(int[] frame, PixelMask mask, int originX, int originY, int... values) {
        Objects.requireNonNull(values, "values");
        if (values.length < 1) {
            throw new IllegalArgumentException("give one value per sample of a pixel, at least one");
        }
        check(frame == null ? -1 : frame.length, values.length, mask, originX, originY);
        int[] v = values.clone();
        mask.forEachInk((x, y) -> System.arraycopy(v, 0, frame, v.length * index(x + originX, y + originY),
                v.length));
    }

    private void check(int frameLength, int samplesPerPixel, PixelMask mask, int originX, int originY) {
        if (frameLength < 0) {
            throw new NullPointerException("frame");
        }
        long expected = (long) columns * rows * samplesPerPixel;
        if (frameLength != expected) {
            throw new IllegalArgumentException("the frame holds " + frameLength + " samples, not " + expected
                    + " (" + columns + " x " + rows + " pixels x " + samplesPerPixel + " samples)");
        }
        requireFits(mask, originX, originY);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " " + value + " is outside " + min + " to " + max);
        }
    }

    private int index(int x, int y) {
        return y * columns + x;
    }
}
