package io.github.synthphi.core.dicom.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Text with ISO 2022 code extensions (PS3.5 6.1.2.5): escape sequences switch the G0 and G1 sets; a
 * delimiter (CR, LF, FF, TAB, the value separator, and for PN also {@code ^} and {@code =}) returns both to
 * the sets of the first value.
 */
public final class Iso2022 {

    private static final int ESC = 0x1B;

    private Iso2022() {
    }

    private static boolean isDelimiter(int c, boolean personName) {
        return c == '\\' || c == '\r' || c == '\n' || c == '\f' || c == '\t' || personName && (c == '^' || c == '=');
    }

    /** The G1 set of the first value, if it designates one. */
    private static CodingSystem initialG1(List<CodingSystem> systems) {
        CodingSystem first = systems.get(0);
        return first.isG1() && first.bytesPerChar() == 1 ? first : null;
    }

    /** Decodes bytes with code extensions; undecodable bytes and unknown escapes become U+FFFD. */
    public static String decode(byte[] b, int off, int len, List<CodingSystem> systems, boolean personName) {
        StringBuilder sb = new StringBuilder(len);
        CodingSystem g0 = CodingSystem.IR6;
        CodingSystem g1 = initialG1(systems);
        int end = off + len;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c == ESC) {
                CodingSystem designated = designation(b, i, end);
                if (designated == null) {
                    sb.append('\uFFFD');
                    i++;
                    continue;
                }
                i += designated.escapeLength();
                if (designated.isG1()) {
                    g1 = designated;
                } else {
                    g0 = designated;
                }
                continue;
            }
            if (c < 0x80) {
                if (g0.bytesPerChar() == 2) {
                    if (i + 1 < end && c >= 0x21 && c <= 0x7E) {
                        sb.append(g0.decodePair(c, b[i + 1] & 0x7F));
                        i += 2;
                    } else {
                        // a control character or a lone byte inside a two-byte run
                        sb.append(c < 0x21 ? (char) c : '\uFFFD');
                        i++;
                    }
                    continue;
                }
                sb.append((char) c);
                if (isDelimiter(c, personName)) {
                    g0 = CodingSystem.IR6;
                    g1 = initialG1(systems);
                }
                i++;
                continue;
            }
            if (g1 == null) {
                sb.append('\uFFFD');
                i++;
            } else if (g1.bytesPerChar() == 2) {
                if (i + 1 < end && (b[i + 1] & 0xFF) >= 0x80) {
                    sb.append(g1.decodePair(c, b[i + 1] & 0xFF));
                    i += 2;
                } else {
                    sb.append('\uFFFD');
                    i++;
                }
            } else {
                sb.append(g1.highByte(c));
                i++;
            }
        }
        return sb.toString();
    }

    private static CodingSystem designation(byte[] b, int pos, int end) {
        for (CodingSystem cs : CodingSystem.values()) {
            if (cs.bytesPerChar() > 0 && cs.escapeMatches(b, pos, end)) {
                return cs;
            }
        }
        // ESC ( J designates the Roman half of JIS X 0201 into G0, read as ASCII
        if (end - pos >= 3 && b[pos + 1] == '(' && b[pos + 2] == 'J') {
            return CodingSystem.IR6; // same length as ESC ( B
        }
        return null;
    }

    /** Encodes text with code extensions, choosing for each character the first declared set that has it. */
    public static byte[] encode(String text, List<CodingSystem> systems, boolean personName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2 + 8);
        CodingSystem initialG1 = initialG1(systems);
        CodingSystem g0 = CodingSystem.IR6;
        CodingSystem g1 = initialG1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (g0 != CodingSystem.IR6) {
                    out.writeBytes(CodingSystem.IR6.escape());
                    g0 = CodingSystem.IR6;
                }
                if (isDelimiter(cp, personName) && g1 != initialG1) {
                    if (initialG1 != null) {
                        out.writeBytes(initialG1.escape());
                    }
                    g1 = initialG1;
                }
                out.write(cp);
                continue;
            }
            CodingSystem chosen = null;
            byte[] bytes = null;
            for (CodingSystem cs : preference(g0, g1, systems)) {
                bytes = cs == null || cs.bytesPerChar() == 0 ? null : cs.encodeChar(cp);
                if (bytes != null) {
                    chosen = cs;
                    break;
                }
            }
            if (chosen == null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "character U+%04X '%s' is in none of the declared character sets %s", cp,
                        new String(Character.toChars(cp)), names(systems)));
            }
            if (chosen.isG1() && chosen != g1) {
                out.writeBytes(chosen.escape());
                g1 = chosen;
            } else if (!chosen.isG1() && chosen != g0) {
                out.writeBytes(chosen.escape());
                g0 = chosen;
            }
            out.writeBytes(bytes);
        }
        if (g0 != CodingSystem.IR6) {
            out.writeBytes(CodingSystem.IR6.escape());
        }
        return out.toByteArray();
    }

    private static CodingSystem[] preference(CodingSystem g0, CodingSystem g1, List<CodingSystem> systems) {
        CodingSystem[] order = new CodingSystem[systems.size() + 2];
        order[0] = g0;
        order[1] = g1;
        for (int i = 0; i < systems.size(); i++) {
            order[i + 2] = systems.get(i);
        }
        return order;
    }

    private static String names(List<CodingSystem> systems) {
        StringBuilder sb = new StringBuilder();
        for (CodingSystem cs : systems) {
            sb.append(sb.length() == 0 ? "" : ", ")
                    .append(cs.iso2022Term().orElseGet(() -> cs.term().orElse(cs.name())));
        }
        return sb.toString();
    }

    /** Encodes text with one set and no code extensions. */
    public static byte[] encodeSingle(String text, CodingSystem system, List<String> terms) {
        byte[] out = system.encodeStrict(text);
        if (out == null) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (system.encodeStrict(new String(Character.toChars(cp))) == null) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "character U+%04X '%s' at %d cannot be encoded in %s", cp,
                            new String(Character.toChars(cp)), i,
                            terms.isEmpty() ? "the default repertoire ISO_IR 6" : String.join("\\", terms)));
                }
                i += Character.charCount(cp);
            }
            throw new IllegalArgumentException("text cannot be encoded in " + String.join("\\", terms));
        }
        return out;
    }
}
