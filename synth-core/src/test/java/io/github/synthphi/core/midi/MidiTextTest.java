package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** validate_text verdicts, each derived by hand from the documented rules. */
class MidiTextTest {

    private final MidiText text = new MidiText(MidiStopWords.NLTK_2025);

    @Test
    void thePartialScoreOfTheReferenceExample() {
        MidiOutcome o = text.validate("<^I0, Gated, 0.0%>", "P4^P101^S108^I0, Gated, 0.0%", MidiText.Method.RETAIN);
        assertThat(o.verdict()).isEqualTo(MidiVerdict.FAIL);
        assertThat(o.score().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aCaretNameWithOneComponentLeftPassesRemoval() {
        assertThat(text.validate("<SANCHEZ>", "SANCHEZ^TIMOTHY", MidiText.Method.REMOVE).verdict())
                .isEqualTo(MidiVerdict.PASS);
        assertThat(text.validate("<SANCHEZ^TIMOTHY>", "SANCHEZ^TIMOTHY", MidiText.Method.REMOVE).verdict())
                .as("the whole answer is a substring").isEqualTo(MidiVerdict.FAIL);
    }

    @Test
    void stopWordsAreSkippedSoAStateCodeLeaks() {
        MidiOutcome o = text.validate("<OR>", "PORTLAND OR", MidiText.Method.REMOVE);
        assertThat(o.verdict()).isEqualTo(MidiVerdict.PASS);
        assertThat(o.score().getAsDouble()).isEqualTo(1.0);
        assertThat(text.tokens("PORTLAND OR")).containsExactly("portland");
    }

    @Test
    void noTokenLeftIsBlank() {
        MidiOutcome o = text.validate("<AXIAL>", "THE", MidiText.Method.RETAIN);
        assertThat(o.verdict()).isEqualTo(MidiVerdict.BLANK);
        assertThat(o.score()).isEmpty();
        assertThat(text.validate("<AXIAL>", ".", MidiText.Method.REMOVE).verdict())
                .as("a single ASCII punctuation token is dropped").isEqualTo(MidiVerdict.BLANK);
        assertThat(text.validate("<AXIAL>", "...", MidiText.Method.REMOVE).verdict())
                .as("an ellipsis is one token of three characters, kept").isEqualTo(MidiVerdict.PASS);
    }

    @Test
    void numbersAreComparedAsNumbers() {
        assertThat(text.validate("<5.0>", "5", MidiText.Method.RETAIN).verdict()).isEqualTo(MidiVerdict.PASS);
        assertThat(text.validate("<12>", "12", MidiText.Method.REMOVE).verdict()).isEqualTo(MidiVerdict.FAIL);
        assertThat(text.validate("<120>", "12", MidiText.Method.REMOVE).verdict())
                .as("numeric branch before the substring branch").isEqualTo(MidiVerdict.PASS);
        assertThat(text.validate("<-12>", "12", MidiText.Method.REMOVE).verdict())
                .as("a sign is not numeric, so the substring branch decides").isEqualTo(MidiVerdict.FAIL);
    }

    @Test
    void substringsHaveNoWordBoundariesAndCaseIsIgnored() {
        assertThat(text.validate("<CLINICAL>", "LI", MidiText.Method.REMOVE).verdict()).isEqualTo(MidiVerdict.FAIL);
        assertThat(text.validate("<GATED>", "Gated", MidiText.Method.RETAIN).verdict()).isEqualTo(MidiVerdict.PASS);
        assertThat(text.validate("<x>", "MULLER", MidiText.Method.REMOVE).verdict()).isEqualTo(MidiVerdict.PASS);
    }

    @Test
    void theTwoStopWordListsDifferByTheContractions() {
        assertThat(MidiStopWords.NLTK_2020.words()).hasSize(179);
        assertThat(MidiStopWords.NLTK_2025.words()).hasSize(198).containsAll(MidiStopWords.NLTK_2020.words());
        assertThat(MidiStopWords.NLTK_2020.contains("i'm")).isFalse();
        assertThat(MidiStopWords.NLTK_2025.contains("i'm")).isTrue();
    }
}
