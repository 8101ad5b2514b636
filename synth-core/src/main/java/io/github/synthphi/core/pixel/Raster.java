package io.github.synthphi.core.pixel;

import java.util.Arrays;

/**
 * A grey drawing surface of int samples for the phantoms of one sample per pixel, with shapes given in
 * normalised coordinates: (0, 0) is the centre of the image and 1 is half its shorter side, so shapes keep
 * their proportions at every size.
 */
final class Raster {

    final int rows;
    final int columns;
    final int[] values;
    private final double centerX;
    private final double centerY;
    private final double unit;

    Raster(int rows, int columns, int background) {
        this.rows = rows;
        this.columns = columns;
        this.values = new int[rows * columns];
        this.centerX = columns / 2.0;
        this.centerY = rows / 2.0;
        this.unit = Math.min(rows, columns) / 2.0;
        Arrays.fill(values, background);
    }

    /** The normalised x of the centre of column {@code x}. */
    double u(int x) {
        return (x + 0.5 - centerX) / unit;
    }

    /** The normalised y of the centre of row {@code y}. */
    double v(int y) {
        return (y + 0.5 - centerY) / unit;
    }

    /** The column of normalised {@code u}. */
    int column(double u) {
        return (int) Math.floor(centerX + u * unit);
    }

    /** The row of normalised {@code v}. */
    int row(double v) {
        return (int) Math.floor(centerY + v * unit);
    }

    /** Pixels per normalised unit. */
    double unit() {
        return unit;
    }

    /** Sets the pixels of an ellipse to {@code value}; {@code degrees} turns it clockwise. */
    void fillEllipse(double cu, double cv, double a, double b, double degrees, int value) {
        ellipse(cu, cv, a, b, degrees, value, false);
    }

    /** Adds {@code delta} to the pixels of an ellipse. */
    void addEllipse(double cu, double cv, double a, double b, double degrees, int delta) {
        ellipse(cu, cv, a, b, degrees, delta, true);
    }

    private void ellipse(double cu, double cv, double a, double b, double degrees, int value, boolean add) {
        double radians = StrictMath.toRadians(degrees);
        double cos = StrictMath.cos(radians);
        double sin = StrictMath.sin(radians);
        double reach = Math.max(a, b);
        int x0 = Math.max(0, column(cu - reach) - 1);
        int x1 = Math.min(columns - 1, column(cu + reach) + 1);
        int y0 = Math.max(0, row(cv - reach) - 1);
        int y1 = Math.min(rows - 1, row(cv + reach) + 1);
        for (int y = y0; y <= y1; y++) {
            double dv = v(y) - cv;
            for (int x = x0; x <= x1; x++) {
                double du = u(x) - cu;
                double p = (du * cos + dv * sin) / a;
                double q = (dv * cos - du * sin) / b;
                if (p * p + q * q <= 1) {
                    int i = y * columns + x;
                    values[i] = add ? values[i] + value : value;
                }
            }
        }
    }

    /** The tight box of the pixels that differ from {@code background}; empty at (0, 0) when none do. */
    Box boxOfOtherThan(int background) {
        int left = columns;
        int right = -1;
        int top = rows;
        int bottom = -1;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                if (values[y * columns + x] != background) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        return right < 0 ? new Box(0, 0, 0, 0) : new Box(left, top, right - left + 1, bottom - top + 1);
    }

    /** Adds roughly normal noise of standard deviation {@code sigma} to every pixel. */
    void addNoise(Rng rng, int sigma) {
        for (int i = 0; i < values.length; i++) {
            values[i] += rng.gaussian(sigma);
        }
    }

    /** A frame of {@code format} holding the values, each clamped to the stored range. */
    FrameBuffer toFrame(PixelFormat format) {
        FrameBuffer frame = FrameBuffer.blank(format, rows, columns);
        int min = format.minValue();
        int max = format.maxValue();
        for (int i = 0; i < values.length; i++) {
            frame.set(i, clamp(values[i], min, max));
        }
        return frame;
    }

    static int clamp(int value, int min, int max) {
        return value < min ? min : Math.min(value, max);
    }

    /** 0 below {@code edge0}, 1 above {@code edge1}, a smooth S between. */
    static double smoothstep(double edge0, double edge1, double x) {
        double t = (x - edge0) / (edge1 - edge0);
        t = t < 0 ? 0 : Math.min(t, 1);
        return t * t * (3 - 2 * t);
    }

    /**
     * Smooth noise from 0 to 1 with features about one unit apart: random values at the integer lattice
     * points of {@code seed}, blended with a smooth curve.
     */
    static double valueNoise(long seed, double x, double y) {
        double fx = Math.floor(x);
        double fy = Math.floor(y);
        int ix = (int) fx;
        int iy = (int) fy;
        double tx = x - fx;
        double ty = y - fy;
        tx = tx * tx * (3 - 2 * tx);
        ty = ty * ty * (3 - 2 * ty);
        double a = lattice(seed, ix, iy);
        double b = lattice(seed, ix + 1, iy);
        double c = lattice(seed, ix, iy + 1);
        double d = lattice(seed, ix + 1, iy + 1);
        double top = a + (b - a) * tx;
        double bottom = c + (d - c) * tx;
        return top + (bottom - top) * ty;
    }

    private static double lattice(long seed, int x, int y) {
        return (Rng.hash(seed, x, y) >>> 11) * 0x1.0p-53;
    }

    /** Thirty levels of 255 in the stored range of {@code format}, rounded: the step of low-contrast ink. */
    static int lowContrastStep(PixelFormat format) {
        return (int) Math.round(30.0 * (format.maxValue() - (double) format.minValue()) / 255);
    }

    /** Rejects a negative frame count. */
    static void requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a frame count of at least 0 is needed, not " + count);
        }
    }

    /** Rejects a negative frame index and a size a frame cannot have. */
    static void requireFrame(int frameIndex, int rows, int columns) {
        if (frameIndex < 0) {
            throw new IllegalArgumentException("a frame index of at least 0 is needed, not " + frameIndex);
        }
        FrameBuffer.requireSize(rows, columns);
        if ((long) rows * columns * 3 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a frame of " + rows + " x " + columns + " pixels is too large for "
                    + "one array; use fewer rows or columns");
        }
    }
}
