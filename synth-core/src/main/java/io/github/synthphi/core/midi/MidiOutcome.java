package io.github.synthphi.core.midi;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The verdict and score of one check, with a note on why when it is not a plain pass or fail.
 *
 * <pre>{@code
 * MidiOutcome o = text.validate("<^i0, gated, 0.0%>", "p4^p101^s108^i0, gated, 0.0%", MidiText.Method.RETAIN);
 * o.verdict();   // FAIL
 * o.score();     // 2/3
 * }</pre>
 *
 * @param verdict pass, fail or blank
 * @param score MIDI's check_score: the share of tokens that behaved, 1 or 0 for other tests, empty when blank
 * @param note why the check is blank or how it was decided, empty for ordinary checks
 */
public record MidiOutcome(MidiVerdict verdict, OptionalDouble score, String note) {
    public MidiOutcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(note, "note");
    }

    static MidiOutcome pass() {
        return new MidiOutcome(MidiVerdict.PASS, OptionalDouble.of(1), "");
    }

    static MidiOutcome fail() {
        return new MidiOutcome(MidiVerdict.FAIL, OptionalDouble.of(0), "");
    }

    static MidiOutcome of(boolean passed) {
        return passed ? pass() : fail();
    }

    static MidiOutcome blank(String note) {
        return new MidiOutcome(MidiVerdict.BLANK, OptionalDouble.empty(), note);
    }
}
