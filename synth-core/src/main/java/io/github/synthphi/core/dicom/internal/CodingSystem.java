package io.github.synthphi.core.dicom.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * One character repertoire of PS3.3 C.12.1.1.2 with its defined terms, its ISO 2022 escape sequence and
 * how its bytes map to Unicode. The two-byte sets are decoded through the EUC form of the same table (JIS
 * X 0208 bytes plus 0x80 are EUC-JP, and so on), which every JDK ships.
 */
public enum CodingSystem {
    IR6("ISO_IR 6", "ISO 2022 IR 6", false, 1, "US-ASCII", "(B"),
    IR100("ISO_IR 100", "ISO 2022 IR 100", true, 1, "ISO-8859-1", "-A"),
    IR101("ISO_IR 101", "ISO 2022 IR 101", true, 1, "ISO-8859-2", "-B"),
    IR109("ISO_IR 109", "ISO 2022 IR 109", true, 1, "ISO-8859-3", "-C"),
    IR110("ISO_IR 110", "ISO 2022 IR 110", true, 1, "ISO-8859-4", "-D"),
    IR144("ISO_IR 144", "ISO 2022 IR 144", true, 1, "ISO-8859-5", "-L"),
    IR127("ISO_IR 127", "ISO 2022 IR 127", true, 1, "ISO-8859-6", "-G"),
    IR126("ISO_IR 126", "ISO 2022 IR 126", true, 1, "ISO-8859-7", "-F"),
    IR138("ISO_IR 138", "ISO 2022 IR 138", true, 1, "ISO-8859-8", "-H"),
    IR148("ISO_IR 148", "ISO 2022 IR 148", true, 1, "ISO-8859-9", "-M"),
    IR203("ISO_IR 203", "ISO 2022 IR 203", true, 1, "ISO-8859-15", "-b"),
    IR166("ISO_IR 166", "ISO 2022 IR 166", true, 1, "TIS-620", "-T"),
    /** JIS X 0201: katakana in G1; its Roman half in G0 is read as ASCII, as DICOM toolkits do. */
    IR13("ISO_IR 13", "ISO 2022 IR 13", true, 1, "JIS_X0201", ")I"),
    IR87(null, "ISO 2022 IR 87", false, 2, "EUC-JP", "$B"),
    IR159(null, "ISO 2022 IR 159", false, 2, "EUC-JP", "$(D"),
    IR149(null, "ISO 2022 IR 149", true, 2, "EUC-KR", "$)C"),
    IR58(null, "ISO 2022 IR 58", true, 2, "GB2312", "$)A"),
    IR192("ISO_IR 192", null, false, 0, "UTF-8", null),
    GB18030("GB18030", null, false, 0, "GB18030", null),
    GBK("GBK", null, false, 0, "GBK", null);

    private final String term;
    private final String iso2022Term;
    private final boolean g1;
    private final int bytesPerChar;
    private final Charset charset;
    private final byte[] escape;
    private final char[] highHalf;

    CodingSystem(String term, String iso2022Term, boolean g1, int bytesPerChar, String charset, String escape) {
        this.term = term;
        this.iso2022Term = iso2022Term;
        this.g1 = g1;
        this.bytesPerChar = bytesPerChar;
        this.charset = charset.equals("JIS_X0201") ? null : Charset.forName(charset);
        this.escape = escape == null ? null : ("\u001B" + escape).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.highHalf = bytesPerChar == 1 && g1 ? highHalfTable(this.charset) : null;
    }

    private static char[] highHalfTable(Charset cs) {
        char[] table = new char[128];
        for (int b = 0x80; b <= 0xFF; b++) {
            if (cs == null) { // JIS X 0201 katakana: 0xA1..0xDF are U+FF61..U+FF9F
                table[b - 0x80] = b >= 0xA1 && b <= 0xDF ? (char) (0xFF61 + b - 0xA1) : '\uFFFD';
            } else {
                String s = new String(new byte[] {(byte) b}, cs);
                table[b - 0x80] = s.length() == 1 ? s.charAt(0) : '\uFFFD';
            }
        }
        return table;
    }

    /** The defined term of the set when used alone, such as {@code ISO_IR 100}; empty for ISO 2022-only sets. */
    public Optional<String> term() {
        return Optional.ofNullable(term);
    }

    /** The defined term with code extensions, such as {@code ISO 2022 IR 87}; empty for sets without. */
    public Optional<String> iso2022Term() {
        return Optional.ofNullable(iso2022Term);
    }

    /** Finds the set of a defined term, with or without code extensions. */
    public static Optional<CodingSystem> ofTerm(String definedTerm) {
        String t = definedTerm.strip();
        for (CodingSystem cs : values()) {
            if (t.equals(cs.term) || t.equals(cs.iso2022Term)) {
                return Optional.of(cs);
            }
        }
        return Optional.empty();
    }

    /** True when the set is invoked in G1 (the bytes 0xA0 and above). */
    public boolean isG1() {
        return g1;
    }

    /** Bytes per character in ISO 2022 use: 1 or 2; 0 for sets that are not used with code extensions. */
    public int bytesPerChar() {
        return bytesPerChar;
    }

    /** The escape sequence that designates this set, ESC included. */
    public byte[] escape() {
        return escape.clone();
    }

    boolean escapeMatches(byte[] b, int pos, int end) {
        if (escape == null || end - pos < escape.length) {
            return false;
        }
        for (int i = 0; i < escape.length; i++) {
            if (b[pos + i] != escape[i]) {
                return false;
            }
        }
        return true;
    }

    int escapeLength() {
        return escape.length;
    }

    /** Maps a byte 0x80..0xFF of a one-byte G1 set; U+FFFD when undefined. */
    char highByte(int b) {
        return highHalf[b - 0x80];
    }

    /** Decodes one two-byte character given as 7-bit bytes (G0 sets) or 8-bit bytes (G1 sets). */
    String decodePair(int b1, int b2) {
        byte[] euc = this == IR159
                ? new byte[] {(byte) 0x8F, (byte) (b1 | 0x80), (byte) (b2 | 0x80)}
                : new byte[] {(byte) (b1 | 0x80), (byte) (b2 | 0x80)};
        try {
            return strictDecoder().decode(ByteBuffer.wrap(euc)).toString();
        } catch (CharacterCodingException e) {
            return "\uFFFD";
        }
    }

    /** Decodes bytes of a set used without code extensions; undecodable bytes become U+FFFD. */
    public String decodeWhole(byte[] b, int off, int len) {
        if (charset == null) {
            StringBuilder sb = new StringBuilder(len);
            for (int i = off; i < off + len; i++) {
                int c = b[i] & 0xFF;
                sb.append(c < 0x80 ? (char) c : highByte(c));
            }
            return sb.toString();
        }
        return new String(b, off, len, charset);
    }

    /** True when every byte decodes under this set alone (no replacement needed). */
    public boolean decodesCleanly(byte[] b, int off, int len) {
        if (charset == null) {
            return decodeWhole(b, off, len).indexOf('\uFFFD') < 0;
        }
        try {
            strictDecoder().decode(ByteBuffer.wrap(b, off, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Encodes one character for ISO 2022 use: the bytes as they stand in G0 (7-bit) or G1 (8-bit), or null
     * when this set cannot represent it.
     */
    byte[] encodeChar(int codePoint) {
        if (this == IR6) {
            return codePoint < 0x80 ? new byte[] {(byte) codePoint} : null;
        }
        if (this == IR13) {
            return codePoint >= 0xFF61 && codePoint <= 0xFF9F ? new byte[] {(byte) (codePoint - 0xFF61 + 0xA1)} : null;
        }
        byte[] enc = encodeStrict(new String(Character.toChars(codePoint)));
        if (enc == null) {
            return null;
        }
        if (bytesPerChar == 1) {
            return enc.length == 1 && (enc[0] & 0xFF) >= 0xA0 ? enc : null;
        }
        if (this == IR159) {
            return enc.length == 3 && (enc[0] & 0xFF) == 0x8F
                    ? new byte[] {(byte) (enc[1] & 0x7F), (byte) (enc[2] & 0x7F)} : null;
        }
        if (enc.length != 2 || (enc[0] & 0xFF) < 0xA1 || (enc[1] & 0xFF) < 0xA1) {
            return null;
        }
        return isG1() ? enc : new byte[] {(byte) (enc[0] & 0x7F), (byte) (enc[1] & 0x7F)};
    }

    /** Encodes text with this set used alone; null when a character cannot be represented. */
    byte[] encodeStrict(String text) {
        if (charset == null) {
            byte[] out = new byte[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    out[i] = (byte) c;
                } else if (c >= 0xFF61 && c <= 0xFF9F) {
                    out[i] = (byte) (c - 0xFF61 + 0xA1);
                } else {
                    return null;
                }
            }
            return out;
        }
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private CharsetDecoder strictDecoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
