package io.github.synthphi.core.identity;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The locales synth makes people in, each with the character repertoire its values keep to and the DICOM
 * Specific Character Set (0008,0005) that declares it.
 *
 * <ul>
 *   <li>{@link #EN_US} (the default): plain ASCII, the default repertoire ISO_IR 6.</li>
 *   <li>{@link #DE_DE}: names with umlauts and ß; every value is Latin-1, ISO_IR 100.</li>
 *   <li>{@link #JA_JP}: person names with three component groups, alphabetic (romaji, ASCII), ideographic
 *       (kanji) and phonetic (hiragana), such as {@code Yamada^Tarou=山田^太郎=やまだ^たろう}; other text in
 *       kanji and kana of JIS X 0208, ISO 2022 IR 87 with ISO 2022 IR 6.</li>
 * </ul>
 *
 * <pre>{@code
 * IdentityLocale locale = IdentityLocale.forLanguageTag("de-DE").orElse(IdentityLocale.DEFAULT);
 * List<String> terms = locale.specificCharacterSet();       // [ISO_IR 100]
 * boolean ok = locale.canEncode("Müller");                   // true
 * }</pre>
 */
public enum IdentityLocale {
    /** English, United States. */
    EN_US("en-US", List.of()),
    /** German, Germany. */
    DE_DE("de-DE", List.of("ISO_IR 100")),
    /** Japanese, Japan. */
    JA_JP("ja-JP", List.of("", "ISO 2022 IR 87"));

    /** The locale used when none is given: {@link #EN_US}. */
    public static final IdentityLocale DEFAULT = EN_US;

    private final String languageTag;
    private final List<String> specificCharacterSet;

    IdentityLocale(String languageTag, List<String> specificCharacterSet) {
        this.languageTag = languageTag;
        this.specificCharacterSet = specificCharacterSet;
    }

    /** The BCP 47 language tag, such as {@code de-DE}. */
    public String languageTag() {
        return languageTag;
    }

    /** The {@link java.util.Locale} of the tag, built explicitly (never the JVM's default locale). */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(languageTag);
    }

    /**
     * The terms of Specific Character Set (0008,0005) for values of this locale; empty for the default
     * repertoire. The list is unmodifiable.
     */
    public List<String> specificCharacterSet() {
        return specificCharacterSet;
    }

    /**
     * True when every character of {@code text} is in this locale's repertoire: printable ASCII for en-US,
     * printable Latin-1 for de-DE, ASCII and JIS X 0208 for ja-JP. Control characters and the backslash (the
     * DICOM value delimiter) are never accepted.
     */
    private static final io.github.synthphi.core.dicom.SpecificCharacterSet JAPANESE =
            io.github.synthphi.core.dicom.SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));

    /**
     * True when the text encodes in ISO 2022 IR 87 within 64 bytes, escapes included, and no two-byte character
     * has the byte 0x5C: validators such as dciodvfy count bytes and split values at every 0x5C.
     */
    private static boolean fitsIso2022(String text) {
        if (!Charset.forName("ISO-2022-JP").newEncoder().canEncode(text)) {
            return false;
        }
        byte[] encoded;
        try {
            encoded = JAPANESE.encode(text, io.github.synthphi.core.dicom.Vr.LO);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (byte b : encoded) {
            if (b == '\\') {
                return false;
            }
        }
        return encoded.length <= 64;
    }

    public boolean canEncode(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean printable = (c >= 0x20 && c < 0x7F) || c >= 0xA0;
            if (!printable || c == '\\') {
                return false;
            }
        }
        return switch (this) {
            case EN_US -> text.chars().allMatch(c -> c < 0x7F);
            case DE_DE -> text.chars().allMatch(c -> c <= 0xFF);
            case JA_JP -> fitsIso2022(text);
        };
    }

    /** The locale of a language tag such as {@code en-US} or {@code ja_JP} (either separator, any case). */
    public static Optional<IdentityLocale> forLanguageTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        String normal = tag.replace('_', '-');
        for (IdentityLocale l : values()) {
            if (l.languageTag.equalsIgnoreCase(normal)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
