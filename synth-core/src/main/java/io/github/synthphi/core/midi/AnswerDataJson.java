package io.github.synthphi.core.midi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.synthphi.core.truth.Action;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and writes the JSON of MIDI's {@code AnswerData} column with jackson-core's streaming API: an object
 * keyed {@code "0"}, {@code "1"}, ..., each value one check. Texts are wrapped in angle brackets when written
 * and unwrapped (one pair, when present) when read, except {@code tag} and {@code tag_ds}.
 */
final class AnswerDataJson {

    private static final JsonFactory JSON = new JsonFactory();

    private AnswerDataJson() {
    }

    /** What went wrong in one check, before the caller adds the file and row. */
    static final class BadCheck extends Exception {
        private static final long serialVersionUID = 1L;

        BadCheck(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static List<MidiCheck> parse(String json) throws BadCheck {
        List<MidiCheck> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadCheck("AnswerData is not a JSON object", null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new BadCheck("check \"" + key + "\" is not a JSON object", null);
                }
                out.add(check(key, p));
            }
        } catch (JsonProcessingException e) {
            throw new BadCheck("AnswerData is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory", e);
        }
        return out;
    }

    private static MidiCheck check(String key, JsonParser p) throws IOException, BadCheck {
        String action = null;
        String tag = null;
        String tagDs = null;
        String tagName = null;
        String value = null;
        String actionText = null;
        String scope = null;
        List<String> v1 = new ArrayList<>();
        SortedMap<String, String> v2 = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "action" -> action = scalar(p);
                case "tag" -> tag = scalar(p);
                case "tag_ds" -> tagDs = scalar(p);
                case "tag_name" -> tagName = unwrap(scalar(p));
                case "value" -> value = unwrap(scalar(p));
                case "action_text" -> actionText = unwrap(scalar(p));
                case "scope" -> scope = unwrap(scalar(p));
                case "answer_category" -> v1 = list(p);
                case "answer_category_v2" -> flatten(p, "", v2);
                default -> p.skipChildren();
            }
        }
        if (action == null) {
            throw new BadCheck("check \"" + key + "\" has no action", null);
        }
        String a = action;
        Action parsed = Action.of(action).orElseThrow(() -> new BadCheck("check \"" + key
                + "\" field action: unknown action '" + a + "'", null));
        return new MidiCheck(key, parsed, Optional.ofNullable(tag), Optional.ofNullable(tagDs),
                Optional.ofNullable(tagName), Optional.ofNullable(value), Optional.ofNullable(actionText),
                Optional.ofNullable(scope), v1, v2);
    }

    /** A scalar as text (numbers and booleans as written), null for JSON null; nested values are skipped. */
    private static String scalar(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return p.getText();
    }

    private static List<String> list(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            String s = unwrap(scalar(p));
            if (s != null) {
                out.add(s);
            }
            return out;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String s = unwrap(scalar(p));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** {"hipaa": {"z": ..}, "prev_cat": ..} to hipaa_z, prev_cat; arrays joined with ", ". */
    private static void flatten(JsonParser p, String prefix, SortedMap<String, String> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                flatten(p, name + "_", out);
            } else if (t == JsonToken.START_ARRAY) {
                List<String> items = list(p);
                if (!items.isEmpty()) {
                    out.put(name, String.join(", ", items));
                }
            } else {
                String s = unwrap(scalar(p));
                if (s != null) {
                    out.put(name, s);
                }
            }
        }
    }

    /** Removes one pair of MIDI's angle brackets. */
    static String unwrap(String s) {
        if (s != null && s.length() >= 2 && s.charAt(0) == '<' && s.charAt(s.length() - 1) == '>') {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    static String wrap(String s) {
        return "<" + s + ">";
    }

    /** The JSON of {@code checks}, fields in a fixed order, texts wrapped. */
    static String write(List<MidiCheck> checks) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (MidiCheck c : checks) {
                g.writeObjectFieldStart(c.key());
                g.writeStringField("action", wrap(c.action().midiName()));
                field(g, "tag", c.tag(), false);
                field(g, "tag_ds", c.tagDs(), false);
                field(g, "tag_name", c.tagName(), true);
                field(g, "value", c.value(), true);
                field(g, "action_text", c.actionText(), true);
                field(g, "scope", c.scope(), true);
                g.writeArrayFieldStart("answer_category");
                for (String s : c.categories()) {
                    g.writeString(wrap(s));
                }
                g.writeEndArray();
                g.writeObjectFieldStart("answer_category_v2");
                writeV2(g, c);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        return out.toString();
    }

    private static void writeV2(JsonGenerator g, MidiCheck c) throws IOException {
        String[][] groups = {{"hipaa", "z", "m"}, {"dicom", "p15", "iod", "safe"}, {"tcia", "ptkb", "p15", "rev"}};
        for (String[] group : groups) {
            g.writeObjectFieldStart(group[0]);
            for (int i = 1; i < group.length; i++) {
                field(g, group[i], c.categoryV2(group[0] + "_" + group[i]), true);
            }
            g.writeEndObject();
        }
        field(g, "prev_cat", c.categoryV2("prev_cat"), true);
    }

    private static void field(JsonGenerator g, String name, Optional<String> text, boolean wrap) throws IOException {
        if (text.isPresent()) {
            g.writeStringField(name, wrap ? wrap(text.get()) : text.get());
        } else {
            g.writeNullField(name);
        }
    }
}
