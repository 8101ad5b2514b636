package io.github.synthphi.core.pixel;

import java.util.Locale;

/** How characters are named in messages: the character itself when printable, and always its code point. */
final class Characters {

    private Characters() {
    }

    /** {@code 'A' (U+0041)}, or just {@code U+000A} for a character that would not print on its own. */
    static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        int type = Character.getType(codePoint);
        boolean printable = type != Character.UNASSIGNED && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && !Character.isWhitespace(codePoint);
        return printable ? "'" + Character.toString(codePoint) + "' (" + code + ")" : code;
    }
}
