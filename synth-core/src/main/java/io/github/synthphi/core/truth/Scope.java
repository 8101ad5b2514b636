package io.github.synthphi.core.truth;

import java.util.Optional;

/** Which objects an answer-key entry applies to, as MIDI writes it ({@code Instance}, {@code Series}, ...). */
public enum Scope {
    INSTANCE("Instance"),
    SERIES("Series"),
    STUDY("Study"),
    PATIENT("Patient");

    private final String midiName;

    Scope(String midiName) {
        this.midiName = midiName;
    }

    /** The MIDI spelling, such as {@code Instance}. */
    public String midiName() {
        return midiName;
    }

    /** The scope of a MIDI spelling, with or without angle brackets, ignoring case. */
    public static Optional<Scope> of(String text) {
        String n = text.strip();
        if (n.startsWith("<") && n.endsWith(">")) {
            n = n.substring(1, n.length() - 1);
        }
        for (Scope s : values()) {
            if (s.midiName.equalsIgnoreCase(n)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
