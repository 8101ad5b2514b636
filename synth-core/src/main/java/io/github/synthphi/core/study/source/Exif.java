package io.github.synthphi.core.study.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the EXIF Orientation of a JPEG file (APP1 segment {@code Exif\0\0}) or a PNG file ({@code eXIf}
 * chunk): the TIFF header, IFD0 and its Orientation entry (0x0112, SHORT, count 1). Every offset and length
 * is checked against the bytes that remain before it is used, and a fault is returned as a problem, never
 * thrown.
 *
 * <p>No EXIF, or EXIF without Orientation, is orientation 1. The first EXIF block is used, as Pillow does. A
 * file structure that breaks off before any EXIF block (a truncated JPEG segment, a PNG chunk past the end)
 * leaves the decision to the image decoder.
 *
 * <pre>{@code
 * Exif.Result r = Exif.read(bytes);
 * if (r.problem().isPresent()) { quarantine(r.problem().get()); }   // "EXIF orientation 9 is not valid"
 * }</pre>
 */
final class Exif {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

    /**
     * The orientation found, or why there is none.
     *
     * @param orientation the orientation; {@link Orientation#NORMAL} when the file has no EXIF or a problem
     * @param problem the quarantine reason, when the EXIF is malformed or its orientation is not 1 to 8
     */
    record Result(Orientation orientation, Optional<String> problem) {
        Result {
            Objects.requireNonNull(orientation, "orientation");
            Objects.requireNonNull(problem, "problem");
        }

        static Result of(Orientation orientation) {
            return new Result(orientation, Optional.empty());
        }

        static Result malformed(String what) {
            return new Result(Orientation.NORMAL, Optional.of("malformed EXIF: " + what));
        }
    }

    private Exif() {
    }

    /** The orientation of a JPEG or PNG file; {@link Orientation#NORMAL} for any other bytes. */
    static Result read(byte[] file) {
        Objects.requireNonNull(file, "file");
        if (file.length >= 2 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xD8) {
            return jpeg(file);
        }
        if (file.length >= 8 && (file[0] & 0xFF) == 0x89 && file[1] == 'P' && file[2] == 'N' && file[3] == 'G') {
            return png(file);
        }
        return Result.of(Orientation.NORMAL);
    }

    /** Walks the marker segments from SOI to the first SOS or EOI. */
    private static Result jpeg(byte[] b) {
        int pos = 2;
        while (pos + 1 < b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return Result.of(Orientation.NORMAL); // not a marker: the decoder will say what is wrong
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Result.of(Orientation.NORMAL);
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                pos += 2; // a marker without a length
                continue;
            }
            if (pos + 4 > b.length) {
                return Result.of(Orientation.NORMAL);
            }
            int length = u16(b, pos + 2, true); // JPEG lengths are big endian
            int data = pos + 4;
            boolean exif = marker == 0xE1 && length >= 2 + EXIF_HEADER.length
                    && data + EXIF_HEADER.length <= b.length
                    && Arrays.equals(b, data, data + EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length);
            if (exif) {
                if ((long) pos + 2 + length > b.length) {
                    return Result.malformed("the APP1 segment at byte " + pos + " declares " + length + " bytes, but "
                            + (b.length - pos - 2) + " remain");
                }
                return tiff(b, data + EXIF_HEADER.length, pos + 2 + length);
            }
            if (length < 2) {
                return Result.of(Orientation.NORMAL);
            }
            pos += 2 + length;
        }
        return Result.of(Orientation.NORMAL);
    }

    /** Walks the chunks after the signature until IEND, looking for {@code eXIf}. */
    private static Result png(byte[] b) {
        int pos = 8;
        while (pos + 8 <= b.length) {
            long length = u32(b, pos, true);
            String type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
            long end = pos + 8 + length;
            if (type.equals("eXIf")) {
                if (end > b.length) {
                    return Result.malformed("the eXIf chunk at byte " + pos + " declares " + length + " bytes, but "
                            + (b.length - pos - 8) + " remain");
                }
                return tiff(b, pos + 8, (int) end);
            }
            if (type.equals("IEND") || end + 4 > b.length) {
                return Result.of(Orientation.NORMAL);
            }
            pos = (int) end + 4; // the CRC
        }
        return Result.of(Orientation.NORMAL);
    }

    /** Reads IFD0 of the TIFF block {@code b[start..end)}; offsets count from {@code start}. */
    static Result tiff(byte[] b, int start, int end) {
        int size = end - start;
        if (size < 8) {
            return Result.malformed("the TIFF header needs 8 bytes, the block has " + size);
        }
        boolean big;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            big = false;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            big = true;
        } else {
            return Result.malformed("the TIFF byte order is neither II nor MM");
        }
        int magic = u16(b, start + 2, big);
        if (magic != 42) {
            return Result.malformed("the TIFF magic number is " + magic + ", not 42");
        }
        long ifd = u32(b, start + 4, big);
        if (ifd < 8 || ifd + 2 > size) {
            return Result.malformed("IFD0 at offset " + ifd + " is outside the " + size + "-byte TIFF block");
        }
        int count = u16(b, start + (int) ifd, big);
        long entries = ifd + 2;
        if (entries + 12L * count > size) {
            return Result.malformed("IFD0 declares " + count + " entries, more than the " + (size - entries)
                    + " bytes after it hold");
        }
        for (int i = 0; i < count; i++) {
            int entry = start + (int) entries + 12 * i;
            if (u16(b, entry, big) != ORIENTATION_TAG) {
                continue;
            }
            int type = u16(b, entry + 2, big);
            long n = u32(b, entry + 4, big);
            if (type != SHORT || n != 1) {
                return Result.malformed("Orientation has type " + type + " and count " + n + ", not SHORT (3) and 1");
            }
            int value = u16(b, entry + 8, big);
            return Orientation.of(value).map(Result::of).orElseGet(() -> new Result(Orientation.NORMAL,
                    Optional.of("EXIF orientation " + value + " is not valid")));
        }
        return Result.of(Orientation.NORMAL);
    }

    private static int u16(byte[] b, int at, boolean big) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return big ? x << 8 | y : y << 8 | x;
    }

    private static long u32(byte[] b, int at, boolean big) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int byteValue = b[at + (big ? k : 3 - k)] & 0xFF;
            v = v << 8 | byteValue;
        }
        return v;
    }
}
