package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the report of an evaluation that failed an assertion and tells where it is; a seam so that a test can
 * give a writer that fails.
 */
@FunctionalInterface
interface ReportWriter {

    /**
     * Writes the report of {@code evaluation} of {@code output}.
     *
     * @return the report's path, which the failure message prints
     * @throws IOException when it cannot be written; the message then says so, and the assertion fails all the same
     */
    Path write(DeidOutput output, Evaluation evaluation) throws IOException;
}
