package io.github.synthphi.core.identity;

/**
 * One name component in the three writings of a PN value: alphabetic, and ideographic and phonetic where
 * the locale has them (empty otherwise).
 */
record NamePart(String alphabetic, String ideographic, String phonetic) {

    static final NamePart EMPTY = new NamePart("", "", "");

    /** A component with an alphabetic writing only. */
    static NamePart alphabetic(String text) {
        return new NamePart(text, "", "");
    }
}
