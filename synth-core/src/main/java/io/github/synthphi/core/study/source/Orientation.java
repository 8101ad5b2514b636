package io.github.synthphi.core.study.source;

import java.util.Optional;

/**
 * The eight values of the EXIF Orientation tag (0x0112): how the stored raster must be turned for display, as
 * Pillow's {@code ImageOps.exif_transpose} turns it. javax.imageio ignores the tag, so a source loader applies
 * it itself.
 *
 * <p>For an output pixel ({@code x}, {@code y}) of the displayed image, {@link #sourceX} and {@link #sourceY}
 * give the stored pixel it shows, for a stored raster of {@code width x height}; the displayed image is
 * {@code height x width} when the orientation {@linkplain #swapsAxes() swaps the axes}.
 */
enum Orientation {
    /** 1: as stored. */
    NORMAL(1),
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL(2),
    /** 3: turned 180 degrees. */
    ROTATE_180(3),
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL(4),
    /** 5: mirrored along the main diagonal (transposed). */
    TRANSPOSE(5),
    /** 6: turned 90 degrees clockwise. */
    ROTATE_90_CW(6),
    /** 7: mirrored along the anti-diagonal (transversed). */
    TRANSVERSE(7),
    /** 8: turned 90 degrees counter-clockwise. */
    ROTATE_90_CCW(8);

    private final int value;

    Orientation(int value) {
        this.value = value;
    }

    /** The tag's value, 1 to 8. */
    int value() {
        return value;
    }

    /** The orientation of a tag value; empty for anything but 1 to 8. */
    static Optional<Orientation> of(int value) {
        for (Orientation o : values()) {
            if (o.value == value) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** True when the displayed image has the stored image's rows as columns (5 to 8). */
    boolean swapsAxes() {
        return value >= 5;
    }

    /** The stored column shown at displayed ({@code x}, {@code y}) of a stored raster {@code width x height}. */
    int sourceX(int x, int y, int width, int height) {
        switch (this) {
            case MIRROR_HORIZONTAL:
            case ROTATE_180:
                return width - 1 - x;
            case TRANSPOSE:
            case ROTATE_90_CW:
                return y;
            case TRANSVERSE:
            case ROTATE_90_CCW:
                return width - 1 - y;
            default:
                return x;
        }
    }

    /** The stored row shown at displayed ({@code x}, {@code y}) of a stored raster {@code width x height}. */
    int sourceY(int x, int y, int width, int height) {
        switch (this) {
            case ROTATE_180:
            case MIRROR_VERTICAL:
                return height - 1 - y;
            case TRANSPOSE:
            case ROTATE_90_CCW:
                return x;
            case ROTATE_90_CW:
            case TRANSVERSE:
                return height - 1 - x;
            default:
                return y;
        }
    }
}
