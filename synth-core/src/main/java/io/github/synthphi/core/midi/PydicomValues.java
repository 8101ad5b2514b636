package io.github.synthphi.core.midi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A data set flattened the way MIDI's script flattens a file with pydicom 2.x: every element, through sequence
 * items, keyed by its path in MIDI syntax (lower-case hex, {@code [<NNNN>]} item indices, private data elements
 * as {@code (gggg,"CREATOR",ee)}), valued {@code <str(value).strip()>}:
 * <ul>
 *   <li>Pixel Data and Overlay Data are {@code <REMOVED>}; an empty value is {@code <>};</li>
 *   <li>several values are a Python list: {@code ['ORIGINAL', 'PRIMARY']}, text values quoted, person names,
 *       DS, IS and binary numbers not;</li>
 *   <li>bytes (OB, OW, UN, ...) are a Python bytes repr {@code b'...'}; FL and FD are Python float reprs; AT is
 *       {@code (gggg, eeee)};</li>
 *   <li>a sequence is a text dump of its items. pydicom's dump has aligned attribute names; this one has only
 *       tags, VRs and values, so a substring test on a sequence path can differ where it would match a name.</li>
 * </ul>
 */
final class PydicomValues {

    static final String REMOVED = "<REMOVED>";

    private PydicomValues() {
    }

    /** Every path of {@code ds} to its rendered value, in data-set order. */
    static Map<String, String> flatten(Dataset ds) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(ds, "", out);
        return out;
    }

    private static void flatten(Dataset ds, String prefix, Map<String, String> out) {
        for (Element e : ds.elements()) {
            String path = prefix + node(ds, e.tag());
            out.put(path, "<" + render(ds, e).strip() + ">");
            if (e.value() instanceof Value.Items items) {
                for (int i = 0; i < items.items().size(); i++) {
                    flatten(items.items().get(i), path + String.format(Locale.ROOT, "[<%04d>]", i), out);
                }
            }
        }
    }

    private static String node(Dataset ds, Tag tag) {
        int g = tag.group();
        int el = tag.element();
        if (tag.isPrivate() && el >= 0x1000) {
            Optional<String> creator = ds.getString(Tag.of(g, el >> 8));
            if (creator.isPresent()) {
                return String.format(Locale.ROOT, "<(%04x,\"%s\",%02x)>", g, creator.get().toUpperCase(Locale.ROOT),
                        el & 0xFF);
            }
        }
        return String.format(Locale.ROOT, "<(%04x,%04x)>", g, el);
    }

    /** {@code str(value)} before the strip; Pixel and Overlay Data as {@code REMOVED} (wrapped once by the caller). */
    static String render(Dataset ds, Element e) {
        Tag t = e.tag();
        if (t.value() == 0x7FE00010 || (t.group() & 0xFF00) == 0x6000 && t.element() == 0x3000) {
            return "REMOVED";
        }
        Value v = e.value();
        if (v instanceof Value.Items items) {
            return sequence(items);
        }
        if (v instanceof Value.Fragments) {
            return "b'...'";
        }
        Vr vr = e.vr();
        if (vr.isText()) {
            List<String> values = ds.getStrings(t);
            boolean quoted = vr != Vr.PN && vr != Vr.DS && vr != Vr.IS;
            return values(values, quoted);
        }
        byte[] b = v instanceof Value.Bytes bytes ? bytes.toArray() : new byte[0];
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        List<String> values = new ArrayList<>();
        switch (vr) {
            case US -> { while (buf.remaining() >= 2) { values.add(Integer.toString(buf.getShort() & 0xFFFF)); } }
            case SS -> { while (buf.remaining() >= 2) { values.add(Integer.toString(buf.getShort())); } }
            case UL -> { while (buf.remaining() >= 4) { values.add(Long.toString(buf.getInt() & 0xFFFFFFFFL)); } }
            case SL -> { while (buf.remaining() >= 4) { values.add(Integer.toString(buf.getInt())); } }
            case SV -> { while (buf.remaining() >= 8) { values.add(Long.toString(buf.getLong())); } }
            case UV -> { while (buf.remaining() >= 8) { values.add(Long.toUnsignedString(buf.getLong())); } }
            case FL -> { while (buf.remaining() >= 4) { values.add(pythonFloat(buf.getFloat())); } }
            case FD -> { while (buf.remaining() >= 8) { values.add(pythonFloat(buf.getDouble())); } }
            case AT -> {
                while (buf.remaining() >= 4) {
                    values.add(String.format(Locale.ROOT, "(%04x, %04x)", buf.getShort() & 0xFFFF,
                            buf.getShort() & 0xFFFF));
                }
            }
            default -> {
                return b.length == 0 ? "" : bytesRepr(b);
            }
        }
        return values(values, false);
    }

    private static String values(List<String> values, boolean quoted) {
        if (values.isEmpty()) {
            return "";
        }
        if (values.size() == 1) {
            return values.get(0);
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            sb.append(quoted ? "'" + values.get(i) + "'" : values.get(i));
        }
        return sb.append(']').toString();
    }

    private static String sequence(Value.Items items) {
        StringBuilder sb = new StringBuilder("[");
        for (Dataset item : items.items()) {
            List<String> lines = new ArrayList<>();
            for (Element e : item.elements()) {
                lines.add(String.format(Locale.ROOT, "(%04x, %04x) %s: ", e.tag().group(), e.tag().element(),
                        e.vr().name()) + render(item, e));
            }
            sb.append(String.join("\n", lines));
        }
        return sb.append(']').toString();
    }

    /** Python's {@code repr(bytes)}. */
    static String bytesRepr(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code repr(float)}: shortest digits, scientific below 1e-4 and from 1e16. */
    static String pythonFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = bd.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = bd.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (bd.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }
}
