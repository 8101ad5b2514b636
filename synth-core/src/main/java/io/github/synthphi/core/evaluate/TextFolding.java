package io.github.synthphi.core.evaluate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How planted tokens and found text are compared: case folded with {@link Locale#ROOT}, diacritics removed
 * (a tool that writes MULLER for Müller still leaks), compatibility forms unified (full-width letters, ligatures)
 * and the letters that do not decompose spelled out (ß as SS, Æ as AE, Ø as O, Ł as L, Đ as D, Þ as TH).
 *
 * <pre>{@code
 * TextFolding.fold("Müller-Weiß");        // "MULLER-WEISS"
 * TextFolding.transliterate("Müller");    // "MUELLER", the German spelling without umlauts
 * }</pre>
 */
public final class TextFolding {

    private TextFolding() {
    }

    /** The folded form of {@code text}. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> sb.append("SS");
                case 'æ', 'Æ' -> sb.append("AE");
                case 'œ', 'Œ' -> sb.append("OE");
                case 'ø', 'Ø' -> sb.append('O');
                case 'ł', 'Ł' -> sb.append('L');
                case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('D');
                case 'þ', 'Þ' -> sb.append("TH");
                case 'ı' -> sb.append('I');
                default -> sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** The German transliteration of umlauts (ä as ae, ö as oe, ü as ue), then folded. */
    public static String transliterate(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ä' -> sb.append("ae");
                case 'ö' -> sb.append("oe");
                case 'ü' -> sb.append("ue");
                case 'Ä' -> sb.append("AE");
                case 'Ö' -> sb.append("OE");
                case 'Ü' -> sb.append("UE");
                default -> sb.append(c);
            }
        }
        return fold(sb.toString());
    }

    /** True for characters of scripts written without spaces between words (Han, kana, Hangul). */
    public static boolean isUnspaced(int codePoint) {
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
