package io.github.synthphi.core.evaluate;

/**
 * Told by an {@link Evaluator} each time it is done with a file, for a progress display: the source instances
 * are read first, then the output files, then each source instance is checked against its output. It is called
 * on the evaluating thread; it must not throw. Nothing it does changes the verdicts.
 *
 * <pre>{@code
 * Evaluation e = new Evaluator((stage, done, total) -> System.err.printf("%s %d/%d%n", stage, done, total))
 *         .evaluate(DeidOutput.of(study, out));
 * }</pre>
 */
@FunctionalInterface
public interface EvaluationProgress {

    /** Reports nothing. */
    EvaluationProgress NONE = (stage, done, total) -> { };

    /** The stages of an evaluation, in order. */
    enum Stage {
        /** Reading the fixture's instances and their pixel signatures. */
        READING_SOURCES,
        /** Reading the de-identifier's output files. */
        READING_OUTPUTS,
        /** Checking each source instance's answer-key entries against its output. */
        CHECKING
    }

    /**
     * One more file of {@code stage} is done.
     *
     * @param done files done in the stage so far, 1 to {@code total}
     * @param total the files of the stage
     */
    void fileDone(Stage stage, int done, int total);
}
