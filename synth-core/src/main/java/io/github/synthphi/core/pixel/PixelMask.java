package io.github.synthphi.core.pixel;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of pixels: the bounds it lives in and which pixels of the bounds are ink.
 *
 * <p>Coordinates are relative to a draw origin, so a mask can be placed anywhere in an image; the bounds of a
 * rendered line start at (0, 0), those of a {@linkplain #dilate(int) dilated} mask reach left of and above it.
 *
 * <pre>{@code
 * PixelMask text = TextMask.render("DOE^JANE", BitmapFont.small(), 2).mask();
 * PixelMask withRing = text.dilate(1);              // the text plus a one-pixel ring around it
 * Box inImage = text.inkBoxAt(40, 20).orElseThrow(); // where the ink lands when drawn at (40, 20)
 * }</pre>
 */
public final class PixelMask {

    /** Receives the coordinates of one pixel. */
    @FunctionalInterface
    public interface PixelConsumer {
        /** Accepts pixel ({@code x}, {@code y}). */
        void accept(int x, int y);
    }

    private final Box bounds;
    /** Bit {@code (y - bounds.y) * bounds.width + (x - bounds.x)} is pixel (x, y). */
    private final long[] bits;
    private final int inkCount;
    private final Box inkBox;

    /** Takes ownership of {@code bits}; callers hand over an array nobody else holds. */
    PixelMask(Box bounds, long[] bits) {
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        long size = (long) bounds.width() * bounds.height();
        if (bits.length != words(size)) {
            throw new IllegalArgumentException(bits.length + " words do not hold " + size + " pixels");
        }
        this.bits = bits;
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        this.inkCount = count;
        this.inkBox = count == 0 ? null : tightBox();
    }

    /** The number of 64-bit words for {@code pixels} pixels; refuses masks whose index would not fit an int. */
    static int words(long pixels) {
        if (pixels > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a mask of " + pixels + " pixels is too large; use a shorter text "
                    + "or a smaller scale");
        }
        return (int) ((pixels + 63) >>> 6);
    }

    private Box tightBox() {
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (int y = bounds.y(); y < bounds.bottom(); y++) {
            for (int x = bounds.x(); x < bounds.right(); x++) {
                if (ink(x, y)) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        return new Box(left, top, right - left + 1, bottom - top + 1);
    }

    /** The rectangle the mask covers, ink or not, relative to the draw origin. */
    public Box bounds() {
        return bounds;
    }

    /** True when pixel ({@code x}, {@code y}), relative to the draw origin, is ink; false outside the bounds. */
    public boolean ink(int x, int y) {
        if (!bounds.contains(x, y)) {
            return false;
        }
        int i = (y - bounds.y()) * bounds.width() + (x - bounds.x());
        return (bits[i >>> 6] >>> i & 1L) != 0;
    }

    /** The number of ink pixels. */
    public int inkCount() {
        return inkCount;
    }

    /** The tight box of the ink pixels relative to the draw origin; empty when there is no ink. */
    public Optional<Box> inkBox() {
        return Optional.ofNullable(inkBox);
    }

    /** The tight box of the ink pixels in image coordinates when the mask is drawn at the given origin. */
    public Optional<Box> inkBoxAt(int originX, int originY) {
        return inkBox().map(b -> b.translate(originX, originY));
    }

    /** Calls {@code action} for every ink pixel, row by row from the top, left to right. */
    public void forEachInk(PixelConsumer action) {
        Objects.requireNonNull(action, "action");
        int width = bounds.width();
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                action.accept(bounds.x() + i % width, bounds.y() + i / width);
                word &= word - 1;
            }
        }
    }

    /**
     * The mask grown by {@code radius} pixels: a pixel is ink when some ink pixel lies within {@code radius}
     * columns and {@code radius} rows of it (a square neighbourhood, so diagonal neighbours count). The
     * bounds grow by {@code radius} on every side, so nothing is cut off.
     *
     * @param radius at least 0; 0 returns this mask
     */
    public PixelMask dilate(int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must be at least 0, not " + radius);
        }
        if (radius == 0) {
            return this;
        }
        Box grown = bounds.grow(radius);
        int w = grown.width();
        int h = grown.height();
        long[] out = new long[words((long) w * h)];
        // A square neighbourhood is separable: spread along rows first, then along columns.
        boolean[] rows = new boolean[w * h];
        forEachInk((x, y) -> {
            int gy = y - grown.y();
            int gx = x - grown.x();
            for (int dx = -radius; dx <= radius; dx++) {
                rows[gy * w + gx + dx] = true;
            }
        });
        for (int gy = 0; gy < h; gy++) {
            for (int gx = 0; gx < w; gx++) {
                if (rows[gy * w + gx]) {
                    for (int dy = Math.max(-radius, -gy); dy <= Math.min(radius, h - 1 - gy); dy++) {
                        int i = (gy + dy) * w + gx;
                        out[i >>> 6] |= 1L << i;
                    }
                }
            }
        }
        return new PixelMask(grown, out);
    }

    /** The mask as text, {@code '#'} ink and {@code '.'} background, rows separated by {@code '\n'}. */
    public String art() {
        StringBuilder s = new StringBuilder(bounds.height() * (bounds.width() + 1));
        for (int y = bounds.y(); y < bounds.bottom(); y++) {
            if (y > bounds.y()) {
                s.append('\n');
            }
            for (int x = bounds.x(); x < bounds.right(); x++) {
                s.append(ink(x, y) ? '#' : '.');
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PixelMask && ((PixelMask) o).bounds.equals(bounds)
                && Arrays.equals(((PixelMask) o).bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * bounds.hashCode() + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "PixelMask[" + bounds + ", " + inkCount + " ink pixels]";
    }
}
