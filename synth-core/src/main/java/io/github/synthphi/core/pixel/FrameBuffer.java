package io.github.synthphi.core.pixel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One frame of pixels in a {@link PixelFormat}: what a {@link Phantom} draws and a {@link Banner} burns into.
 *
 * <p>Samples are row by row, the samples of a pixel together (Planar Configuration 0). Eight-bit samples are
 * held as bytes and sixteen-bit samples as shorts (signed ones sign-extended), so a 64-frame 800 x 600 RGB
 * cine takes 92 MB and not four times that. A buffer is mutable: burning changes it in place; {@link #copy()}
 * keeps the original.
 *
 * <pre>{@code
 * FrameBuffer frame = new CtPhantom().frame(seed, 0, 512, 512);
 * int hu = frame.sample(256, 40, 0);                          // air: about -1000
 * byte[] pixelData = FrameBuffer.pixelData(List.of(frame));  // little endian, for Pixel Data (7FE0,0010)
 * }</pre>
 */
public final class FrameBuffer {

    private final PixelFormat format;
    private final int rows;
    private final int columns;
    private final byte[] bytes;
    private final short[] words;

    private FrameBuffer(PixelFormat format, int rows, int columns, byte[] bytes, short[] words) {
        this.format = format;
        this.rows = rows;
        this.columns = columns;
        this.bytes = bytes;
        this.words = words;
    }

    /**
     * A frame of {@code rows x columns} pixels, every sample 0.
     *
     * @throws IllegalArgumentException when a side is below 1 or above 65535 (Rows and Columns are US)
     */
    public static FrameBuffer blank(PixelFormat format, int rows, int columns) {
        Objects.requireNonNull(format, "format");
        requireSize(rows, columns);
        long samples = (long) rows * columns * format.samplesPerPixel();
        if (samples > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a frame of " + rows + " x " + columns + " pixels of " + format
                    + " is too large for one array");
        }
        return format.bitsAllocated() == 8
                ? new FrameBuffer(format, rows, columns, new byte[(int) samples], null)
                : new FrameBuffer(format, rows, columns, null, new short[(int) samples]);
    }

    static void requireSize(int rows, int columns) {
        if (rows < 1 || columns < 1 || rows > 0xFFFF || columns > 0xFFFF) {
            throw new IllegalArgumentException("a frame needs 1 to 65535 rows and columns, not " + rows + " x "
                    + columns);
        }
    }

    /** The format of the samples. */
    public PixelFormat format() {
        return format;
    }

    /** Rows (the height). */
    public int rows() {
        return rows;
    }

    /** Columns (the width). */
    public int columns() {
        return columns;
    }

    /** Samples per pixel: 3 for RGB, else 1. */
    public int samplesPerPixel() {
        return format.samplesPerPixel();
    }

    /** The shape as NumPy prints it: {@code (rows, columns)} for grey, {@code (rows, columns, 3)} for RGB. */
    public String shape() {
        return "(" + rows + ", " + columns + (format.samplesPerPixel() > 1 ? ", " + format.samplesPerPixel() : "")
                + ")";
    }

    /** True when {@code other} has the same format, rows and columns. */
    public boolean sameShape(FrameBuffer other) {
        return other.format.equals(format) && other.rows == rows && other.columns == columns;
    }

    /** Sample {@code s} of the pixel in column {@code x}, row {@code y}: sign-extended when signed. */
    public int sample(int x, int y, int s) {
        return get(index(x, y, s));
    }

    /**
     * Sets sample {@code s} of the pixel in column {@code x}, row {@code y}.
     *
     * @throws IllegalArgumentException when the format cannot hold {@code value}
     */
    public void setSample(int x, int y, int s, int value) {
        if (!format.holds(value)) {
            throw new IllegalArgumentException(value + " is outside " + format.minValue() + " to "
                    + format.maxValue() + " of " + format);
        }
        set(index(x, y, s), value);
    }

    private int index(int x, int y, int s) {
        Objects.checkIndex(x, columns);
        Objects.checkIndex(y, rows);
        Objects.checkIndex(s, format.samplesPerPixel());
        return (y * columns + x) * format.samplesPerPixel() + s;
    }

    /** Sample {@code i} of the whole frame, counted as stored. */
    int get(int i) {
        if (bytes != null) {
            return bytes[i] & 0xFF;
        }
        return format.signed() ? words[i] : words[i] & 0xFFFF;
    }

    /** Sets sample {@code i} without a range check; callers clamp first. */
    void set(int i, int value) {
        if (bytes != null) {
            bytes[i] = (byte) value;
        } else {
            words[i] = (short) value;
        }
    }

    /** The live 8-bit samples, or null for a 16-bit format. */
    byte[] bytes() {
        return bytes;
    }

    /** The live 16-bit samples, or null for an 8-bit format. */
    short[] words() {
        return words;
    }

    /** The number of samples: {@code rows * columns * samplesPerPixel}. */
    public int sampleCount() {
        return bytes != null ? bytes.length : words.length;
    }

    /** Every sample as an int, in storage order (the layout of a decoded DICOM frame). */
    public int[] samples() {
        int[] out = new int[sampleCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /**
     * The mean brightness of the pixels of {@code box}, which must lie inside the frame: the mean sample for
     * grey, the mean luma {@code (299 R + 587 G + 114 B) / 1000} for RGB (as Pillow converts RGB to grey).
     * An empty box has mean NaN.
     */
    public double meanBrightness(Box box) {
        Objects.requireNonNull(box, "box");
        if (box.x() < 0 || box.y() < 0 || box.right() > columns || box.bottom() > rows) {
            throw new IllegalArgumentException(box + " is not inside the frame of " + columns + " x " + rows);
        }
        if (box.isEmpty()) {
            return Double.NaN;
        }
        long sum = 0;
        int spp = format.samplesPerPixel();
        for (int y = box.y(); y < box.bottom(); y++) {
            int i = (y * columns + box.x()) * spp;
            for (int x = box.x(); x < box.right(); x++, i += spp) {
                sum += spp == 3 ? 299L * get(i) + 587L * get(i + 1) + 114L * get(i + 2) : get(i);
            }
        }
        double pixels = (double) box.width() * box.height();
        return spp == 3 ? sum / 1000.0 / pixels : sum / pixels;
    }

    /** An independent copy. */
    public FrameBuffer copy() {
        return new FrameBuffer(format, rows, columns, bytes == null ? null : bytes.clone(),
                words == null ? null : words.clone());
    }

    /** The frame's native Pixel Data bytes: little endian, two's complement for signed samples. */
    public byte[] toLittleEndian() {
        long length = format.frameLength(rows, columns);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a frame of " + length + " bytes does not fit one array");
        }
        byte[] out = new byte[(int) length];
        writeLittleEndian(out, 0);
        return out;
    }

    /**
     * Writes the frame's native bytes (see {@link #toLittleEndian()}) into {@code target} from {@code offset}.
     *
     * @throws IndexOutOfBoundsException when they do not fit
     */
    public void writeLittleEndian(byte[] target, int offset) {
        Objects.requireNonNull(target, "target");
        Objects.checkFromIndexSize(offset, (int) format.frameLength(rows, columns), target.length);
        if (bytes != null) {
            System.arraycopy(bytes, 0, target, offset, bytes.length);
            return;
        }
        for (int i = 0, o = offset; i < words.length; i++, o += 2) {
            short w = words[i];
            target[o] = (byte) w;
            target[o + 1] = (byte) (w >>> 8);
        }
    }

    /**
     * The value of native Pixel Data for {@code frames}: each frame's little-endian bytes, frame after frame.
     * The writer pads an odd length to even.
     *
     * @throws IllegalArgumentException when the list is empty, the frames differ in shape, or the bytes do not
     *     fit one array
     */
    public static byte[] pixelData(List<FrameBuffer> frames) {
        Objects.requireNonNull(frames, "frames");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames to write");
        }
        FrameBuffer first = frames.get(0);
        long frameLength = first.format.frameLength(first.rows, first.columns);
        long total = frameLength * frames.size();
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(frames.size() + " frames of " + frameLength + " bytes are "
                    + total + " bytes, more than one array holds; write fewer frames per instance");
        }
        byte[] out = new byte[(int) total];
        for (int f = 0; f < frames.size(); f++) {
            FrameBuffer frame = frames.get(f);
            if (!frame.sameShape(first)) {
                throw new IllegalArgumentException("frame " + f + " is " + frame + ", frame 0 is " + first);
            }
            frame.writeLittleEndian(out, (int) (f * frameLength));
        }
        return out;
    }

    /** Equal when format, size and every sample are. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FrameBuffer)) {
            return false;
        }
        FrameBuffer f = (FrameBuffer) o;
        return sameShape(f) && Arrays.equals(bytes, f.bytes) && Arrays.equals(words, f.words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, rows, columns) * 31 + (bytes != null ? Arrays.hashCode(bytes)
                : Arrays.hashCode(words));
    }

    @Override
    public String toString() {
        return "FrameBuffer[" + columns + " x " + rows + ", " + format + "]";
    }
}
