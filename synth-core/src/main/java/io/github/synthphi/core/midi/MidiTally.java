package io.github.synthphi.core.midi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Pass, Fail and Blank counts, in all and by action and by category, as on the Scoring, Actions and Categories
 * tabs of MIDI's scoring workbook. Score = Pass / (Pass + Fail + Blank); the check scores never enter it.
 *
 * <pre>{@code
 * MidiTally t = score.instanceLevel();
 * String s = t.all().scoreText();   // "99.83%"
 * }</pre>
 */
public final class MidiTally {

    /**
     * Counts of one line.
     *
     * @param pass checks passed
     * @param fail checks failed
     * @param blank checks with NULL check_passed
     */
    public record Counts(long pass, long fail, long blank) {
        static final Counts ZERO = new Counts(0, 0, 0);

        /** Pass + Fail + Blank. */
        public long total() {
            return pass + fail + blank;
        }

        /** Pass / Total, 0 without checks. */
        public double score() {
            return total() == 0 ? 0 : (double) pass / total();
        }

        /**
         * The score as MIDI's workbook writes it, {@code "99.83%"}: as Python's {@code format(score, ".2%")}, the
         * score times 100 in double arithmetic, then its exact binary value rounded half-even to two decimals.
         */
        public String scoreText() {
            return new BigDecimal(score() * 100).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
        }

        Counts plus(MidiVerdict v) {
            return switch (v) {
                case PASS -> new Counts(pass + 1, fail, blank);
                case FAIL -> new Counts(pass, fail + 1, blank);
                case BLANK -> new Counts(pass, fail, blank + 1);
            };
        }
    }

    private Counts all = Counts.ZERO;
    private final SortedMap<String, Counts> byAction = new TreeMap<>();
    private final SortedMap<String, Counts> byCategory = new TreeMap<>();

    MidiTally() {
    }

    void add(String action, MidiCategories.Assigned category, MidiVerdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        all = all.plus(verdict);
        byAction.merge(action, Counts.ZERO.plus(verdict), MidiTally::sum);
        byCategory.merge(category.category() + " / " + category.subcategory(), Counts.ZERO.plus(verdict),
                MidiTally::sum);
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.pass + b.pass, a.fail + b.fail, a.blank + b.blank);
    }

    /** The row "All". */
    public Counts all() {
        return all;
    }

    /** By action, such as {@code text_removed}, sorted. */
    public SortedMap<String, Counts> byAction() {
        return Collections.unmodifiableSortedMap(byAction);
    }

    /** By {@code category / subcategory}, such as {@code hipaa / HIPAA-C}, sorted. */
    public SortedMap<String, Counts> byCategory() {
        return Collections.unmodifiableSortedMap(byCategory);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Pass %d, Fail %d, Blank %d, Total %d, Score %s", all.pass, all.fail,
                all.blank, all.total(), all.scoreText());
    }
}
