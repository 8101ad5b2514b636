package io.github.synthphi.core.truth;

import java.util.ArrayList;
import java.util.List;

/** Reads the MIDI tag-path syntax; see {@link TagPath}. */
final class TagPathParser {

    private final String text;
    private int pos;

    private TagPathParser(String text) {
        this.text = text;
    }

    static TagPath parse(String text) {
        return new TagPathParser(text.strip()).path();
    }

    private TagPath path() {
        List<TagPath.Node> nodes = new ArrayList<>();
        while (true) {
            expect("<(");
            int group = hex(4);
            expect(",");
            String creator = "";
            int element;
            if (peek() == '"') {
                pos++;
                int end = text.indexOf('"', pos);
                if (end < 0) {
                    throw error("unterminated private creator");
                }
                creator = text.substring(pos, end);
                pos = end + 1;
                expect(",");
                element = hex(2);
            } else {
                element = hex(4);
            }
            expect(")>");
            int item = -1;
            if (pos < text.length() && peek() == '[') {
                expect("[<");
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (pos == start || pos - start > 4) {
                    throw error("expected an item index of 1 to 4 digits");
                }
                item = Integer.parseInt(text.substring(start, pos));
                expect(">]");
            }
            nodes.add(new TagPath.Node(group, element, creator, item));
            if (pos == text.length()) {
                if (item >= 0) {
                    throw error("a path cannot end with an item index");
                }
                return new TagPath(nodes);
            }
            if (item < 0) {
                throw error("expected an item index [<NNNN>] before the next element");
            }
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    private void expect(String token) {
        if (!text.startsWith(token, pos)) {
            throw error("expected '" + token + "'");
        }
        pos += token.length();
    }

    private int hex(int digits) {
        if (pos + digits > text.length()) {
            throw error("expected " + digits + " hex digits");
        }
        String h = text.substring(pos, pos + digits);
        for (int i = 0; i < h.length(); i++) {
            if (Character.digit(h.charAt(i), 16) < 0) {
                throw error("expected " + digits + " hex digits");
            }
        }
        pos += digits;
        return Integer.parseInt(h, 16);
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("not a MIDI tag path at character " + pos + ": " + message + " in '"
                + text + "'");
    }
}
