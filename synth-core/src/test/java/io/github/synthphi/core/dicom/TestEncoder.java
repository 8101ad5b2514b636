package io.github.synthphi.core.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Writes element headers and values byte by byte, in any of the encodings the reader reads, so tests can
 * build inputs the writer would never produce (and know the offset of every byte they wrote).
 */
final class TestEncoder {

    static final long UNDEFINED = 0xFFFFFFFFL;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean explicitVr;
    private final boolean bigEndian;

    TestEncoder(boolean explicitVr, boolean bigEndian) {
        this.explicitVr = explicitVr;
        this.bigEndian = bigEndian;
    }

    static TestEncoder explicitLittle() {
        return new TestEncoder(true, false);
    }

    static TestEncoder implicitLittle() {
        return new TestEncoder(false, false);
    }

    static TestEncoder explicitBig() {
        return new TestEncoder(true, true);
    }

    /** The number of bytes written so far: the offset of the next byte. */
    int position() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    TestEncoder raw(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    TestEncoder u16(int v) {
        return raw(bigEndian ? new byte[] {(byte) (v >>> 8), (byte) v} : new byte[] {(byte) v, (byte) (v >>> 8)});
    }

    TestEncoder u32(long v) {
        return bigEndian ? u16((int) (v >>> 16)).u16((int) v) : u16((int) v).u16((int) (v >>> 16));
    }

    TestEncoder tag(Tag tag) {
        return u16(tag.group()).u16(tag.element());
    }

    /** An element header: the VR is written only in explicit VR; its code decides the header form. */
    TestEncoder header(Tag tag, String vr, long length) {
        tag(tag);
        if (!explicitVr) {
            return u32(length);
        }
        raw(vr.getBytes(StandardCharsets.ISO_8859_1));
        if (Vr.of(vr).map(Vr::hasLongHeader).orElse(false)) {
            return u16(0).u32(length);
        }
        return u16((int) length);
    }

    /** An element whose value is given as it stands on the wire. */
    TestEncoder element(Tag tag, String vr, byte[] value) {
        return header(tag, vr, value.length).raw(value);
    }

    /** A text element in ISO 8859-1 padded to even length (NUL for UI, space otherwise). */
    TestEncoder text(Tag tag, String vr, String value) {
        return text(tag, vr, value, StandardCharsets.ISO_8859_1);
    }

    /** A text element in {@code charset} padded to even length (NUL for UI, space otherwise). */
    TestEncoder text(Tag tag, String vr, String value, Charset charset) {
        byte[] b = value.getBytes(charset);
        if (b.length % 2 != 0) {
            byte[] padded = new byte[b.length + 1];
            System.arraycopy(b, 0, padded, 0, b.length);
            padded[b.length] = (byte) (vr.equals("UI") ? 0 : ' ');
            b = padded;
        }
        return element(tag, vr, b);
    }

    /** US values in this encoder's byte order. */
    TestEncoder us(Tag tag, int... values) {
        header(tag, "US", 2L * values.length);
        for (int v : values) {
            u16(v);
        }
        return this;
    }

    TestEncoder item(long length) {
        return tag(Tag.ITEM).u32(length);
    }

    TestEncoder itemDelimitation() {
        return tag(Tag.ITEM_DELIMITATION).u32(0);
    }

    TestEncoder sequenceDelimitation() {
        return tag(Tag.SEQUENCE_DELIMITATION).u32(0);
    }

    /** The file meta of a Part 10 file: group length, SOP class and instance, transfer syntax. */
    static byte[] fileMeta(String transferSyntaxUid) {
        TestEncoder body = explicitLittle()
                .element(Tags.FileMetaInformationVersion, "OB", new byte[] {0, 1})
                .text(Tags.MediaStorageSOPClassUID, "UI", "1.2.840.10008.5.1.4.1.1.7")
                .text(Tags.MediaStorageSOPInstanceUID, "UI", "2.25.1")
                .text(Tags.TransferSyntaxUID, "UI", transferSyntaxUid);
        byte[] b = body.toByteArray();
        return explicitLittle().header(Tags.FileMetaInformationGroupLength, "UL", 4).u32(b.length).raw(b)
                .toByteArray();
    }

    /** The 128-byte preamble and {@code DICM}. */
    static byte[] preamble() {
        byte[] b = new byte[132];
        b[128] = 'D';
        b[129] = 'I';
        b[130] = 'C';
        b[131] = 'M';
        return b;
    }

    /** A Part 10 file: preamble, file meta for {@code transferSyntaxUid}, then the encoded data set. */
    static byte[] part10(String transferSyntaxUid, byte[] dataset) {
        return concat(preamble(), fileMeta(transferSyntaxUid), dataset);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /** Raw deflate (no zlib header), as the Deflated Explicit VR Little Endian transfer syntax uses it. */
    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                b.write(chunk, 0, deflater.deflate(chunk));
            }
            return b.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
