package io.github.synthphi.core.midi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The English stop words of NLTK's {@code stopwords} corpus, which MIDI's text checks drop from the tokens of
 * the answer. MIDI's script downloads the corpus afresh on every run, so its list depends on the date of the run;
 * both published versions are pinned here.
 *
 * <pre>{@code
 * MidiStopWords.NLTK_2025.contains("the");   // true
 * MidiStopWords.NLTK_2025.contains("i'm");   // true; NLTK_2020 has no "i'm"
 * }</pre>
 */
public enum MidiStopWords {
    /** The 179 words of the corpus up to February 2025 (the MIDI-B challenge of 2024 ran with these). */
    NLTK_2020(base()),
    /** The 198 words since nltk_data added pronoun contractions in February 2025. */
    NLTK_2025(with2025(base()));

    private final Set<String> words;

    MidiStopWords(List<String> words) {
        this.words = Collections.unmodifiableSet(new LinkedHashSet<>(words));
    }

    /** The words, in the corpus file's order. */
    public Set<String> words() {
        return words;
    }

    /** True for a stop word (the corpus is lower case; {@code word} is compared as given). */
    public boolean contains(String word) {
        return words.contains(word);
    }

    private static List<String> base() {
        return List.of("i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "you're", "you've",
                "you'll", "you'd", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she",
                "she's", "her", "hers", "herself", "it", "it's", "its", "itself", "they", "them", "their", "theirs",
                "themselves", "what", "which", "who", "whom", "this", "that", "that'll", "these", "those", "am", "is",
                "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
                "doing", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at",
                "by", "for", "with", "about", "against", "between", "into", "through", "during", "before", "after",
                "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again",
                "further", "then", "once", "here", "there", "when", "where", "why", "how", "all", "any", "both",
                "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same",
                "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "don't", "should", "should've",
                "now", "d", "ll", "m", "o", "re", "ve", "y", "ain", "aren", "aren't", "couldn", "couldn't", "didn",
                "didn't", "doesn", "doesn't", "hadn", "hadn't", "hasn", "hasn't", "haven", "haven't", "isn", "isn't",
                "ma", "mightn", "mightn't", "mustn", "mustn't", "needn", "needn't", "shan", "shan't", "shouldn",
                "shouldn't", "wasn", "wasn't", "weren", "weren't", "won", "won't", "wouldn", "wouldn't");
    }

    private static List<String> with2025(List<String> base) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of("he'd", "he'll", "he's", "i'd", "i'll", "i'm", "i've", "it'd", "it'll", "she'd",
                "she'll", "they'd", "they'll", "they're", "they've", "we'd", "we'll", "we're", "we've"));
        return out;
    }
}
