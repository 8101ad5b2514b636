package io.github.synthphi.core.dicom.internal;

import java.io.ByteArrayOutputStream;

/**
 * RLE Lossless (PS3.5 Annex G): one fragment per frame, a 64-byte header of segment offsets, one PackBits
 * segment per byte plane, most significant byte first, each row encoded on its own.
 */
public final class Rle {

    private static final int HEADER = 64;
    private static final int MAX_SEGMENTS = 15;
    /** The most bytes one byte of a segment decodes to: a replicate run of 128 takes 2 bytes. */
    private static final int MAX_RUN_PER_BYTE = 64;
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private Rle() {
    }

    /**
     * Encodes one frame of native little-endian pixel data.
     *
     * @param src the native bytes
     * @param offset where the frame starts
     * @param rows rows
     * @param columns columns
     * @param samples samples per pixel
     * @param bytesPerSample 1 or 2 (or 4)
     * @param planar whether the native data are color-by-plane (Planar Configuration 1)
     */
    public static byte[] encodeFrame(byte[] src, int offset, int rows, int columns, int samples, int bytesPerSample,
                                     boolean planar) {
        int segments = samples * bytesPerSample;
        if (segments > MAX_SEGMENTS) {
            throw new IllegalArgumentException("RLE holds at most 15 segments, " + segments + " needed");
        }
        int pixels = rows * columns;
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER + pixels * segments + pixels / 64 + 64);
        out.write(new byte[HEADER], 0, HEADER);
        int[] offsets = new int[segments];
        byte[] row = new byte[columns];
        int segment = 0;
        for (int s = 0; s < samples; s++) {
            for (int byteIndex = bytesPerSample - 1; byteIndex >= 0; byteIndex--) {
                offsets[segment++] = out.size();
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < columns; c++) {
                        int pixel = r * columns + c;
                        int sampleIndex = planar ? s * pixels + pixel : pixel * samples + s;
                        row[c] = src[offset + sampleIndex * bytesPerSample + byteIndex];
                    }
                    packBits(row, columns, out);
                }
                if ((out.size() & 1) != 0) {
                    out.write(0);
                }
            }
        }
        byte[] result = out.toByteArray();
        putInt(result, 0, segments);
        for (int i = 0; i < segments; i++) {
            putInt(result, 4 + 4 * i, offsets[i]);
        }
        return result;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    private static void packBits(byte[] row, int len, ByteArrayOutputStream out) {
        int i = 0;
        while (i < len) {
            int run = 1;
            while (i + run < len && run < 128 && row[i + run] == row[i]) {
                run++;
            }
            if (run >= 2) {
                out.write(257 - run); // -(run-1) as a signed byte
                out.write(row[i]);
                i += run;
                continue;
            }
            int start = i;
            int literal = 0;
            while (i < len && literal < 128 && !(i + 1 < len && row[i + 1] == row[i]
                    && (i + 2 >= len || row[i + 2] == row[i]))) {
                i++;
                literal++;
            }
            if (literal == 0) { // a pair at the end of the row
                i++;
                literal = 1;
            }
            out.write(literal - 1);
            out.write(row, start, literal);
        }
    }

    /**
     * Decodes one RLE fragment into native little-endian pixel data, color-by-pixel for several samples.
     *
     * @throws IllegalArgumentException naming what is wrong with a corrupt fragment
     */
    public static byte[] decodeFrame(byte[] src, int offset, int length, int rows, int columns, int samples,
                                     int bytesPerSample) {
        if (length < HEADER) {
            throw new IllegalArgumentException("RLE frame of " + length + " bytes is shorter than its 64-byte header");
        }
        int segments = readInt(src, offset);
        int expected = samples * bytesPerSample;
        if (expected > MAX_SEGMENTS) {
            throw new IllegalArgumentException("RLE holds at most 15 segments, " + expected + " needed for "
                    + samples + " samples of " + bytesPerSample + " bytes");
        }
        if (segments != expected) {
            throw new IllegalArgumentException("RLE header declares " + segments + " segments, "
                    + expected + " expected for " + samples + " samples of " + bytesPerSample + " bytes");
        }
        // the size and every segment are checked before the frame is allocated, so a corrupt header cannot
        // make a few bytes allocate a frame of the declared size
        long pixels = (long) rows * columns;
        if (pixels * segments > MAX_ARRAY) {
            throw new IllegalArgumentException("an RLE frame of " + rows + "x" + columns + " with " + segments
                    + " segments is too large to decode");
        }
        int[] starts = new int[segments];
        int[] ends = new int[segments];
        for (int seg = 0; seg < segments; seg++) {
            int start = readInt(src, offset + 4 + 4 * seg);
            int end = seg + 1 < segments ? readInt(src, offset + 8 + 4 * seg) : length;
            if (start < HEADER || end > length || start > end) {
                throw new IllegalArgumentException("RLE segment " + (seg + 1) + " has offsets "
                        + Integer.toUnsignedString(start) + ".." + Integer.toUnsignedString(end)
                        + " outside its frame of " + length + " bytes");
            }
            if ((long) (end - start) * MAX_RUN_PER_BYTE < pixels) {
                throw new IllegalArgumentException("RLE segment " + (seg + 1) + " has " + (end - start)
                        + " bytes, too few for the " + pixels + " bytes of its byte plane");
            }
            starts[seg] = start;
            ends[seg] = end;
        }
        byte[] out = new byte[(int) (pixels * segments)];
        for (int seg = 0; seg < segments; seg++) {
            int sample = seg / bytesPerSample;
            int byteIndex = bytesPerSample - 1 - seg % bytesPerSample;
            unpack(src, offset + starts[seg], offset + ends[seg], out, (int) pixels, segments,
                    sample * bytesPerSample + byteIndex, seg + 1);
        }
        return out;
    }

    private static void unpack(byte[] src, int from, int to, byte[] out, int pixels, int stride, int first, int seg) {
        int produced = 0;
        int p = from;
        while (produced < pixels) {
            if (p >= to) {
                throw new IllegalArgumentException("RLE segment " + seg + " ends after " + produced + " of "
                        + pixels + " bytes");
            }
            int control = src[p++];
            if (control >= 0) {
                int count = control + 1;
                if (p + count > to || produced + count > pixels) {
                    throw new IllegalArgumentException("RLE segment " + seg + " has a literal run past its end");
                }
                for (int k = 0; k < count; k++) {
                    out[first + (produced++) * stride] = src[p++];
                }
            } else if (control != -128) {
                int count = 1 - control;
                if (p >= to || produced + count > pixels) {
                    throw new IllegalArgumentException("RLE segment " + seg + " has a replicate run past its end");
                }
                byte v = src[p++];
                for (int k = 0; k < count; k++) {
                    out[first + (produced++) * stride] = v;
                }
            }
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
