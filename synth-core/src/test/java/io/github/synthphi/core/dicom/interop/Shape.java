package io.github.synthphi.core.dicom.interop;

import java.util.Locale;

/**
 * The geometry of a test image and the Secondary Capture SOP class that fits it.
 *
 * @param rows rows
 * @param columns columns
 * @param frames frames
 * @param bits bits allocated: 8, or 16 with 12 stored
 * @param samples 1 (MONOCHROME2) or 3 (RGB)
 */
record Shape(int rows, int columns, int frames, int bits, int samples) {

    private static final String SC = "1.2.840.10008.5.1.4.1.1.7";
    private static final String MF_BYTE_SC = "1.2.840.10008.5.1.4.1.1.7.2";
    private static final String MF_WORD_SC = "1.2.840.10008.5.1.4.1.1.7.3";
    private static final String MF_TRUE_COLOR_SC = "1.2.840.10008.5.1.4.1.1.7.4";

    /** The Secondary Capture SOP class for this geometry. */
    String sopClass() {
        if (frames == 1) {
            return SC;
        }
        return samples == 3 ? MF_TRUE_COLOR_SC : bits == 8 ? MF_BYTE_SC : MF_WORD_SC;
    }

    /** A name fit for a file: columns x rows, bits, samples, frames. */
    String id() {
        return String.format(Locale.ROOT, "%dx%d-%db-%ds-%df", columns, rows, bits, samples, frames);
    }

    /** The shape of pydicom's pixel_array: frames (when several), rows, columns, samples (when several). */
    String numpyShape() {
        return (frames > 1 ? frames + "," : "") + rows + "," + columns + (samples > 1 ? "," + samples : "");
    }

    /** The sample values: a gradient with a checkerboard, or a smooth ramp; frame by frame, pixel by pixel. */
    int[] values(boolean smooth) {
        int max = bits == 8 ? 0xFF : 0xFFF;
        int[] out = new int[rows * columns * samples * frames];
        int i = 0;
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    for (int c = 0; c < samples; c++) {
                        out[i++] = smooth ? ramp(x, y, f, c) & max
                                : (x * 7 + y * 3 + f * 11 + c * 50 + ((x / 4 + y / 4) % 2) * 100) * (max / 255) & max;
                    }
                }
            }
        }
        return out;
    }

    /** {@link #values} as native pixel bytes, little endian. */
    byte[] pixels(boolean smooth) {
        int[] values = values(smooth);
        int bytes = bits / 8;
        byte[] out = new byte[values.length * bytes];
        for (int i = 0; i < values.length; i++) {
            out[i * bytes] = (byte) values[i];
            if (bytes == 2) {
                out[i * bytes + 1] = (byte) (values[i] >>> 8);
            }
        }
        return out;
    }

    private int ramp(int x, int y, int f, int c) {
        int gx = 20 + 200 * x / Math.max(1, columns - 1);
        int gy = 20 + 200 * y / Math.max(1, rows - 1);
        int v = switch (c) {
            case 0 -> (gx + gy) / 2;
            case 1 -> gx;
            default -> gy;
        };
        return Math.min(255, v + 4 * f);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%dx%d %d-bit %s %d frame(s)", columns, rows, bits,
                samples == 3 ? "RGB" : "MONOCHROME2", frames);
    }
}
