package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.synthphi.core.pixel.Box;
import org.junit.jupiter.api.Test;

class MidiPixelTextTest {

    @Test
    void writesMidiJsonWithAnExclusiveBottomRight() {
        assertThat(new MidiPixelText("DOE, JANE", new Box(5, 7, 183, 17)).toJson())
                .isEqualTo("{\"text\": \"DOE, JANE\", \"top_left\": [5, 7], \"bottom_right\": [188, 24]}");
        assertThat(new MidiPixelText("a\"b\\c\nd\r\te\u0001 Zoë 😀", new Box(-2, 0, 1, 1)).toJson())
                .isEqualTo("{\"text\": \"a\\\"b\\\\c\\nd\\r\\te\\u0001 Zoë 😀\", \"top_left\": [-2, 0], "
                        + "\"bottom_right\": [-1, 1]}");
    }

    @Test
    void readsBackWhatItWrites() {
        for (String text : TruthSamples.NASTY) {
            MidiPixelText t = new MidiPixelText(text, new Box(3, -4, 10, 0));
            assertThat(MidiPixelText.parse(t.toJson())).isEqualTo(t);
        }
    }

    @Test
    void readsOtherKeyOrdersOtherKeysAndEscapes() {
        MidiPixelText t = MidiPixelText.parse(" { \"font\" : {\"name\": \"Arial\", \"size\": [12.5, -1e3, true, null]},"
                + "\"bottom_right\":[20,30], \"top_left\":[10,10],\"text\":\"Zo\\u00eb \\/ \\ud83d\\ude00\" } ");
        assertThat(t).isEqualTo(new MidiPixelText("Zoë / 😀", new Box(10, 10, 10, 20)));
    }

    @Test
    void rejectsWhatIsNotThatJson() {
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse("DOE"))
                .withMessageContaining("at character 0: expected '{'");
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse("{\"text\": \"x\"}"))
                .withMessageContaining("needs \"text\", \"top_left\" and \"bottom_right\"");
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse(
                "{\"text\": \"x\", \"top_left\": [5, 5], \"bottom_right\": [4, 9]}")).withMessageContaining("left of");
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse(
                "{\"text\": \"x\", \"text\": \"y\", \"top_left\": [5, 5], \"bottom_right\": [6, 9]}"))
                .withMessageContaining("twice");
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse(
                "{\"text\": \"x\", \"top_left\": [5.5, 5], \"bottom_right\": [6, 9]}")).withMessageContaining("','");
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse("{\"text\": \"x\\q\"}"))
                .withMessageContaining("unknown escape");
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse(
                "{\"text\": \"x\", \"top_left\": [5, 5], \"bottom_right\": [6, 9]} extra"))
                .withMessageContaining("after the JSON object");
        assertThatIllegalArgumentException().isThrownBy(() -> MidiPixelText.parse("{\"text\": \"x"))
                .withMessageContaining("unexpected end");
    }
}
