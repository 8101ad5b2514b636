package io.github.synthphi.core.midi;

/**
 * The outcome of one check in MIDI's accounting: {@code check_passed} 1, 0 or NULL.
 *
 * <pre>{@code
 * if (result.verdict() == MidiVerdict.BLANK) { ... }   // counted in Total, never in Pass
 * }</pre>
 */
public enum MidiVerdict {
    /** check_passed 0. */
    FAIL,
    /** check_passed 1. */
    PASS,
    /** check_passed NULL: the check could not be computed (no tokens, a null field, pixels to review). */
    BLANK
}
