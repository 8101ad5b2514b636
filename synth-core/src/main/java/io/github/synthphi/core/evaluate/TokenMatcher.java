package io.github.synthphi.core.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds planted tokens in text. Words and numbers are matched as whole words of the folded text (so
 * {@code MÜLLER} matches {@code muller} but not {@code Mullerton}); dates as renderings bounded by non-digits;
 * UIDs bounded by characters that are neither digits nor dots; runs of unspaced scripts anywhere. Words of
 * three letters or fewer are matched only where names and free text are (the caller says so).
 *
 * <pre>{@code
 * TokenMatcher m = new TokenMatcher(TokenRules.text("Müller^Anna", Optional.of(SafeHarbor.NAMES), "PatientName"));
 * List<TokenMatcher.Match> hits = m.find("Report for MULLER A.", true);   // MULLER
 * }</pre>
 */
public final class TokenMatcher {

    /**
     * A token found in text.
     *
     * @param token the planted token
     * @param found the text that matched, as it stands in the searched text's folded form
     */
    public record Match(PlantedToken token, String found) {
    }

    private final Map<String, List<PlantedToken>> words = new HashMap<>();
    /** Dates by rendering: one token per distinct text (the first planted value with that rendering). */
    private final Map<String, PlantedToken> dates = new java.util.LinkedHashMap<>();
    /** UIDs by value, found by looking up every run of digits and dots of the text. */
    private final Map<String, List<PlantedToken>> uids = new HashMap<>();
    private final List<PlantedToken> unspaced = new ArrayList<>();

    /** A matcher of {@code tokens}. */
    public TokenMatcher(List<PlantedToken> tokens) {
        for (PlantedToken t : tokens) {
            switch (t.kind()) {
                case WORD, NUMBER, REGION -> words.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t);
                case DATE -> dates.putIfAbsent(t.text(), t);
                case UID -> uids.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t);
                case UNSPACED -> unspaced.add(t);
                default -> throw new IllegalStateException("unknown kind " + t.kind());
            }
        }
    }

    /**
     * The tokens found in {@code text}, in the order of the tokens' kinds and positions.
     *
     * @param namesAndFreeText whether the text is a name or free text, where short words are searched too
     */
    public List<Match> find(String text, boolean namesAndFreeText) {
        List<Match> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        String folded = TextFolding.fold(text);
        boolean digits = false;
        for (int k = 0; k < folded.length() && !digits; k++) {
            digits = Character.isDigit(folded.charAt(k));
        }
        int i = 0;
        while (i < folded.length()) {
            int cp = folded.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) || TextFolding.isUnspaced(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < folded.length()) {
                int c = folded.codePointAt(i);
                if (!Character.isLetterOrDigit(c) || TextFolding.isUnspaced(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            String word = folded.substring(start, i);
            addWord(word, namesAndFreeText, out);
            addDigitRuns(word, out);
        }
        if (digits) {
            for (PlantedToken t : dates.values()) {
                if (occursBounded(folded, t.text(), false) || startsDateTime(folded, t.text())) {
                    out.add(new Match(t, t.text()));
                }
            }
            addUids(folded, out);
        }
        for (PlantedToken t : unspaced) {
            if (folded.contains(t.text())) {
                out.add(new Match(t, t.text()));
            }
        }
        return out;
    }

    /** Every maximal run of digits and dots, without dots at its ends, looked up as a UID. */
    private void addUids(String text, List<Match> out) {
        if (uids.isEmpty()) {
            return;
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            int from = start;
            int to = i;
            while (from < to && text.charAt(from) == '.') {
                from++;
            }
            while (to > from && text.charAt(to - 1) == '.') {
                to--;
            }
            List<PlantedToken> hits = uids.get(text.substring(from, to));
            if (hits != null) {
                hits.forEach(t -> out.add(new Match(t, t.text())));
            }
        }
    }

    private void addWord(String word, boolean namesAndFreeText, List<Match> out) {
        List<PlantedToken> hits = words.get(word);
        if (hits == null) {
            return;
        }
        for (PlantedToken t : hits) {
            if (!t.isShort() || namesAndFreeText) {
                out.add(new Match(t, word));
            }
        }
    }

    /** Numbers inside words (an ID such as A161662504 holds 161662504). */
    private void addDigitRuns(String word, List<Match> out) {
        if (isDigits(word)) {
            return; // the whole word was looked up already
        }
        int k = 0;
        while (k < word.length()) {
            if (!Character.isDigit(word.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            while (k < word.length() && Character.isDigit(word.charAt(k))) {
                k++;
            }
            List<PlantedToken> hits = words.get(word.substring(start, k));
            if (hits != null) {
                for (PlantedToken t : hits) {
                    if (t.kind() == PlantedToken.Kind.NUMBER) {
                        out.add(new Match(t, word.substring(start, k)));
                    }
                }
            }
        }
    }

    private static boolean occursBounded(String text, String token, boolean dotsBind) {
        int from = 0;
        while (true) {
            int at = text.indexOf(token, from);
            if (at < 0) {
                return false;
            }
            int end = at + token.length();
            boolean left = at == 0 || !binds(text.charAt(at - 1), dotsBind);
            boolean right = end == text.length() || !binds(text.charAt(end), dotsBind);
            if (left && right) {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * True when an eight-digit date starts a run of digits as long as a DT value's date and time (10, 12 or 14
     * digits): {@code 20190223182914} holds the date {@code 20190223}.
     */
    private static boolean startsDateTime(String text, String date) {
        if (date.length() != 8 || !isDigits(date)) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(date, from);
            if (at < 0) {
                return false;
            }
            int end = at;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            int run = end - at;
            if ((at == 0 || !Character.isDigit(text.charAt(at - 1))) && (run == 10 || run == 12 || run == 14)) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean binds(char c, boolean dotsBind) {
        return Character.isDigit(c) || dotsBind && c == '.';
    }
}
