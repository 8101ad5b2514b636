package io.github.synthphi.core.dicom;

import java.util.Objects;
import java.util.Optional;

/**
 * Text decoded from the bytes of an element, with what, if anything, could not be decoded exactly.
 *
 * <pre>{@code
 * DecodedText t = dataset.decode(Tags.PatientName).orElseThrow();
 * if (t.problem().isPresent()) { ... }   // e.g. an unknown Specific Character Set term
 * }</pre>
 *
 * @param text the text; undecodable bytes are U+FFFD
 * @param problem why the text is not exact, or empty when every byte was decoded
 */
public record DecodedText(String text, Optional<String> problem) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(problem, "problem");
    }

    /** Text decoded exactly. */
    public static DecodedText exact(String text) {
        return new DecodedText(text, Optional.empty());
    }

    /** True when every byte was decoded. */
    public boolean isExact() {
        return problem.isEmpty();
    }
}
