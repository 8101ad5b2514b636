package io.github.synthphi.cli;

/** Input the command cannot use, such as a folder that is not empty; the message says which and why. */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its message. */
    public CliException(String message) {
        super(message);
    }

    /** An error with its message and cause. */
    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
