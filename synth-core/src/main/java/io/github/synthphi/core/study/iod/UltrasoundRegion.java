package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.pixel.Box;
import java.util.Objects;

/**
 * The pixels of an ultrasound image that hold ultrasound data, as a Sequence of Ultrasound Regions (0018,6011)
 * item gives them: corners inclusive, as Region Location Min X0 / Min Y0 / Max X1 / Max Y1 (PS3.3 C.8.5.5).
 *
 * <p>The region leaves out the burned-in banner, so that a tool reading the calibration knows the banner is no
 * image data.
 *
 * <pre>{@code
 * UltrasoundRegion data = UltrasoundRegion.of(new Box(64, 60, 512, 400));   // x0=64, y0=60, x1=575, y1=459
 * }</pre>
 *
 * @param x0 the leftmost column
 * @param y0 the topmost row
 * @param x1 the rightmost column (inclusive)
 * @param y1 the bottom row (inclusive)
 */
public record UltrasoundRegion(int x0, int y0, int x1, int y1) {

    public UltrasoundRegion {
        if (x0 < 0 || y0 < 0 || x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("an ultrasound region needs 0 <= x0 <= x1 and 0 <= y0 <= y1, not ("
                    + x0 + "," + y0 + ")-(" + x1 + "," + y1 + ")");
        }
    }

    /** The region of the pixels of a non-empty box (whose right and bottom edges are exclusive). */
    public static UltrasoundRegion of(Box box) {
        Objects.requireNonNull(box, "box");
        if (box.isEmpty()) {
            throw new IllegalArgumentException("an ultrasound region cannot be empty: " + box);
        }
        return new UltrasoundRegion(box.x(), box.y(), box.right() - 1, box.bottom() - 1);
    }

    /** The same pixels as a box. */
    public Box toBox() {
        return new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** True when the region lies inside an image of {@code columns} x {@code rows}. */
    public boolean fitsIn(int columns, int rows) {
        return x1 < columns && y1 < rows;
    }
}
