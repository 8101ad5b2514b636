package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.Objects;
import java.util.Optional;

/**
 * One searchable piece of a planted value: a word, a number, a rendering of a date, a UID, or a run of
 * characters of a script written without spaces.
 *
 * @param text the folded text searched for
 * @param kind how it is matched
 * @param plantedValue the whole value it came from, as planted
 * @param category the Safe Harbor category of that value
 * @param source where the value was planted: a tag path or a field name
 */
public record PlantedToken(String text, Kind kind, String plantedValue, Optional<SafeHarbor> category, String source) {

    /** How a token is found in text. */
    public enum Kind {
        /** Letters (or letters and digits): a whole word, case and diacritics folded. */
        WORD,
        /** Four or more digits: a whole number. */
        NUMBER,
        /** A rendering of a date: bounded by non-digits. */
        DATE,
        /** A UID: bounded by characters that are neither digits nor dots. */
        UID,
        /** Han, kana or Hangul: anywhere, as these scripts have no spaces between words. */
        UNSPACED,
        /**
         * The two-letter state or region code of an address ({@code IN}, {@code OR}, {@code ME}): a whole word
         * like {@link #WORD}, judged where the address was planted but not searched elsewhere, as a state alone
         * identifies nobody (Safe Harbor keeps states) and many codes are also English words.
         */
        REGION
    }

    public PlantedToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plantedValue, "plantedValue");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
    }

    /** True for words of three letters or fewer (and region codes), searched only in names and free text. */
    public boolean isShort() {
        return kind == Kind.REGION || kind == Kind.WORD && text.length() <= 3;
    }
}
