package io.github.synthphi.core.midi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A port of NLTK's {@code word_tokenize} for English, as MIDI's text checks use it: a Punkt-style sentence split,
 * then NLTK's Treebank word tokenizer (the {@code NLTKWordTokenizer} rules: starting quotes, punctuation,
 * brackets, double dashes, ending quotes, contractions) on each sentence.
 *
 * <p>The Treebank rules are ported rule by rule, for NLTK 3.8 and for 3.9 and later ({@link Nltk}; checked
 * against the installed NLTK by {@code NltkTokenizerIT}): 3.9 splits a leading apostrophe differently
 * ({@code 'tis}, {@code 'quoted'}), splits dashes U+2012 to U+2015 and folds whitespace. Punkt is approximated by its decisions on the lower-cased text
 * MIDI tokenizes: a sentence ends after {@code ?} or {@code !} followed by a space or punctuation, and after a
 * word ending in one {@code .} followed by a space, unless that word is an ellipsis, a single-letter initial,
 * a number, or one of a pinned list of common abbreviations (Punkt's trained English model knows more; a rarer
 * abbreviation followed by more text can split where NLTK does not), or the next word starts with a lower-case
 * letter after an initial or number. The difference between split and not split is only whether a final period
 * is a token of its own.
 *
 * <pre>{@code
 * MidiTokenizer.wordTokenize("p4^p101^s108^i0, gated, 0.0%");   // [p4^p101^s108^i0, ",", gated, ",", 0.0, %]
 * }</pre>
 */
public final class MidiTokenizer {

    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;

    private record Rule(Pattern pattern, String replacement) {
        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex, U), replacement);
    }

    /** The NLTK release whose tokenizer rules apply; MIDI's script uses whatever NLTK is installed. */
    public enum Nltk {
        /** NLTK 3.8 (Debian 12's python3-nltk). */
        V3_8,
        /** NLTK 3.9 and later (what pip installs today): a leading apostrophe, dashes and whitespace differ. */
        V3_9
    }

    private static final List<Rule> STARTING_QUOTES_COMMON = List.of(
            rule("([«“‘„]|[`]+)", " $1 "),
            rule("^\"", "``"),
            rule("(``)", " $1 "),
            rule("([ (\\[{<])(\"|'{2})", "$1 `` "));
    private static final Rule APOSTROPHE_3_8 = new Rule(Pattern.compile("(')(?!re|ve|ll|m|t|s|d|n)(\\w)\\b",
            U | Pattern.CASE_INSENSITIVE), "$1 $2");
    private static final Rule APOSTROPHE_3_9 = new Rule(Pattern.compile(
            "(?<!\\w)(')(?!(?:re|ve|ll|m|t|s|d|n)\\b)(?=\\w)", U | Pattern.CASE_INSENSITIVE), "$1 ");

    private static final List<Rule> PUNCTUATION = List.of(
            rule("([^.])(\\.)([\\])}>\"'»”’ ]*)\\s*$", "$1 $2 $3 "),
            rule("([:,])([^\\d])", " $1 $2"),
            rule("([:,])$", " $1 "),
            rule("\\.{2,}", " $0 "),
            rule("[;@#$%&]", " $0 "),
            rule("([^.])(\\.)([\\])}>\"']*)\\s*$", "$1 $2$3 "),
            rule("[?!]", " $0 "),
            rule("([^'])' ", "$1 ' "),
            rule("[*]", " $0 "));

    private static final Rule DASHES_3_9 = rule("[\\u2012-\\u2015]", " $0 ");
    private static final Rule WHITESPACE_3_9 = rule("\\s+", " ");
    private static final Rule PARENS_BRACKETS = rule("[\\]\\[(){}<>]", " $0 ");
    private static final Rule DOUBLE_DASHES = rule("--", " -- ");

    private static final List<Rule> ENDING_QUOTES = List.of(
            rule("([»”’])", " $1 "),
            rule("''", " '' "),
            rule("\"", " '' "),
            rule("([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 "),
            rule("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 "));

    private static final List<Rule> CONTRACTIONS = List.of(
            ci("\\b(can)(not)\\b"), ci("\\b(d)('ye)\\b"), ci("\\b(gim)(me)\\b"), ci("\\b(gon)(na)\\b"),
            ci("\\b(got)(ta)\\b"), ci("\\b(lem)(me)\\b"), ci("\\b(more)('n)\\b"), ci("\\b(wan)(na)(?=\\s)"),
            ci(" ('t)(is)\\b"), ci(" ('t)(was)\\b"));

    private static Rule ci(String regex) {
        return new Rule(Pattern.compile(regex, U | Pattern.CASE_INSENSITIVE), " $1 $2 ");
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", U);
    private static final Pattern NUMBER = Pattern.compile("^-?[.,]?\\d[\\d,.-]*\\.?$", U);
    private static final Pattern INITIAL = Pattern.compile("^[^\\W\\d]\\.$", U);
    private static final String NON_WORD = ")\";}]*:@'({[!?";
    private static final String CLOSERS = "\"')]}";
    private static final String WORD_START_EXCLUDED = "(\"`{[:;&#*@)}]-,";

    /** Common English abbreviations after which Punkt does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "jr", "sr", "vs", "etc",
            "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "u.s", "e.g", "i.e", "a.m", "p.m", "prof", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
            "mt", "ft", "ave", "blvd", "no", "vol", "fig", "approx", "dept", "univ", "assn", "bros");

    private MidiTokenizer() {
    }

    /** The tokens of {@code text}, as NLTK 3.9 or later's {@code word_tokenize(text)} gives them. */
    public static List<String> wordTokenize(String text) {
        return wordTokenize(text, Nltk.V3_9);
    }

    /** The tokens of {@code text}, as {@code word_tokenize(text)} of the NLTK release {@code nltk} gives them. */
    public static List<String> wordTokenize(String text, Nltk nltk) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nltk, "nltk");
        List<String> out = new ArrayList<>();
        for (String sentence : sentences(text)) {
            out.addAll(treebank(sentence, nltk));
        }
        return out;
    }

    /** The Treebank tokens of one sentence, by NLTK 3.9 or later. */
    static List<String> treebank(String sentence) {
        return treebank(sentence, Nltk.V3_9);
    }

    /** The Treebank tokens of one sentence ({@code NLTKWordTokenizer().tokenize}) by the release {@code nltk}. */
    static List<String> treebank(String sentence, Nltk nltk) {
        boolean v39 = nltk == Nltk.V3_9;
        String t = sentence;
        for (Rule r : STARTING_QUOTES_COMMON) {
            t = r.apply(t);
        }
        t = (v39 ? APOSTROPHE_3_9 : APOSTROPHE_3_8).apply(t);
        for (int i = 0; i < PUNCTUATION.size(); i++) {
            t = PUNCTUATION.get(i).apply(t);
            if (v39 && i == 4) {
                t = DASHES_3_9.apply(t); // after [;@#$%&], as in NLTK 3.9
            }
        }
        t = PARENS_BRACKETS.apply(t);
        t = DOUBLE_DASHES.apply(t);
        t = " " + t + " ";
        for (int i = 0; i < ENDING_QUOTES.size(); i++) {
            t = ENDING_QUOTES.get(i).apply(t);
            if (v39 && i == 2) {
                t = WHITESPACE_3_9.apply(t); // after the double quote, as in NLTK 3.9
            }
        }
        for (Rule r : CONTRACTIONS) {
            t = r.apply(t);
        }
        List<String> tokens = new ArrayList<>();
        for (String s : WHITESPACE.split(t)) {
            if (!s.isEmpty()) {
                tokens.add(s);
            }
        }
        return tokens;
    }

    /** The sentences of {@code text}, by the Punkt approximation described on the class. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int after = i + 1;
            if (after >= n) {
                break;
            }
            char next = text.charAt(after);
            boolean spaceNext = Character.isWhitespace(next);
            if (!spaceNext && NON_WORD.indexOf(next) < 0) {
                continue;
            }
            String nextWord = nextWord(text, after);
            if (spaceNext && nextWord.isEmpty()) {
                continue;
            }
            if (c == '.' && !breaksAfter(wordBefore(text, i), nextWord)) {
                continue;
            }
            int end = after;
            while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = end;
            i = end - 1;
        }
        String rest = text.substring(Math.min(start, n)).strip();
        if (!rest.isEmpty() || out.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static String wordBefore(String text, int period) {
        int s = period;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        String w = text.substring(s, period + 1);
        int k = 0;
        while (k < w.length() - 1 && WORD_START_EXCLUDED.indexOf(w.charAt(k)) >= 0) {
            k++;
        }
        return w.substring(k);
    }

    private static String nextWord(String text, int from) {
        int s = from;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    private static boolean breaksAfter(String word, String next) {
        if (word.endsWith("..")) {
            return false;
        }
        String stem = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(stem) || ABBREVIATIONS.contains(stem.substring(stem.lastIndexOf('-') + 1))) {
            return false;
        }
        if (INITIAL.matcher(word).matches() || NUMBER.matcher(word).matches()) {
            boolean lowerNext = !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
            boolean punctNext = next.length() == 1 && ";:,.!?".indexOf(next.charAt(0)) >= 0;
            return !(lowerNext || punctNext);
        }
        return true;
    }
}
