package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.TagPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The formatting the reports share: capped values, scores, category families and locations. */
final class ReportText {

    /** The most code points of a value a report shows; longer values end in {@code ...}. */
    static final int MAX_VALUE = 500;

    private ReportText() {
    }

    /** {@code value}, cut after {@link #MAX_VALUE} code points (never inside a surrogate pair). */
    static String cap(String value) {
        if (value.length() <= MAX_VALUE || value.codePointCount(0, value.length()) <= MAX_VALUE) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE)) + "...";
    }

    /** A share from 0 to 1 with at most four decimals and no trailing zeros: {@code 1}, {@code 0.6667}. */
    static String decimal(double share) {
        BigDecimal d = BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * {@code pass / total} as a percentage with two decimals, rounded half up, except that a failure never shows
     * as {@code 100.00%} and a pass never as {@code 0.00%}; {@code 100.00%} when there is nothing to count.
     */
    static String percent(int pass, int total) {
        if (total == 0) {
            return "100.00%";
        }
        BigDecimal p = BigDecimal.valueOf(pass * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        if (pass < total && p.compareTo(BigDecimal.valueOf(100)) >= 0) {
            p = new BigDecimal("99.99");
        } else if (pass > 0 && p.signum() == 0) {
            p = new BigDecimal("0.01");
        }
        return p.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%";
    }

    /**
     * MIDI's report category of a category code: {@code hipaa}, {@code dicom} or {@code tcia} from the code's
     * prefix ({@code HIPAA-A} is hipaa), {@code unknown} otherwise.
     */
    static String family(String category) {
        int dash = category.indexOf('-');
        String prefix = (dash < 0 ? category : category.substring(0, dash)).toLowerCase(Locale.ROOT);
        return prefix.equals("hipaa") || prefix.equals("dicom") || prefix.equals("tcia") ? prefix : "unknown";
    }

    /** A category code, or {@code unknown} for none. */
    static String subcategory(String category) {
        return category.isEmpty() ? "unknown" : category;
    }

    /**
     * Where an entry is, as the evaluator's findings name it: the MIDI tag path, or {@code frames F (x,y,w,h)}
     * with the ink box of burned text.
     */
    static String location(AnswerKeyEntry e) {
        return e.tagPath().map(TagPath::toMidi).orElseGet(() -> e.region().map(g -> {
            Box b = g.inkBox();
            return String.format(Locale.ROOT, "frames %s (%d,%d,%d,%d)", frames(g.frames()), b.x(), b.y(),
                    b.width(), b.height());
        }).orElse(""));
    }

    private static String frames(List<Integer> frames) {
        if (frames.isEmpty()) {
            return "-";
        }
        return frames.size() == 1 ? Integer.toString(frames.get(0))
                : frames.get(0) + "-" + frames.get(frames.size() - 1);
    }

    /** The last segment of a relative path with {@code /}. */
    static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
