package io.github.synthphi.cli;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DecodedText;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.truth.TagPath;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One element of a dumped file: where it is (a MIDI tag path), what it is and its value as text, decoded with
 * the character set that applies to it.
 *
 * @param path the MIDI tag path, such as {@code <(0008,1110)>[<0000>]<(0008,1155)>}
 * @param depth 0 for top-level elements, 1 inside one sequence, ...
 * @param tag the tag as {@code (gggg,eeee)}
 * @param keyword the public keyword, {@code PrivateCreator}, or empty for a private or unknown element
 * @param creator the private creator of a private data element, else empty
 * @param vr the value representation
 * @param value the value as text: decoded characters, numbers separated by {@code \}, {@code N items}, or a
 *     summary of bytes
 * @param problem what went wrong decoding the text, else empty
 */
record ElementRow(String path, int depth, String tag, String keyword, String creator, String vr, String value,
                  String problem) {

    /** Binary values longer than this are shown by their first bytes. */
    static final int BYTES_SHOWN = 64;
    /** Numeric values beyond this many are counted, not listed. */
    static final int NUMBERS_SHOWN = 64;

    /** Every element of {@code ds} at every depth, in order, items after their sequence. */
    static List<ElementRow> of(Dataset ds) {
        List<ElementRow> out = new ArrayList<>();
        walk(ds, List.of(), out);
        return out;
    }

    private static void walk(Dataset ds, List<TagPath.Node> parents, List<ElementRow> out) {
        for (Element e : ds.elements()) {
            String creator = creator(ds, e.tag()).orElse("");
            TagPath.Node leaf = creator.isEmpty() ? new TagPath.Node(e.tag().group(), e.tag().element(), "", -1)
                    : new TagPath.Node(e.tag().group(), e.tag().element() & 0xFF, creator, -1);
            List<TagPath.Node> nodes = new ArrayList<>(parents);
            nodes.add(leaf);
            String keyword = e.tag().isPrivateCreator() ? "PrivateCreator" : e.tag().keyword().orElse("");
            Optional<DecodedText> decoded = e.vr().isText() && e.value() instanceof Value.Bytes
                    ? ds.decode(e.tag()) : Optional.empty();
            out.add(new ElementRow(new TagPath(nodes).toMidi(), parents.size(), e.tag().toString(), keyword,
                    creator, e.vr().name(), value(e, decoded), decoded.flatMap(DecodedText::problem).orElse("")));
            if (e.value() instanceof Value.Items items) {
                for (int i = 0; i < items.items().size(); i++) {
                    List<TagPath.Node> inItem = new ArrayList<>(parents);
                    inItem.add(new TagPath.Node(leaf.group(), leaf.element(), leaf.creator(), i));
                    walk(items.items().get(i), inItem, out);
                }
            }
        }
    }

    /** The creator of a private data element (gggg,xxee), from (gggg,00xx) of the same data set. */
    private static Optional<String> creator(Dataset ds, Tag tag) {
        if (!tag.isPrivate() || tag.isPrivateCreator() || tag.element() < 0x1000) {
            return Optional.empty();
        }
        Tag creatorTag = Tag.of(tag.group(), tag.element() >> 8);
        return ds.getString(creatorTag).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String value(Element e, Optional<DecodedText> decoded) {
        Value v = e.value();
        if (v instanceof Value.Items items) {
            return items.items().size() + (items.items().size() == 1 ? " item" : " items");
        }
        if (v instanceof Value.Fragments f) {
            long bytes = 0;
            for (Value.Bytes b : f.fragments()) {
                bytes += b.length();
            }
            return "encapsulated: " + f.fragments().size() + " fragments, " + bytes + " bytes, offset table "
                    + f.offsetTable().length() + " bytes";
        }
        if (v instanceof Value.Texts t) {
            return String.join("\\", t.values());
        }
        Value.Bytes b = (Value.Bytes) v;
        if (decoded.isPresent()) {
            // trailing spaces and NULs only pad values to even length (PS3.5 6.2)
            return decoded.get().text().replaceAll("[ \\u0000]+$", "");
        }
        return switch (e.vr()) {
            case US, SS, UL, SL, FL, FD, SV, UV, AT -> numbers(e.vr(), b);
            default -> bytes(b);
        };
    }

    private static String numbers(Vr vr, Value.Bytes b) {
        int size = switch (vr) {
            case US, SS -> 2;
            case UL, SL, FL, AT -> 4;
            default -> 8;
        };
        ByteBuffer buf = ByteBuffer.wrap(b.array(), b.offset(), b.length()).slice().order(ByteOrder.LITTLE_ENDIAN);
        int count = b.length() / size;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Math.min(count, NUMBERS_SHOWN); i++) {
            int at = i * size;
            values.add(switch (vr) {
                case US -> Integer.toString(buf.getShort(at) & 0xFFFF);
                case SS -> Short.toString(buf.getShort(at));
                case UL -> Integer.toUnsignedString(buf.getInt(at));
                case SL -> Integer.toString(buf.getInt(at));
                case FL -> Float.toString(buf.getFloat(at));
                case FD -> Double.toString(buf.getDouble(at));
                case SV -> Long.toString(buf.getLong(at));
                case UV -> Long.toUnsignedString(buf.getLong(at));
                case AT -> Tag.of(buf.getShort(at) & 0xFFFF, buf.getShort(at + 2) & 0xFFFF).toString();
                default -> throw new IllegalStateException(vr.name());
            });
        }
        String text = String.join("\\", values);
        if (count > NUMBERS_SHOWN) {
            text += "\\... (" + count + " values)";
        }
        if (b.length() % size != 0) {
            text += " (" + b.length() + " bytes, not a multiple of " + size + ")";
        }
        return text;
    }

    /** {@code 12 bytes: 41 42 00 ... |AB.|}: the first bytes in hex and as ASCII, for binary and unknown values. */
    private static String bytes(Value.Bytes b) {
        if (b.length() == 0) {
            return "";
        }
        int shown = Math.min(b.length(), BYTES_SHOWN);
        StringBuilder hex = new StringBuilder();
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            int x = b.get(i);
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format(Locale.ROOT, "%02x", x));
            ascii.append(x >= 0x20 && x < 0x7F ? (char) x : '.');
        }
        return b.length() + " bytes: " + hex + (b.length() > shown ? " ..." : "") + " |" + ascii + "|";
    }
}
