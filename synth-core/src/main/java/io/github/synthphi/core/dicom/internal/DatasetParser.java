package io.github.synthphi.core.dicom.internal;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomParseException;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.ReadOptions;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses an encoded data set held in one byte array. Every length is checked against the bytes that remain
 * before anything is read or allocated; nesting and element counts are bounded; every loop advances, so no
 * input makes it run forever.
 */
public final class DatasetParser {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int PIXEL_REPRESENTATION = Tags.PixelRepresentation.value();

    private final byte[] buf;
    private final String source;
    private final String offsetNote;
    private final long offsetBase;
    private final ReadOptions options;
    private final Dictionary dictionary = Dictionary.standard();
    private int pos;
    private int count;

    /**
     * @param buf the bytes
     * @param source the file name, for messages
     * @param offsetBase added to positions in messages (the start of the bytes within the file)
     * @param offsetNote appended to offsets in messages, such as " of the inflated data set", or ""
     * @param options the limits
     */
    public DatasetParser(byte[] buf, String source, long offsetBase, String offsetNote, ReadOptions options) {
        this.buf = buf;
        this.source = source;
        this.offsetBase = offsetBase;
        this.offsetNote = offsetNote;
        this.options = options;
    }

    /** The syntax of the bytes being parsed. */
    public record Syntax(boolean explicitVr, boolean bigEndian) {
        static final Syntax IMPLICIT_LE = new Syntax(false, false);
    }

    /** The position after the last byte parsed. */
    public int position() {
        return pos;
    }

    /** Parses the data set from {@code start} to {@code end}. */
    public Dataset parse(int start, int end, Syntax syntax) throws DicomParseException {
        pos = start;
        return readDataset(end, syntax, 0, false, false);
    }

    /** Parses the group 0002 elements at {@code start} (Explicit VR Little Endian), stopping at another group. */
    public Dataset parseFileMeta(int start, int end) throws DicomParseException {
        pos = start;
        return readDataset(end, new Syntax(true, false), 0, false, true);
    }

    private DicomParseException fail(long at, Tag tag, String message) {
        String m = offsetNote.isEmpty() ? message : message + " (offset" + offsetNote + ")";
        return new DicomParseException(source, offsetBase + at, tag, m);
    }

    private int u16(int p, boolean be) {
        return be ? (buf[p] & 0xFF) << 8 | (buf[p + 1] & 0xFF) : (buf[p] & 0xFF) | (buf[p + 1] & 0xFF) << 8;
    }

    private long u32(int p, boolean be) {
        return be
                ? ((long) (buf[p] & 0xFF) << 24 | (buf[p + 1] & 0xFF) << 16 | (buf[p + 2] & 0xFF) << 8 | (buf[p + 3] & 0xFF))
                : ((long) (buf[p + 3] & 0xFF) << 24 | (buf[p + 2] & 0xFF) << 16 | (buf[p + 1] & 0xFF) << 8 | (buf[p] & 0xFF));
    }

    private Tag readTag(int p, boolean be) {
        return new Tag(u16(p, be) << 16 | u16(p + 2, be));
    }

    private void counted(int at, Tag tag) throws DicomParseException {
        if (++count > options.maxElements()) {
            throw fail(at, tag, "more than " + options.maxElements() + " elements and items (ReadOptions.maxElements)");
        }
    }

    private Dataset readDataset(int limit, Syntax syntax, int depth, boolean undefinedItem, boolean metaOnly)
            throws DicomParseException {
        // elements are collected in the order read and sorted once at the end: inserting each element of a
        // data set in descending tag order into the sorted data set would take quadratic time
        List<Element> read = new ArrayList<>();
        Set<Tag> seen = null; // made when a tag first comes out of ascending order
        Element pixelRepresentation = null;
        while (pos < limit) {
            int start = pos;
            if (metaOnly && (limit - pos < 2 || u16(pos, syntax.bigEndian()) != 0x0002)) {
                // the data set starts here, and may be shorter than a header: an empty one deflates to 2 bytes
                return dataset(read, seen == null);
            }
            if (limit - pos < 8) {
                throw fail(start, null, "truncated element header: " + (limit - pos) + " bytes remain");
            }
            Tag tag = readTag(pos, syntax.bigEndian());
            if (tag.equals(Tag.ITEM_DELIMITATION)) {
                if (!undefinedItem) {
                    throw fail(start, tag, "item delimitation outside an item of undefined length");
                }
                pos += 8;
                return dataset(read, seen == null);
            }
            if (tag.isDelimiter()) {
                throw fail(start, tag, "unexpected " + (tag.equals(Tag.ITEM) ? "item" : "delimiter")
                        + " tag inside a data set");
            }
            if (seen == null && !read.isEmpty() && read.get(read.size() - 1).tag().compareTo(tag) >= 0) {
                seen = new HashSet<>();
                for (Element e : read) {
                    seen.add(e.tag());
                }
            }
            if (seen != null && !seen.add(tag)) {
                throw fail(start, tag, "duplicate element: the tag occurs twice in one data set");
            }
            counted(start, tag);
            Vr vr;
            long length;
            if (syntax.explicitVr()) {
                Optional<Vr> explicit = Vr.ofCode(buf[pos + 4], buf[pos + 5]);
                if (explicit.isEmpty()) {
                    throw fail(start + 4, tag, String.format(Locale.ROOT, "unknown VR bytes 0x%02X 0x%02X",
                            buf[pos + 4] & 0xFF, buf[pos + 5] & 0xFF));
                }
                vr = explicit.get();
                if (vr.hasLongHeader()) {
                    if (limit - pos < 12) {
                        throw fail(start, tag, "truncated element header: " + (limit - pos) + " bytes remain");
                    }
                    length = u32(pos + 8, syntax.bigEndian());
                    pos += 12;
                } else {
                    length = u16(pos + 6, syntax.bigEndian());
                    pos += 8;
                }
            } else {
                length = u32(pos + 4, false);
                vr = implicitVr(tag, pixelRepresentation);
                pos += 8;
            }
            Element element = readValue(start, tag, vr, length, limit, syntax, depth);
            if (tag.value() == PIXEL_REPRESENTATION) {
                pixelRepresentation = element;
            }
            read.add(element);
        }
        if (undefinedItem) {
            throw fail(pos, null, "item of undefined length has no item delimitation before the end of its data");
        }
        return dataset(read, seen == null);
    }

    private static Dataset dataset(List<Element> read, boolean ascending) {
        if (!ascending) {
            read.sort(Comparator.comparing(Element::tag));
        }
        Dataset ds = new Dataset();
        for (Element e : read) {
            ds.set(e); // in ascending order, each element is appended
        }
        return ds;
    }

    private Vr implicitVr(Tag tag, Element pixelRepresentation) {
        Optional<Dictionary.Entry> entry = tag.isPrivateCreator() ? Optional.empty() : dictionary.entry(tag);
        if (entry.isEmpty() || entry.get().vrs().size() < 2) {
            return dictionary.vrOf(tag);
        }
        List<Vr> vrs = entry.get().vrs();
        if (vrs.contains(Vr.OW)) {
            return Vr.OW;
        }
        // US or SS: signed when Pixel Representation, read earlier in this data set, says so
        int[] rep = pixelRepresentation != null ? safeInts(pixelRepresentation) : new int[0];
        return rep.length > 0 && rep[0] == 1 ? Vr.SS : Vr.US;
    }

    private static int[] safeInts(Element pixelRepresentation) {
        try {
            return new Dataset().set(pixelRepresentation).getInts(pixelRepresentation.tag());
        } catch (RuntimeException e) {
            return new int[0]; // a malformed Pixel Representation leaves the VR at US
        }
    }

    private Element readValue(int start, Tag tag, Vr vr, long length, int limit, Syntax syntax, int depth)
            throws DicomParseException {
        if (length == UNDEFINED) {
            if (vr == Vr.SQ || !syntax.explicitVr() && vr != Vr.OB && vr != Vr.OW) {
                return new Element(tag, Vr.SQ, new Value.Items(readItems(start, tag, limit, true, syntax, depth)));
            }
            if (vr == Vr.UN) {
                // PS3.5 6.2.2: UN of undefined length is a sequence encoded in Implicit VR Little Endian
                return new Element(tag, Vr.SQ,
                        new Value.Items(readItems(start, tag, limit, true, Syntax.IMPLICIT_LE, depth)));
            }
            if (vr == Vr.OB || vr == Vr.OW) {
                return new Element(tag, vr, readFragments(start, tag, limit, syntax));
            }
            throw fail(start, tag, "undefined length is not allowed for VR " + vr);
        }
        if (length > limit - pos) {
            throw fail(start, tag, "value length " + length + " exceeds the " + (limit - pos) + " bytes that remain");
        }
        if ((length & 1) != 0 && !options.allowOddLengths()) {
            throw fail(start, tag, "odd value length " + length + " (PS3.5 7.1.1 requires even lengths)");
        }
        int len = (int) length;
        if (vr == Vr.SQ) {
            int end = pos + len;
            List<Dataset> items = readItems(start, tag, end, false, syntax, depth);
            pos = end;
            return new Element(tag, vr, new Value.Items(items));
        }
        Value.Bytes value;
        int size = vr.elementSize();
        if (syntax.bigEndian() && size > 1 && vr != Vr.UN) {
            value = Value.Bytes.of(swapped(pos, len, size));
        } else {
            value = new Value.Bytes(buf, pos, len);
        }
        pos += len;
        return new Element(tag, vr, value);
    }

    private byte[] swapped(int from, int len, int size) {
        byte[] out = new byte[len];
        int whole = len - len % size;
        for (int i = 0; i < whole; i += size) {
            for (int k = 0; k < size; k++) {
                out[i + k] = buf[from + i + size - 1 - k];
            }
        }
        System.arraycopy(buf, from + whole, out, whole, len - whole);
        return out;
    }

    private List<Dataset> readItems(int start, Tag seqTag, int limit, boolean undefined, Syntax syntax, int depth)
            throws DicomParseException {
        if (depth + 1 > options.maxDepth()) {
            throw fail(start, seqTag, "sequences nested deeper than " + options.maxDepth() + " (ReadOptions.maxDepth)");
        }
        List<Dataset> items = new ArrayList<>();
        while (true) {
            if (!undefined && pos == limit) {
                return items;
            }
            if (limit - pos < 8) {
                throw fail(pos, seqTag, undefined
                        ? "sequence of undefined length has no sequence delimitation before the end of its data"
                        : "truncated item header: " + (limit - pos) + " bytes remain");
            }
            int itemStart = pos;
            Tag tag = readTag(pos, syntax.bigEndian());
            long length = u32(pos + 4, syntax.bigEndian());
            pos += 8;
            if (tag.equals(Tag.SEQUENCE_DELIMITATION)) {
                if (!undefined) {
                    throw fail(itemStart, seqTag, "sequence delimitation inside a sequence of defined length");
                }
                return items;
            }
            if (!tag.equals(Tag.ITEM)) {
                throw fail(itemStart, seqTag, "expected an item (FFFE,E000) in the sequence, found " + tag);
            }
            counted(itemStart, seqTag);
            if (length == UNDEFINED) {
                items.add(readDataset(limit, syntax, depth + 1, true, false));
                continue;
            }
            if (length > limit - pos) {
                throw fail(itemStart, seqTag, "item length " + length + " exceeds the " + (limit - pos)
                        + " bytes that remain");
            }
            if ((length & 1) != 0 && !options.allowOddLengths()) {
                throw fail(itemStart, seqTag, "odd item length " + length);
            }
            int end = pos + (int) length;
            items.add(readDataset(end, syntax, depth + 1, false, false));
            pos = end;
        }
    }

    private Value.Fragments readFragments(int start, Tag tag, int limit, Syntax syntax) throws DicomParseException {
        List<Value.Bytes> fragments = new ArrayList<>();
        Value.Bytes offsetTable = null;
        while (true) {
            if (limit - pos < 8) {
                throw fail(pos, tag, "encapsulated pixel data have no sequence delimitation before the end of the data");
            }
            int itemStart = pos;
            Tag itemTag = readTag(pos, syntax.bigEndian());
            long length = u32(pos + 4, syntax.bigEndian());
            pos += 8;
            if (itemTag.equals(Tag.SEQUENCE_DELIMITATION)) {
                if (offsetTable == null) {
                    throw fail(itemStart, tag, "encapsulated pixel data lack the Basic Offset Table item");
                }
                return new Value.Fragments(offsetTable, fragments);
            }
            if (!itemTag.equals(Tag.ITEM)) {
                throw fail(itemStart, tag, "expected a fragment item (FFFE,E000), found " + itemTag);
            }
            if (length > limit - pos) {
                throw fail(itemStart, tag, "fragment length " + length + " exceeds the " + (limit - pos)
                        + " bytes that remain");
            }
            if ((length & 1) != 0 && !options.allowOddLengths()) {
                throw fail(itemStart, tag, "odd fragment length " + length);
            }
            counted(itemStart, tag);
            Value.Bytes b = new Value.Bytes(buf, pos, (int) length);
            pos += (int) length;
            if (offsetTable == null) {
                offsetTable = b;
            } else {
                fragments.add(b);
            }
        }
    }
}
