package io.github.synthphi.core.dicom;

import java.util.Locale;

/**
 * The attributes of the Image Pixel module that say how Pixel Data are laid out (PS3.3 C.7.6.3).
 *
 * <pre>{@code
 * ImagePixelModule m = ImagePixelModule.of(dataset);
 * long bytes = m.frameLength() * m.frames();
 * }</pre>
 *
 * @param rows Rows (0028,0010)
 * @param columns Columns (0028,0011)
 * @param samplesPerPixel Samples per Pixel (0028,0002)
 * @param bitsAllocated Bits Allocated (0028,0100)
 * @param bitsStored Bits Stored (0028,0101)
 * @param highBit High Bit (0028,0102)
 * @param pixelRepresentation 0 unsigned, 1 two's complement (0028,0103)
 * @param photometricInterpretation such as MONOCHROME2 or RGB (0028,0004)
 * @param planarConfiguration 0 color-by-pixel, 1 color-by-plane (0028,0006)
 * @param frames Number of Frames (0028,0008), 1 when absent
 */
public record ImagePixelModule(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored,
                               int highBit, int pixelRepresentation, String photometricInterpretation,
                               int planarConfiguration, int frames) {

    public ImagePixelModule {
        check(rows >= 1 && rows <= 0xFFFF, "Rows", rows);
        check(columns >= 1 && columns <= 0xFFFF, "Columns", columns);
        check(samplesPerPixel >= 1 && samplesPerPixel <= 4, "Samples per Pixel", samplesPerPixel);
        check(bitsAllocated == 1 || bitsAllocated == 8 || bitsAllocated == 16 || bitsAllocated == 32,
                "Bits Allocated", bitsAllocated);
        check(bitsStored >= 1 && bitsStored <= bitsAllocated, "Bits Stored", bitsStored);
        check(highBit >= bitsStored - 1 && highBit < bitsAllocated, "High Bit", highBit);
        check(pixelRepresentation == 0 || pixelRepresentation == 1, "Pixel Representation", pixelRepresentation);
        check(planarConfiguration == 0 || planarConfiguration == 1, "Planar Configuration", planarConfiguration);
        check(frames >= 1, "Number of Frames", frames);
    }

    private static void check(boolean ok, String name, int value) {
        if (!ok) {
            throw new IllegalArgumentException(name + " " + value + " is not valid");
        }
    }

    /**
     * Reads the module from a data set.
     *
     * @throws IllegalArgumentException naming the attribute that is missing or invalid
     */
    public static ImagePixelModule of(Dataset ds) {
        return new ImagePixelModule(required(ds, Tags.Rows), required(ds, Tags.Columns),
                ds.getInt(Tags.SamplesPerPixel).orElse(1), required(ds, Tags.BitsAllocated),
                ds.getInt(Tags.BitsStored).orElse(required(ds, Tags.BitsAllocated)),
                ds.getInt(Tags.HighBit).orElse(ds.getInt(Tags.BitsStored).orElse(required(ds, Tags.BitsAllocated)) - 1),
                ds.getInt(Tags.PixelRepresentation).orElse(0),
                ds.getString(Tags.PhotometricInterpretation).orElse("MONOCHROME2").toUpperCase(Locale.ROOT),
                ds.getInt(Tags.PlanarConfiguration).orElse(0), ds.getInt(Tags.NumberOfFrames).orElse(1));
    }

    private static int required(Dataset ds, Tag tag) {
        return ds.getInt(tag).orElseThrow(() -> new IllegalArgumentException(
                tag + " " + tag.keyword().orElse("") + " is missing"));
    }

    /** Bytes of one native frame (rounded up to whole bytes for 1-bit data). */
    public long frameLength() {
        return ((long) rows * columns * samplesPerPixel * bitsAllocated + 7) / 8;
    }

    /** True for the signed pixel representation. */
    public boolean signed() {
        return pixelRepresentation == 1;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d frame(s) of %dx%d, %d sample(s) of %d bits (%d stored), %s",
                frames, columns, rows, samplesPerPixel, bitsAllocated, bitsStored, photometricInterpretation);
    }
}
