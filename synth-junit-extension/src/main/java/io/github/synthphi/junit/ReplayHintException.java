package io.github.synthphi.junit;

/**
 * The failure of a test that received a synthetic study, when it failed with an exception other than an assertion
 * error: the message is the original exception's, followed by the replay hint, and the original is the cause (its
 * stack trace is kept, so the first line still points at the test). Assertion errors keep their own type instead.
 *
 * <pre>{@code
 * java.lang.IllegalStateException: de-identifier exited with 2
 * [synth replay] 'study' US_CINE seed 20240131 (default seed ...) spec modality=US_CINE;... -> rerun: mvn test ...
 * }</pre>
 */
public final class ReplayHintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReplayHintException(String message, Throwable cause) {
        super(message, cause);
    }
}
