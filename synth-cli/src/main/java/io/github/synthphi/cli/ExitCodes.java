package io.github.synthphi.cli;

/** The exit codes of {@code synth}. */
public final class ExitCodes {

    /** Every check passed, or a command that evaluates nothing succeeded. */
    public static final int PASSED = 0;
    /** The evaluation found residual PHI, failed checks, missing, unexpected or unreadable output. */
    public static final int FINDINGS = 1;
    /** A usage error, or input that cannot be used; the message names the option or file. */
    public static final int USAGE_OR_INPUT = 2;

    private ExitCodes() {
    }
}
