package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Finding.Kind;
import io.github.synthphi.core.truth.Action;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which findings of an evaluation each assertion of {@link DeidOutputAssert} considers.
 *
 * <p>Two rules hold for all of them: an unreadable output ({@link Kind#UNREADABLE_OUTPUT}) fails every selection
 * but {@link #MISSING}, because nothing about such a file can be shown (fail closed); and a missing instance
 * ({@link Kind#MISSING_INSTANCE}) fails only {@link #LEAKS}, {@link #MISSING} and {@link #ALL}, so that a
 * de-identifier which drops an instance on purpose is judged on that by one assertion, not by all.
 */
enum FindingSelection implements Predicate<Finding> {

    /** Every finding that means PHI may have leaked ({@link Finding#isLeak()}), and missing instances. */
    LEAKS(f -> f.isLeak() || f.kind() == Kind.MISSING_INSTANCE),

    /**
     * Residual PHI found anywhere in a header, and failed header checks: {@code text_removed} (but not of
     * overlay bits), {@code date_shifted}, {@code uid_changed}, {@code uid_consistent} and
     * {@code patid_consistent}.
     */
    HEADER_PHI(f -> f.kind() == Kind.RESIDUAL_PHI || failed(f, EnumSet.of(Action.DATE_SHIFTED, Action.UID_CHANGED,
            Action.UID_CONSISTENT, Action.PATID_CONSISTENT)) || failed(f, Action.TEXT_REMOVED) && !isOverlayData(f)),

    /** Failed {@code pixels_hidden} checks and failed {@code text_removed} checks of Overlay Data (60xx,3000). */
    BURNED_IN_PHI(f -> failed(f, Action.PIXELS_HIDDEN) || failed(f, Action.TEXT_REMOVED) && isOverlayData(f)),

    /**
     * Failed {@code text_retained} checks of clinical words (descriptions; not the DICOM-IOD controls) and failed
     * {@code pixels_retained} checks (burned clinical labels, and the image outside planted regions).
     */
    CLINICAL_CONTENT(f -> failed(f, Action.TEXT_RETAINED) && !isControl(f) || failed(f, Action.PIXELS_RETAINED)),

    /** Failed {@code date_shifted} checks. */
    DATES(f -> failed(f, Action.DATE_SHIFTED)),

    /** Failed {@code uid_changed} and {@code uid_consistent} checks. */
    UIDS(f -> failed(f, EnumSet.of(Action.UID_CHANGED, Action.UID_CONSISTENT))),

    /** Failed {@code patid_consistent} checks. */
    PSEUDONYMS(f -> failed(f, Action.PATID_CONSISTENT)),

    /**
     * Failed {@code tag_retained} and {@code text_notnull} checks, and any failed check of a DICOM-IOD control
     * (an attribute the IOD needs, such as Modality or Rows, kept as it was).
     */
    REQUIRED_ATTRIBUTES(f -> failed(f, EnumSet.of(Action.TAG_RETAINED, Action.TEXT_NOTNULL))
            || f.kind() == Kind.CHECK_FAILED && isControl(f)),

    /** Missing instances only. */
    MISSING(f -> f.kind() == Kind.MISSING_INSTANCE),

    /** Every finding. */
    ALL(f -> true);

    /** The category of the controls in the answer key. */
    static final String CONTROL_CATEGORY = "DICOM-IOD";

    /** Overlay Data of any overlay group, (6000,3000) to (601E,3000), as the last node of a MIDI tag path. */
    private static final Pattern OVERLAY_DATA = Pattern.compile(".*<\\(60[01][0-9a-fA-F],3000\\)>$");

    private final Predicate<Finding> rule;

    FindingSelection(Predicate<Finding> rule) {
        this.rule = rule;
    }

    @Override
    public boolean test(Finding f) {
        if (this == MISSING) {
            return rule.test(f);
        }
        return f.kind() == Kind.UNREADABLE_OUTPUT || rule.test(f)
                && (f.kind() != Kind.MISSING_INSTANCE || this == LEAKS || this == ALL);
    }

    /** The selected findings, sorted by {@link Finding#ORDER}. */
    List<Finding> select(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (test(f)) {
                out.add(f);
            }
        }
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }

    private static boolean failed(Finding f, Action action) {
        return f.kind() == Kind.CHECK_FAILED && f.action().filter(a -> a == action).isPresent();
    }

    private static boolean failed(Finding f, Set<Action> actions) {
        return f.kind() == Kind.CHECK_FAILED && f.action().filter(actions::contains).isPresent();
    }

    private static boolean isOverlayData(Finding f) {
        return OVERLAY_DATA.matcher(f.location()).matches();
    }

    private static boolean isControl(Finding f) {
        return f.category().equals(CONTROL_CATEGORY);
    }
}
