package io.github.synthphi.core.dicom;

import java.util.ArrayList;
import java.util.List;

/** Decoding and splitting of text element values. */
final class TextValues {

    private TextValues() {
    }

    static DecodedText decode(Element e, SpecificCharacterSet cs) {
        if (e.value() instanceof Value.Texts t) {
            return DecodedText.exact(String.join("\\", t.values()));
        }
        if (e.value() instanceof Value.Bytes b) {
            return cs.decode(b.array(), b.offset(), b.length(), e.vr());
        }
        return DecodedText.exact("");
    }

    /** The values of a text element; {@code trim} removes the padding PS3.5 calls insignificant. */
    static List<String> split(Element e, SpecificCharacterSet cs, boolean trim) {
        List<String> raw;
        if (e.value() instanceof Value.Texts t) {
            // an element whose only value is empty has no value, as it reads back from a file
            raw = t.values().size() == 1 && t.values().get(0).isEmpty() ? List.of() : t.values();
        } else {
            String text = decode(e, cs).text();
            if (text.isEmpty()) {
                return List.of();
            }
            raw = e.vr().isMultiValued() ? splitOnBackslash(text) : List.of(text);
        }
        if (!trim && e.value() instanceof Value.Texts) {
            return raw;
        }
        List<String> out = new ArrayList<>(raw.size());
        for (String v : raw) {
            out.add(trim(v, e.vr()));
        }
        return List.copyOf(out);
    }

    private static List<String> splitOnBackslash(String text) {
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', start)) {
            values.add(text.substring(start, i));
            start = i + 1;
        }
        values.add(text.substring(start));
        return values;
    }

    static String trim(String v, Vr vr) {
        int end = v.length();
        while (end > 0 && (v.charAt(end - 1) == ' ' || v.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        if (leadingSpacesInsignificant(vr)) {
            while (start < end && v.charAt(start) == ' ') {
                start++;
            }
        }
        return v.substring(start, end);
    }

    private static boolean leadingSpacesInsignificant(Vr vr) {
        return switch (vr) {
            case AE, AS, CS, DS, IS, LO, SH, TM, UI -> true;
            default -> false;
        };
    }
}
