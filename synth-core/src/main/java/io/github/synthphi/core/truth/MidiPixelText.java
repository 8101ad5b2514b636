package io.github.synthphi.core.truth;

import io.github.synthphi.core.pixel.Box;

/**
 * MIDI's {@code action_text} of a {@code pixels_hidden} check: a JSON object with the burned {@code text},
 * the box's {@code top_left} [x, y] and {@code bottom_right} [x, y]. MIDI crops {@code [y0:y1, x0:x1]}, so
 * bottom_right is exclusive: the column and row just past the box, {@code [x + width, y + height]}.
 *
 * <p>Written always in one form, {@code {"text": "...", "top_left": [x, y], "bottom_right": [x, y]}}, with
 * only {@code "}, {@code \} and control characters escaped (other characters stay as they are in the UTF-8
 * file). Read leniently: keys in any order, other keys (such as MIDI's optional {@code font}) skipped, any
 * JSON escape.
 *
 * @param text the burned text
 * @param box the box, from top_left and bottom_right
 */
record MidiPixelText(String text, Box box) {

    /** The JSON form. */
    String toJson() {
        StringBuilder sb = new StringBuilder("{\"text\": \"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append("\", \"top_left\": [").append(box.x()).append(", ").append(box.y())
                .append("], \"bottom_right\": [").append(box.right()).append(", ").append(box.bottom())
                .append("]}").toString();
    }

    /**
     * Reads the JSON form.
     *
     * @throws IllegalArgumentException naming the character where the text stops being what is expected
     */
    static MidiPixelText parse(String json) {
        return new Parser(json).object();
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        MidiPixelText object() {
            String text = null;
            int[] topLeft = null;
            int[] bottomRight = null;
            space();
            expect('{');
            space();
            boolean more = peek() != '}';
            while (more) {
                String key = string();
                space();
                expect(':');
                space();
                if (key.equals("text") && text == null) {
                    text = string();
                } else if (key.equals("top_left") && topLeft == null) {
                    topLeft = pair();
                } else if (key.equals("bottom_right") && bottomRight == null) {
                    bottomRight = pair();
                } else if (key.equals("text") || key.equals("top_left") || key.equals("bottom_right")) {
                    throw error("the key \"" + key + "\" appears twice");
                } else {
                    skipValue();
                }
                space();
                more = peek() == ',';
                if (more) {
                    pos++;
                    space();
                }
            }
            expect('}');
            space();
            if (pos < s.length()) {
                throw error("text after the JSON object");
            }
            if (text == null || topLeft == null || bottomRight == null) {
                throw new IllegalArgumentException("a pixels_hidden action_text needs \"text\", \"top_left\" and "
                        + "\"bottom_right\": " + s);
            }
            if (bottomRight[0] < topLeft[0] || bottomRight[1] < topLeft[1]) {
                throw new IllegalArgumentException("bottom_right is above or left of top_left: " + s);
            }
            return new MidiPixelText(text, new Box(topLeft[0], topLeft[1], bottomRight[0] - topLeft[0],
                    bottomRight[1] - topLeft[1]));
        }

        private int[] pair() {
            expect('[');
            space();
            int x = integer();
            space();
            expect(',');
            space();
            int y = integer();
            space();
            expect(']');
            return new int[] {x, y};
        }

        private int integer() {
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
            }
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            try {
                return Integer.parseInt(s.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("expected an integer");
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> sb.append(hex4());
                    default -> throw error("unknown escape \\" + e);
                }
            }
        }

        private char hex4() {
            if (pos + 4 > s.length()) {
                throw error("expected four hex digits");
            }
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int d = Character.digit(s.charAt(pos + i), 16);
                if (d < 0 || s.charAt(pos + i) > 'f') {
                    throw error("expected four hex digits");
                }
                v = v << 4 | d;
            }
            pos += 4;
            return (char) v;
        }

        private void skipValue() {
            char c = peek();
            if (c == '"') {
                string();
            } else if (c == '[' || c == '{') {
                char close = c == '[' ? ']' : '}';
                pos++;
                space();
                if (peek() == close) {
                    pos++;
                    return;
                }
                while (true) {
                    if (close == '}') {
                        string();
                        space();
                        expect(':');
                        space();
                    }
                    skipValue();
                    space();
                    if (peek() != ',') {
                        expect(close);
                        return;
                    }
                    pos++;
                    space();
                }
            } else {
                int start = pos;
                while (pos < s.length() && "+-.0123456789eEtruefalsn".indexOf(s.charAt(pos)) >= 0) {
                    pos++;
                }
                if (pos == start) {
                    throw error("expected a JSON value");
                }
            }
        }

        private void space() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == '\n'
                    || s.charAt(pos) == '\r')) {
                pos++;
            }
        }

        private char peek() {
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            return s.charAt(pos);
        }

        private char next() {
            char c = peek();
            pos++;
            return c;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("not the JSON of a pixels_hidden action_text at character " + pos
                    + ": " + message + " in '" + s + "'");
        }
    }
}
