package io.github.synthphi.core.evaluate;

import java.util.Locale;

/**
 * A small builder of XHTML-compatible HTML: every element is closed, every text and attribute value escaped,
 * so that the report parses as XML as well as HTML.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    /**
     * {@code text} escaped for element content and attribute values: {@code & < > " '} become references, and
     * characters XML does not allow (control characters, lone surrogates) become visible {@code \}{@code uXXXX}.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                            || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Appends markup as it is. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends {@code <tag class="...">text</tag>}; no class attribute when {@code cssClass} is empty. */
    Html element(String tag, String cssClass, String text) {
        out.append('<').append(tag);
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        return raw(">").text(text).raw("</" + tag + ">");
    }

    /** Appends a table row of header cells. */
    Html headerRow(String... cells) {
        raw("<tr>");
        for (String c : cells) {
            element("th", "", c);
        }
        return raw("</tr>\n");
    }

    /** Appends a table row of data cells; cells from {@code numeric} on are right-aligned. */
    Html row(int numeric, String... cells) {
        raw("<tr>");
        for (int i = 0; i < cells.length; i++) {
            element("td", i >= numeric ? "n" : "", cells[i]);
        }
        return raw("</tr>\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
