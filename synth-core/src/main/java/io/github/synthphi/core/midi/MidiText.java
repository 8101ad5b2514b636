package io.github.synthphi.core.midi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * MIDI's {@code validate_text(file, answer, method)}, the test behind text_retained, text_removed and the OCR
 * text of pixels_hidden, with its quirks:
 * <ol>
 *   <li>both texts lose every {@code <} and {@code >} and are lower-cased;</li>
 *   <li>when both look numeric (digits with at most one {@code .}), they are compared as numbers: retain passes
 *       when equal, remove when different;</li>
 *   <li>else when the whole answer is a substring of the file value, retain passes and remove fails;</li>
 *   <li>else the answer is split by {@link MidiTokenizer}, stop words, single ASCII punctuation characters and
 *       {@code “ ” ‘ ’ `` •} are dropped, and each remaining token counts as found when it is a substring of the
 *       file value (no word boundaries): retain passes when all are found (score found/total), remove when none is
 *       (score not-found/total); with no token left the check is blank.</li>
 * </ol>
 *
 * <pre>{@code
 * MidiText text = new MidiText(MidiStopWords.NLTK_2025);
 * text.validate("<SANCHEZ>", "SANCHEZ^TIMOTHY", MidiText.Method.REMOVE).verdict();   // PASS: ^ does not split
 * }</pre>
 */
public final class MidiText {

    /** What the answer text must do in the file value. */
    public enum Method {
        /** Stay: text_retained. */
        RETAIN,
        /** Go: text_removed and pixels_hidden. */
        REMOVE
    }

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Set<String> DROPPED = Set.of("“", "”", "‘", "’", "``", "•");

    private final MidiStopWords stopWords;
    private final MidiTokenizer.Nltk nltk;

    /** A validator dropping {@code stopWords}, tokenizing as NLTK 3.9 and later do. */
    public MidiText(MidiStopWords stopWords) {
        this(stopWords, MidiTokenizer.Nltk.V3_9);
    }

    /** A validator dropping {@code stopWords}, tokenizing as the NLTK release {@code nltk} does. */
    public MidiText(MidiStopWords stopWords, MidiTokenizer.Nltk nltk) {
        this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
        this.nltk = Objects.requireNonNull(nltk, "nltk");
    }

    /** The tokens of {@code answer} that count, after lower-casing and dropping as described on the class. */
    public List<String> tokens(String answer) {
        List<String> out = new ArrayList<>();
        for (String t : MidiTokenizer.wordTokenize(normalize(answer), nltk)) {
            boolean punctuation = t.length() == 1 && ASCII_PUNCTUATION.indexOf(t.charAt(0)) >= 0;
            if (!punctuation && !DROPPED.contains(t) && !stopWords.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Validates {@code answer} against {@code fileValue} as described on the class. */
    public MidiOutcome validate(String fileValue, String answer, Method method) {
        Objects.requireNonNull(fileValue, "fileValue");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(method, "method");
        String file = normalize(fileValue);
        String ans = normalize(answer);
        boolean retain = method == Method.RETAIN;
        if (looksNumeric(file) && looksNumeric(ans)) {
            boolean equal = Double.parseDouble(file) == Double.parseDouble(ans);
            return new MidiOutcome(retain == equal ? MidiVerdict.PASS : MidiVerdict.FAIL,
                    OptionalDouble.of(retain == equal ? 1 : 0), "numeric");
        }
        if (file.contains(ans)) {
            return retain ? MidiOutcome.pass() : MidiOutcome.fail();
        }
        List<String> tokens = tokens(answer);
        if (tokens.isEmpty()) {
            return MidiOutcome.blank("no token left in the answer after stop words and punctuation");
        }
        int found = 0;
        for (String t : tokens) {
            if (file.contains(t)) {
                found++;
            }
        }
        double total = tokens.size();
        if (retain) {
            return new MidiOutcome(found == tokens.size() ? MidiVerdict.PASS : MidiVerdict.FAIL,
                    OptionalDouble.of(found / total), "tokens");
        }
        return new MidiOutcome(found == 0 ? MidiVerdict.PASS : MidiVerdict.FAIL,
                OptionalDouble.of((tokens.size() - found) / total), "tokens");
    }

    static String normalize(String s) {
        return s.replace("<", "").replace(">", "").toLowerCase(Locale.ROOT);
    }

    /** Digits with at most one '.', nothing else (Python's {@code s.replace('.', '', 1).isdigit()} on ASCII). */
    static boolean looksNumeric(String s) {
        String t = s.replaceFirst("\\.", "");
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
