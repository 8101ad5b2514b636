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

    /** Encrypted Content (0400,0520), an item of the Encrypted Attributes Sequence (0400,0500). */
    static final int ENCRYPTED_CONTENT = 0x04000520;

    /** The DER encoding of the object identifier of CMS EnvelopedData, 1.2.840.113549.1.7.3 (RFC 5652). */
    private static final int[] ENVELOPED_DATA = {0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03};

    /**
     * True for ciphertext: Encrypted Content (0400,0520) holding a CMS EnvelopedData (a DER or BER SEQUENCE whose
     * content type is id-envelopedData), where PS3.15 E.1.1 has a de-identifier keep the original attributes,
     * readable only with the recipient's private key. Its bytes are random: read as text they would spell short
     * planted words by chance. Encrypted Content that is not such an envelope is read as bytes like any other.
     */
    static boolean isCiphertext(Element e) {
        if (e.tag().value() != ENCRYPTED_CONTENT || !(e.value() instanceof Value.Bytes b) || b.length() < 2
                || b.get(0) != 0x30) {
            return false;
        }
        int lengthByte = b.get(1);
        int header;
        if (lengthByte <= 0x80) {
            header = 2; // short form, or 0x80: indefinite length (BER)
        } else if (lengthByte <= 0x84) {
            header = 2 + (lengthByte & 0x7F);
        } else {
            return false;
        }
        if (b.length() < header + ENVELOPED_DATA.length) {
            return false;
        }
        for (int i = 0; i < ENVELOPED_DATA.length; i++) {
            if (b.get(header + i) != ENVELOPED_DATA[i]) {
                return false;
            }
        }
        return true;
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
