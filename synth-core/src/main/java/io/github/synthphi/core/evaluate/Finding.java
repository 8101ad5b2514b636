package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.study.NaturalOrder;
import io.github.synthphi.core.truth.Action;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the de-identifier got wrong, with everything a person needs to find it: what kind of failure,
 * which output file and which source instance, where in the file (a tag path, or a frame and pixel box), what
 * was planted, what was found, the Safe Harbor or MIDI category, and what was expected.
 *
 * <pre>{@code
 * for (Finding f : evaluation.findings()) {
 *     System.out.println(f.kind() + " " + f.file() + " " + f.location() + ": " + f.found());
 * }
 * }</pre>
 *
 * @param kind the kind of failure
 * @param action the answer-key action that failed, when the finding comes from a check
 * @param file the output file, relative to the output folder; empty for a missing instance
 * @param sopInstanceUid the source instance's SOP Instance UID; empty for an unexpected output
 * @param location a MIDI tag path, or {@code frame N (x,y,w,h)} for pixels; empty when the whole file is meant
 * @param keyword the attribute's keyword or the mirrored attribute of burned text; empty when none
 * @param planted the value planted (for PHI) or kept in the source (for retention checks)
 * @param found what the output holds there
 * @param category the Safe Harbor code ({@code HIPAA-A}) or MIDI category
 * @param expected what the profile expects, in words
 * @param reason why the verdict is what it is
 */
public record Finding(Kind kind, Optional<Action> action, String file, String sopInstanceUid, String location,
                      String keyword, String planted, String found, String category, String expected, String reason) {

    /** The kinds of failure. */
    public enum Kind {
        /** A check of an answer-key entry failed. */
        CHECK_FAILED,
        /** A planted token was found somewhere in an output file, whatever the answer key says of that place. */
        RESIDUAL_PHI,
        /** A source instance has no output. */
        MISSING_INSTANCE,
        /** An output matches no source instance. */
        UNEXPECTED_INSTANCE,
        /**
         * An output file cannot be read. (Pixels that cannot be decoded fail each pixel check of the file, with
         * the reason.)
         */
        UNREADABLE_OUTPUT
    }

    /**
     * Findings sorted by file, then location (numbers in it compared as numbers, so a box at row 7 comes before one
     * at row 27), then kind, then the rest: the order of every report.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::sopInstanceUid).thenComparing(Finding::location, (x, y) -> {
                int c = NaturalOrder.compare(x, y);
                return c != 0 ? c : x.compareTo(y);
            })
            .thenComparing(Finding::kind).thenComparing(f -> f.action().map(Enum::name).orElse(""))
            .thenComparing(Finding::planted).thenComparing(Finding::found).thenComparing(Finding::reason);

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(planted, "planted");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(reason, "reason");
    }

    /** True for findings that mean PHI may have leaked (as opposed to lost clinical content). */
    public boolean isLeak() {
        return kind == Kind.RESIDUAL_PHI || kind == Kind.UNREADABLE_OUTPUT
                || kind == Kind.CHECK_FAILED && action.map(Action::removesPhi).orElse(false)
                || kind == Kind.UNEXPECTED_INSTANCE;
    }
}
