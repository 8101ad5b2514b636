package io.github.synthphi.core.truth;

import java.util.Locale;
import java.util.Optional;

/**
 * What a de-identifier is expected to do with one planted item: the answer-key actions of the NCI MIDI
 * validation, by the same names.
 *
 * <pre>{@code
 * Action a = Action.of("text_removed").orElseThrow();   // TEXT_REMOVED
 * String midi = a.midiName();                           // "text_removed"
 * }</pre>
 */
public enum Action {
    /** Every token of the planted text is gone from the element. */
    TEXT_REMOVED,
    /** The planted text is still there, unchanged. */
    TEXT_RETAINED,
    /** The element is present and not empty. */
    TEXT_NOTNULL,
    /** The element is present, whatever its value. */
    TAG_RETAINED,
    /** The date or time is changed into another valid one, by the patient's one offset. */
    DATE_SHIFTED,
    /** The UID is replaced. */
    UID_CHANGED,
    /** The UID is replaced by the same new UID everywhere it occurs. */
    UID_CONSISTENT,
    /** The patient ID is replaced by one pseudonym across all of the patient's studies. */
    PATID_CONSISTENT,
    /** The burned-in text is no longer readable in any frame. */
    PIXELS_HIDDEN,
    /** The pixels outside planted regions are unchanged. */
    PIXELS_RETAINED;

    /** The MIDI name, such as {@code text_removed}. */
    public String midiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action of a MIDI name, with or without MIDI's angle brackets ({@code <text_removed>}). */
    public static Optional<Action> of(String midiName) {
        String n = midiName.strip();
        if (n.startsWith("<") && n.endsWith(">")) {
            n = n.substring(1, n.length() - 1);
        }
        for (Action a : values()) {
            if (a.midiName().equals(n)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** True for actions that check that something identifying is gone or replaced. */
    public boolean removesPhi() {
        return this == TEXT_REMOVED || this == DATE_SHIFTED || this == UID_CHANGED || this == UID_CONSISTENT
                || this == PATID_CONSISTENT || this == PIXELS_HIDDEN;
    }
}
