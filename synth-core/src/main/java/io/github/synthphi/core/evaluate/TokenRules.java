package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.SafeHarbor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How planted values become tokens to search for, and which pieces are not searched on their own.
 *
 * <ul>
 *   <li>A UID is one token, matched whole.</li>
 *   <li>A date (DA, the date of a DT, or a date written in text such as {@code 02/14/1958}) gives every
 *       rendering of {@link DateRenderings}.</li>
 *   <li>Other text is split at everything that is not a letter or digit (PN's {@code ^} and {@code =},
 *       spaces, punctuation). A word of letters (or letters and digits) of two or more characters is a token
 *       in its folded and, for German umlauts, transliterated forms; a run of four or more digits is a number
 *       token; a run of two or more Han, kana or Hangul characters is searched anywhere.</li>
 *   <li>Not searched alone, because they identify nobody: single letters and digits, runs of one to three
 *       digits, a four-digit year by itself, times, and the {@link #COMMON} words (titles, name suffixes,
 *       street, place and institution words such as the {@code New} of town names, and the clinical words synth
 *       plants as controls). Sex codes are one
 *       letter, so they are never searched.</li>
 *   <li>In an address (a value of {@link SafeHarbor#GEOGRAPHIC_SUBDIVISIONS}), a word of two capital letters is
 *       its state or region code: a {@link PlantedToken.Kind#REGION} token even when it is a common word such
 *       as {@code IN}, so an address cut down to its state still fails where it was planted (MIDI's stop words
 *       skip {@code OR}, {@code IN} and {@code ME}), while the residual search leaves states alone.</li>
 * </ul>
 */
public final class TokenRules {

    /** Words that identify nobody on their own; folded. */
    public static final Set<String> COMMON = Set.of(
            "MR", "MRS", "MS", "MISS", "DR", "PROF", "JR", "SR", "II", "III", "IV", "MD", "PHD", "DDS", "RN", "HERR",
            "FRAU", "THE", "OF", "AND", "AN", "AT", "IN", "ON", "FOR", "TO", "BY", "PER", "DE", "VON", "VAN", "DER",
            "DEN", "DEL", "LA", "LE", "UND", "FUR", "AM", "IM", "ZUR", "ZUM", "ST", "SAINT", "STREET", "STR",
            "STRASSE", "AVE", "AVENUE", "ROAD", "RD", "SUITE", "APT", "UNIT", "BLVD", "LANE", "LN", "DRIVE", "WAY",
            "PLACE", "COURT", "CT", "NEW", "HOSPITAL", "MEDICAL", "CENTER", "CENTRE", "CLINIC", "KLINIKUM", "KLINIK",
            "KRANKENHAUS", "UNIVERSITY", "UNIVERSITATSKLINIKUM", "MEMORIAL", "REGIONAL", "GENERAL", "COMMUNITY",
            "HEALTH", "DEPARTMENT", "RADIOLOGY", "IMAGING", "CARDIOLOGY", "EMERGENCY", "BUILDING", "WING", "HAUS",
            "BAU", "PAVILLON", "MRN", "DOB", "ACC", "REF", "OP", "ID", "BORN", "PHONE", "CALL", "USA", "UNITED",
            "STATES", "DEUTSCHLAND", "GERMANY", "JAPAN", "CHART", "ANNOTATION");

    private TokenRules() {
    }

    /** The tokens of a UID value. */
    public static List<PlantedToken> uid(String uid, Optional<SafeHarbor> category, String source) {
        String u = uid.strip();
        return u.isEmpty() ? List.of() : List.of(new PlantedToken(u, PlantedToken.Kind.UID, uid, category, source));
    }

    /** The tokens of a date. */
    public static List<PlantedToken> date(LocalDate date, String planted, Optional<SafeHarbor> category,
                                          String source) {
        List<PlantedToken> out = new ArrayList<>();
        for (String r : DateRenderings.of(date)) {
            out.add(new PlantedToken(r, PlantedToken.Kind.DATE, planted, category, source));
        }
        return out;
    }

    /** The tokens of free text or a name: words, numbers, unspaced runs, and any dates written in it. */
    public static List<PlantedToken> text(String value, Optional<SafeHarbor> category, String source) {
        List<PlantedToken> out = new ArrayList<>();
        for (LocalDate d : DateRenderings.parseAll(value)) {
            out.addAll(date(d, value, category, source));
        }
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean unspaced = TextFolding.isUnspaced(cp);
            int start = i;
            while (i < value.length()) {
                int c = value.codePointAt(i);
                if (!Character.isLetterOrDigit(c) || TextFolding.isUnspaced(c) != unspaced) {
                    break;
                }
                i += Character.charCount(c);
            }
            String word = value.substring(start, i);
            if (unspaced) {
                if (word.codePointCount(0, word.length()) >= 2) {
                    out.add(new PlantedToken(TextFolding.fold(word), PlantedToken.Kind.UNSPACED, value, category,
                            source));
                }
            } else {
                addWord(word, value, category, source, out);
            }
        }
        return dedupe(out);
    }

    private static void addWord(String word, String value, Optional<SafeHarbor> category, String source,
                                List<PlantedToken> out) {
        boolean digits = word.chars().allMatch(Character::isDigit);
        if (digits) {
            if (word.length() >= 4 && !isYear(word)) {
                out.add(new PlantedToken(word, PlantedToken.Kind.NUMBER, value, category, source));
            }
            return;
        }
        String folded = TextFolding.fold(word);
        if (category.filter(c -> c == SafeHarbor.GEOGRAPHIC_SUBDIVISIONS).isPresent() && word.length() == 2
                && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            out.add(new PlantedToken(folded, PlantedToken.Kind.REGION, value, category, source));
            return;
        }
        if (folded.length() < 2 || COMMON.contains(folded)) {
            return;
        }
        out.add(new PlantedToken(folded, PlantedToken.Kind.WORD, value, category, source));
        String german = TextFolding.transliterate(word);
        if (!german.equals(folded)) {
            out.add(new PlantedToken(german, PlantedToken.Kind.WORD, value, category, source));
        }
        // digits inside an ID such as A161662504 are searched on their own too
        StringBuilder run = new StringBuilder();
        for (int k = 0; k <= word.length(); k++) {
            char c = k < word.length() ? word.charAt(k) : 'x';
            if (Character.isDigit(c)) {
                run.append(c);
            } else {
                if (run.length() >= 4 && !isYear(run.toString())) {
                    out.add(new PlantedToken(run.toString(), PlantedToken.Kind.NUMBER, value, category, source));
                }
                run.setLength(0);
            }
        }
    }

    private static boolean isYear(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= 1800 && y <= 2199;
    }

    private static List<PlantedToken> dedupe(List<PlantedToken> tokens) {
        List<PlantedToken> out = new ArrayList<>();
        for (PlantedToken t : tokens) {
            boolean seen = false;
            for (PlantedToken o : out) {
                if (o.text().equals(t.text()) && o.kind() == t.kind()) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(t);
            }
        }
        return out;
    }
}
