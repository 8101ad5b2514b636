package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DecodedText;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text an element holds, as a person or a search would read it: text VRs decoded in the data set's
 * character set; UN and byte values read as UTF-8 when they are valid UTF-8, else as Latin-1, keeping runs of
 * printable characters; numbers as decimal text. Pixel Data and overlay bits are not text.
 *
 * <p>A tool may write text in another character set than the one it declares (UTF-8 bytes in a file that
 * declares ISO_IR 6 or ISO_IR 100). A text value holding bytes above 0x7F is therefore also read as UTF-8 when
 * its bytes are valid UTF-8, and as Latin-1 when the declared set cannot decode it: a name is found in whatever
 * encoding it was left.
 */
final class ElementText {

    private ElementText() {
    }

    /** True for elements whose bytes are pixels or bits, searched by the pixel checks instead. */
    static boolean isImage(Tag tag) {
        int g = tag.group();
        return tag.value() == 0x7FE00010 || tag.value() == 0x7FE00008 || tag.value() == 0x7FE00009
                || (g & 0xFF00) == 0x6000 && tag.element() == 0x3000 || (g & 0xFF00) == 0x5000;
    }

    /** The texts of an element (one per way of reading it; usually one). */
    static List<String> texts(Element e, SpecificCharacterSet cs) {
        List<String> out = new ArrayList<>();
        Value v = e.value();
        if (v instanceof Value.Texts t) {
            out.add(String.join("\\", t.values()));
        } else if (v instanceof Value.Bytes b) {
            if (e.vr().isText()) {
                DecodedText declared = cs.decode(b.array(), b.offset(), b.length(), e.vr());
                out.add(declared.text());
                if (highBytes(b)) {
                    Optional<String> utf8 = utf8(b);
                    utf8.filter(t -> !t.equals(declared.text())).ifPresent(out::add);
                    if (!declared.isExact() && utf8.isEmpty()) {
                        out.add(new String(b.array(), b.offset(), b.length(), StandardCharsets.ISO_8859_1));
                    }
                }
            } else if (e.vr() == Vr.UN || e.vr() == Vr.OB || e.vr() == Vr.OW || e.vr() == Vr.UT) {
                out.add(bytesAsText(b));
                if (cs.usesCodeExtensions() || !cs.terms().isEmpty()) {
                    out.add(cs.decode(b.array(), b.offset(), b.length(), Vr.LT).text());
                }
            }
        }
        return out;
    }

    private static boolean highBytes(Value.Bytes b) {
        for (int i = 0; i < b.length(); i++) {
            if (b.get(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** The bytes read as UTF-8, when they are valid UTF-8. */
    private static Optional<String> utf8(Value.Bytes b) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b.array(), b.offset(), b.length())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String bytesAsText(Value.Bytes b) {
        return utf8(b).orElseGet(() -> {
            // not UTF-8: keep the printable Latin-1 characters, with a space for anything else
            StringBuilder sb = new StringBuilder(b.length());
            for (int i = 0; i < b.length(); i++) {
                int c = b.get(i);
                sb.append(c >= 0x20 && c != 0x7F && (c < 0x80 || c >= 0xA0) ? (char) c : ' ');
            }
            return sb.toString();
        });
    }

    /** The whole text of a text element, decoded in the declared character set, trailing padding removed. */
    static String value(Dataset ds, Element e) {
        List<String> texts = texts(e, ds.characterSet());
        return texts.isEmpty() ? "" : trim(texts.get(0));
    }

    /** Every reading of {@link #texts}, trailing padding (spaces, NUL) removed. */
    static List<String> values(Dataset ds, Element e) {
        List<String> out = new ArrayList<>();
        texts(e, ds.characterSet()).forEach(t -> out.add(trim(t)));
        return out;
    }

    private static String trim(String t) {
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\0')) {
            end--;
        }
        return t.substring(0, end);
    }
}
