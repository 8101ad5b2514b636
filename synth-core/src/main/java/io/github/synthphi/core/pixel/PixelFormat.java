package io.github.synthphi.core.pixel;

import java.util.Objects;

/**
 * How the samples of a frame are stored: the Image Pixel module facts a DICOM writer needs.
 *
 * <p>Eight-bit formats are unsigned with all 8 bits stored (grey or interleaved RGB); sixteen-bit formats are
 * grey, with {@code bitsStored} from 1 to 16, unsigned or two's complement. High Bit is always
 * {@code bitsStored - 1}.
 *
 * <pre>{@code
 * PixelFormat ct = PixelFormat.gray16(12, true);   // CT: -2048 to 2047
 * dataset.putInt(Tags.PixelRepresentation, ct.pixelRepresentation());
 * int brightest = PixelFormat.RGB8.maxValue();     // 255
 * }</pre>
 *
 * @param samplesPerPixel 1 for grey, 3 for RGB
 * @param bitsAllocated 8 or 16
 * @param bitsStored the significant bits of each sample
 * @param signed true for two's complement samples (Pixel Representation 1)
 * @param photometricInterpretation {@code MONOCHROME2} or {@code RGB}
 */
public record PixelFormat(int samplesPerPixel, int bitsAllocated, int bitsStored, boolean signed,
                          String photometricInterpretation) {

    /** Interleaved 8-bit RGB (Planar Configuration 0), as ultrasound stores it. */
    public static final PixelFormat RGB8 = new PixelFormat(3, 8, 8, false, "RGB");

    /** Unsigned 8-bit grey. */
    public static final PixelFormat GRAY8 = new PixelFormat(1, 8, 8, false, "MONOCHROME2");

    public PixelFormat {
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation");
        boolean rgb = samplesPerPixel == 3 && bitsAllocated == 8 && !signed && photometricInterpretation.equals("RGB");
        boolean gray = samplesPerPixel == 1 && photometricInterpretation.equals("MONOCHROME2")
                && (bitsAllocated == 8 && !signed || bitsAllocated == 16);
        if (!(rgb || gray) || bitsStored < 1 || bitsStored > bitsAllocated || bitsAllocated == 8 && bitsStored != 8) {
            throw new IllegalArgumentException("unsupported pixel format: " + samplesPerPixel + " samples, "
                    + bitsAllocated + " bits allocated, " + bitsStored + " stored, " + (signed ? "signed" : "unsigned")
                    + ", " + photometricInterpretation + "; use RGB8, GRAY8 or gray16(bitsStored, signed)");
        }
    }

    /**
     * Sixteen-bit grey with {@code bitsStored} significant bits.
     *
     * @throws IllegalArgumentException unless {@code bitsStored} is 1 to 16
     */
    public static PixelFormat gray16(int bitsStored, boolean signed) {
        return new PixelFormat(1, 16, bitsStored, signed, "MONOCHROME2");
    }

    /** High Bit (0028,0102): {@code bitsStored - 1}. */
    public int highBit() {
        return bitsStored - 1;
    }

    /** Pixel Representation (0028,0103): 1 for signed samples, else 0. */
    public int pixelRepresentation() {
        return signed ? 1 : 0;
    }

    /** The smallest sample value: 0, or {@code -2^(bitsStored-1)} when signed. */
    public int minValue() {
        return signed ? -(1 << bitsStored - 1) : 0;
    }

    /** The largest sample value: {@code 2^bitsStored - 1}, or {@code 2^(bitsStored-1) - 1} when signed. */
    public int maxValue() {
        return signed ? (1 << bitsStored - 1) - 1 : (1 << bitsStored) - 1;
    }

    /** True when {@code value} can be stored. */
    public boolean holds(int value) {
        return value >= minValue() && value <= maxValue();
    }

    /** The bytes of one frame of {@code rows x columns} pixels. */
    public long frameLength(int rows, int columns) {
        return (long) rows * columns * samplesPerPixel * (bitsAllocated / 8);
    }

    @Override
    public String toString() {
        return (signed ? "signed " : "") + bitsStored + "/" + bitsAllocated + "-bit " + photometricInterpretation;
    }
}
