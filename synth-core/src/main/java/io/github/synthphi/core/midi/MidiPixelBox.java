package io.github.synthphi.core.midi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.synthphi.core.pixel.Box;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code action_text} of a MIDI {@code pixels_hidden} check: a JSON object with the burned {@code text},
 * the box's {@code top_left} [x, y] and {@code bottom_right} [x, y], and an optional {@code font}. MIDI crops
 * {@code [y0:y1, x0:x1]}, so bottom_right is exclusive.
 *
 * <pre>{@code
 * MidiPixelBox b = MidiPixelBox.parse(check.actionText().orElseThrow());
 * Box where = b.box();
 * String json = new MidiPixelBox("JOHN DOE", new Box(10, 20, 80, 12), Optional.empty()).toJson();
 * }</pre>
 *
 * @param text the burned text
 * @param box the box
 * @param font the font name, when the key gives one
 */
public record MidiPixelBox(String text, Box box, Optional<String> font) {

    private static final JsonFactory JSON = new JsonFactory();

    public MidiPixelBox {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(font, "font");
    }

    /** The JSON form: {@code {"text": ..., "top_left": [x, y], "bottom_right": [x, y]}}, then font if any. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("text", text);
            g.writeArrayFieldStart("top_left");
            g.writeNumber(box.x());
            g.writeNumber(box.y());
            g.writeEndArray();
            g.writeArrayFieldStart("bottom_right");
            g.writeNumber(box.right());
            g.writeNumber(box.bottom());
            g.writeEndArray();
            if (font.isPresent()) {
                g.writeStringField("font", font.get());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        return out.toString();
    }

    /**
     * Reads the JSON form; other keys are skipped.
     *
     * @throws IllegalArgumentException when the text is not such an object
     */
    public static MidiPixelBox parse(String json) {
        Objects.requireNonNull(json, "json");
        String text = null;
        String font = null;
        int[] topLeft = null;
        int[] bottomRight = null;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a pixels_hidden action_text is a JSON object: " + json);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "text" -> text = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "font" -> font = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "top_left" -> topLeft = pair(p, json);
                    case "bottom_right" -> bottomRight = pair(p, json);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON object: " + json);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a pixels_hidden action_text is not JSON (" + e.getOriginalMessage()
                    + "): " + json, e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory", e);
        }
        if (text == null || topLeft == null || bottomRight == null) {
            throw new IllegalArgumentException("a pixels_hidden action_text needs \"text\", \"top_left\" and "
                    + "\"bottom_right\": " + json);
        }
        if (bottomRight[0] < topLeft[0] || bottomRight[1] < topLeft[1]) {
            throw new IllegalArgumentException("bottom_right is above or left of top_left: " + json);
        }
        Box box = new Box(topLeft[0], topLeft[1], bottomRight[0] - topLeft[0], bottomRight[1] - topLeft[1]);
        return new MidiPixelBox(text, box, Optional.ofNullable(font));
    }

    private static int[] pair(JsonParser p, String json) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("a corner is an array of two integers [x, y]: " + json);
        }
        int x = p.getIntValue();
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("a corner is an array of two integers [x, y]: " + json);
        }
        int y = p.getIntValue();
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("a corner is an array of two integers [x, y]: " + json);
        }
        return new int[] {x, y};
    }
}
