package io.github.synthphi.junit;

/**
 * When the folder of a generated study is deleted, as {@code @TempDir}'s cleanup modes.
 *
 * <p>A study is shared by every test of the run that asks for the same spec and seed, so its folder is deleted
 * at the end of the run, and kept when any test that received it asks for that: {@link #NEVER} keeps it, and
 * {@link #ON_SUCCESS} keeps it when one of those tests failed. A kept folder is printed on standard output with the
 * reason, so the files a failing test worked on can be inspected.
 *
 * <pre>{@code
 * @Test
 * void keepsItsStudyWhenItFails(@SyntheticStudy(cleanup = CleanupMode.ON_SUCCESS) Path study) { ... }
 * }</pre>
 *
 * <p>The configuration parameter {@code synth.cleanup} sets the default for annotations that say
 * {@link #DEFAULT}; {@code synth.keep=true} keeps every folder whatever the annotations say.
 */
public enum CleanupMode {
    /** The configuration parameter {@code synth.cleanup}, or {@link #ALWAYS} when it is not set. */
    DEFAULT,
    /** Delete the folder at the end of the run. */
    ALWAYS,
    /** Delete the folder at the end of the run unless a test that received the study failed. */
    ON_SUCCESS,
    /** Keep the folder. */
    NEVER
}
