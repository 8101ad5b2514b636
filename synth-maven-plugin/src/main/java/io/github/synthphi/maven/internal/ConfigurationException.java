package io.github.synthphi.maven.internal;

/** A configuration that cannot be used: a value out of range, unknown, or contradicting another. */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The exception with a message that names the value, what is allowed, and how to fix it. */
    public ConfigurationException(String message) {
        super(message);
    }
}
