package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected tokens written by hand from NLTK's Treebank rules and Punkt's decisions on lower-case text. */
class MidiTokenizerTest {

    @Test
    void theReferenceExampleKeepsCaretsAndSplitsCommasAndPercent() {
        assertThat(MidiTokenizer.wordTokenize("p4^p101^s108^i0, gated, 0.0%"))
                .containsExactly("p4^p101^s108^i0", ",", "gated", ",", "0.0", "%");
        assertThat(MidiTokenizer.wordTokenize("sanchez^timothy")).containsExactly("sanchez^timothy");
    }

    @Test
    void possessivesBracketsAndTheFinalPeriod() {
        assertThat(MidiTokenizer.wordTokenize("john's ct (chest)."))
                .containsExactly("john", "'s", "ct", "(", "chest", ")", ".");
        assertThat(MidiTokenizer.wordTokenize("o'neil")).containsExactly("o'neil");
    }

    @Test
    void contractionsAndQuotes() {
        assertThat(MidiTokenizer.wordTokenize("can't")).containsExactly("ca", "n't");
        assertThat(MidiTokenizer.wordTokenize("cannot")).containsExactly("can", "not");
        assertThat(MidiTokenizer.wordTokenize("a \"quoted\" text")).containsExactly("a", "``", "quoted", "''", "text");
    }

    @Test
    void aPeriodInsideTheTextEndsASentenceUnlessAbbreviationInitialOrNumber() {
        assertThat(MidiTokenizer.wordTokenize("dr. smith saw him. then left"))
                .containsExactly("dr.", "smith", "saw", "him", ".", "then", "left");
        assertThat(MidiTokenizer.wordTokenize("j. smith")).containsExactly("j.", "smith");
        assertThat(MidiTokenizer.wordTokenize("ward 5. bed 3")).containsExactly("ward", "5.", "bed", "3");
        assertThat(MidiTokenizer.wordTokenize("is it? yes")).containsExactly("is", "it", "?", "yes");
        assertThat(MidiTokenizer.wordTokenize("1.5 mm; 2.0 mm")).containsExactly("1.5", "mm", ";", "2.0", "mm");
    }

    @Test
    void nltk38And39DifferOnALeadingApostrophe() {
        assertThat(MidiTokenizer.wordTokenize("gonna 'tis", MidiTokenizer.Nltk.V3_8))
                .containsExactly("gon", "na", "'t", "is");
        assertThat(MidiTokenizer.wordTokenize("gonna 'tis", MidiTokenizer.Nltk.V3_9))
                .containsExactly("gon", "na", "'", "tis");
        assertThat(MidiTokenizer.wordTokenize("'single quoted'", MidiTokenizer.Nltk.V3_8))
                .containsExactly("'single", "quoted", "'");
        assertThat(MidiTokenizer.wordTokenize("'single quoted'", MidiTokenizer.Nltk.V3_9))
                .containsExactly("'", "single", "quoted", "'");
    }

    @Test
    void punctuationRules() {
        assertThat(MidiTokenizer.wordTokenize("a,b c: d@e.org #1 & 2"))
                .as("a comma before a non-digit splits; before a digit it does not")
                .containsExactly("a", ",", "b", "c", ":", "d", "@", "e.org", "#", "1", "&", "2");
        assertThat(MidiTokenizer.wordTokenize("1,000 ml")).containsExactly("1,000", "ml");
        assertThat(MidiTokenizer.wordTokenize("wait... now--go"))
                .containsExactly("wait", "...", "now", "--", "go");
        assertThat(MidiTokenizer.wordTokenize("")).isEmpty();
    }
}
