package io.github.synthphi.cli;

import io.github.synthphi.core.evaluate.EvaluationProgress;
import java.io.PrintWriter;

/** Progress of an evaluation on standard error: one {@link ProgressLine} per stage, each with its own clock. */
final class EvaluationProgressLines implements EvaluationProgress {

    private final PrintWriter err;
    private Stage stage;
    private ProgressLine line;

    EvaluationProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void fileDone(Stage s, int done, int total) {
        if (s != stage) {
            stage = s;
            line = switch (s) {
                case READING_SOURCES -> ProgressLine.every("read", "source instances", err);
                case READING_OUTPUTS -> ProgressLine.every("read", "output files", err);
                case CHECKING -> ProgressLine.every("checked", "instances", err);
            };
        }
        line.done(done, total);
    }
}
