package io.github.synthphi.core.dicom.internal;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriteException;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Encodes data sets in Explicit or Implicit VR Little Endian onto a stream, with its own buffer; values
 * larger than half the buffer go straight to the stream so pixel data are copied once. The buffer is
 * allocated on the first write, so an encoder used only to compute lengths costs no buffer.
 */
public final class DatasetEncoder {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final OutputStream out;
    private final boolean explicitVr;
    private final boolean undefinedSequences;
    private final boolean undefinedItems;
    private byte[] buf;
    private int n;

    /**
     * @param out where the bytes go
     * @param explicitVr whether VRs are written
     * @param undefinedSequences whether sequences get undefined length
     * @param undefinedItems whether items get undefined length
     */
    public DatasetEncoder(OutputStream out, boolean explicitVr, boolean undefinedSequences, boolean undefinedItems) {
        this.out = out;
        this.explicitVr = explicitVr;
        this.undefinedSequences = undefinedSequences;
        this.undefinedItems = undefinedItems;
    }

    /**
     * An encoder in another style that continues the buffered, unflushed output of {@code previous}, so that
     * what both encode reaches the stream in one write; {@code previous} must not be used afterwards.
     */
    public DatasetEncoder(DatasetEncoder previous, boolean explicitVr, boolean undefinedSequences,
                          boolean undefinedItems) {
        this(previous.out, explicitVr, undefinedSequences, undefinedItems);
        this.buf = previous.buf;
        this.n = previous.n;
        previous.buf = null;
        previous.n = 0;
    }

    /** True for elements a writer leaves out of a data set: file meta and group lengths. */
    public static boolean skipped(Tag tag) {
        return tag.group() == 0x0002 || tag.isGroupLength();
    }

    /** Writes every element of {@code ds} except those {@link #skipped}. */
    public void write(Dataset ds) throws IOException {
        SpecificCharacterSet cs = ds.characterSet();
        for (Element e : ds.elements()) {
            if (!skipped(e.tag())) {
                writeElement(e, cs);
            }
        }
    }

    /** Writes one element, whatever its group. */
    public void writeElement(Element e, SpecificCharacterSet cs) throws IOException {
        Value value = e.value();
        if (value instanceof Value.Items items) {
            writeHeader(e.tag(), Vr.SQ, undefinedSequences ? UNDEFINED : itemsLength(e.tag(), items));
            for (Dataset item : items.items()) {
                writeHeader(Tag.ITEM, null, undefinedItems ? UNDEFINED : datasetLength(item));
                write(item);
                if (undefinedItems) {
                    writeHeader(Tag.ITEM_DELIMITATION, null, 0);
                }
            }
            if (undefinedSequences) {
                writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0);
            }
        } else if (value instanceof Value.Fragments f) {
            if (!explicitVr) {
                throw new DicomWriteException(e.tag() + ": encapsulated pixel data need an explicit VR transfer syntax");
            }
            writeHeader(e.tag(), e.vr(), UNDEFINED);
            writeFragment(f.offsetTable());
            for (Value.Bytes fragment : f.fragments()) {
                writeFragment(fragment);
            }
            writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0);
        } else {
            Value.Bytes bytes = bytes(e, cs);
            int padded = bytes.length() + (bytes.length() & 1);
            writeHeader(e.tag(), e.vr(), padded);
            writeBytes(bytes.array(), bytes.offset(), bytes.length());
            if ((bytes.length() & 1) != 0) {
                writeByte(e.vr().paddingByte());
            }
        }
    }

    private void writeFragment(Value.Bytes fragment) throws IOException {
        writeHeader(Tag.ITEM, null, fragment.length() + (fragment.length() & 1));
        writeBytes(fragment.array(), fragment.offset(), fragment.length());
        if ((fragment.length() & 1) != 0) {
            writeByte((byte) 0);
        }
    }

    /** The value of a non-sequence element as bytes: text encoded in {@code cs}, binary as is. */
    static Value.Bytes bytes(Element e, SpecificCharacterSet cs) throws DicomWriteException {
        if (e.value() instanceof Value.Texts t) {
            try {
                return Value.Bytes.of(cs.encode(String.join("\\", t.values()), e.vr()));
            } catch (IllegalArgumentException ex) {
                throw new DicomWriteException(e.tag() + " " + e.name() + ": " + ex.getMessage(), ex);
            }
        }
        return (Value.Bytes) e.value();
    }

    /** The encoded length of a data set's elements (those not {@link #skipped}) in this encoder's style. */
    public long datasetLength(Dataset ds) throws DicomWriteException {
        SpecificCharacterSet cs = ds.characterSet();
        long total = 0;
        for (Element e : ds.elements()) {
            if (!skipped(e.tag())) {
                total += elementLength(e, cs);
            }
        }
        return total;
    }

    /** The encoded length of one element, header and delimiters included. */
    public long elementLength(Element e, SpecificCharacterSet cs) throws DicomWriteException {
        int header = explicitVr ? e.vr().explicitHeaderLength() : 8;
        Value value = e.value();
        if (value instanceof Value.Items items) {
            long content = undefinedSequences ? itemsContent(items) + 8 : itemsLength(e.tag(), items);
            return 12L - (explicitVr ? 0 : 4) + content;
        }
        if (value instanceof Value.Fragments f) {
            long total = header + 8L + f.offsetTable().length() + (f.offsetTable().length() & 1) + 8;
            for (Value.Bytes b : f.fragments()) {
                total += 8 + b.length() + (b.length() & 1);
            }
            return total;
        }
        int len = bytes(e, cs).length();
        return header + len + (len & 1);
    }

    private long itemsContent(Value.Items items) throws DicomWriteException {
        long total = 0;
        for (Dataset item : items.items()) {
            total += 8 + datasetLength(item) + (undefinedItems ? 8 : 0);
        }
        return total;
    }

    private long itemsLength(Tag tag, Value.Items items) throws DicomWriteException {
        long content = itemsContent(items);
        if (content >= UNDEFINED) {
            throw new DicomWriteException(tag + ": sequence of " + content + " bytes is too long for a defined length");
        }
        return content;
    }

    private void writeHeader(Tag tag, Vr vr, long length) throws IOException {
        ensure(12);
        put16(tag.group());
        put16(tag.element());
        if (vr != null && explicitVr) {
            String code = vr.name();
            buf[n++] = (byte) code.charAt(0);
            buf[n++] = (byte) code.charAt(1);
            if (vr.hasLongHeader()) {
                put16(0);
                put32(length);
            } else {
                if (length > 0xFFFF) {
                    throw new DicomWriteException(tag + " " + vr + ": value of " + length
                            + " bytes is too long for the 16-bit length of VR " + vr);
                }
                put16((int) length);
            }
        } else {
            if (length > UNDEFINED) {
                throw new DicomWriteException(tag + ": value of " + length + " bytes is too long for DICOM");
            }
            put32(length);
        }
    }

    private void put16(int v) {
        buf[n++] = (byte) v;
        buf[n++] = (byte) (v >>> 8);
    }

    private void put32(long v) {
        buf[n++] = (byte) v;
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) (v >>> 16);
        buf[n++] = (byte) (v >>> 24);
    }

    private void writeByte(byte b) throws IOException {
        ensure(1);
        buf[n++] = b;
    }

    /** Writes bytes as they are, such as a preamble. */
    public void writeRaw(byte[] b, int off, int len) throws IOException {
        writeBytes(b, off, len);
    }

    private void writeBytes(byte[] b, int off, int len) throws IOException {
        if (buf == null) {
            buf = new byte[BUFFER_SIZE];
        }
        if (len > buf.length - n) {
            flushBuffer();
            if (len > buf.length / 2) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    private void ensure(int bytes) throws IOException {
        if (buf == null) {
            buf = new byte[BUFFER_SIZE];
        }
        if (buf.length - n < bytes) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    /** Writes buffered bytes to the stream (does not flush the stream itself). */
    public void flush() throws IOException {
        flushBuffer();
    }
}
