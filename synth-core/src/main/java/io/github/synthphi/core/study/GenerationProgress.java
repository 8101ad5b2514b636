package io.github.synthphi.core.study;

/**
 * Told by a {@link StudyGenerator} each time an instance is done, for a progress display. It is called from the
 * generator's worker threads, possibly concurrently, so an implementation must be thread-safe; it must not
 * throw. Nothing it does reaches the generated files.
 *
 * <pre>{@code
 * StudyGenerator generator = new StudyGenerator(4)
 *         .withProgress((done, total) -> System.err.printf("%d/%d%n", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface GenerationProgress {

    /** Reports nothing. */
    GenerationProgress NONE = (done, total) -> { };

    /**
     * One more instance is written or quarantined.
     *
     * @param done instances done so far, 1 to {@code total}; each value is reported once, not always in order
     * @param total the number of instances to do
     */
    void instanceDone(int done, int total);
}
