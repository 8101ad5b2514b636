package io.github.synthphi.core.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds encoded DICOM by hand, independently of {@link DicomWriter}, for reader tests. */
final class EncodedBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean bigEndian;

    EncodedBytes(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    static EncodedBytes littleEndian() {
        return new EncodedBytes(false);
    }

    static EncodedBytes bigEndian() {
        return new EncodedBytes(true);
    }

    int size() {
        return out.size();
    }

    EncodedBytes u16(int v) {
        if (bigEndian) {
            out.write(v >>> 8);
            out.write(v);
        } else {
            out.write(v);
            out.write(v >>> 8);
        }
        return this;
    }

    EncodedBytes u32(long v) {
        if (bigEndian) {
            u16((int) (v >>> 16));
            u16((int) v);
        } else {
            u16((int) v);
            u16((int) (v >>> 16));
        }
        return this;
    }

    EncodedBytes raw(byte... b) {
        out.writeBytes(b);
        return this;
    }

    EncodedBytes ascii(String s) {
        return raw(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    EncodedBytes tag(int group, int element) {
        return u16(group).u16(element);
    }

    /** An explicit VR element with a short (8-byte) header. */
    EncodedBytes explicitShort(int group, int element, String vr, byte[] value) {
        return tag(group, element).ascii(vr).u16(value.length).raw(value);
    }

    /** An explicit VR element with a long (12-byte) header and a defined length. */
    EncodedBytes explicitLong(int group, int element, String vr, long length) {
        return tag(group, element).ascii(vr).u16(0).u32(length);
    }

    /** An implicit VR element header. */
    EncodedBytes implicit(int group, int element, long length) {
        return tag(group, element).u32(length);
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
