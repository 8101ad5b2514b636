package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import java.nio.file.Path;

/**
 * Where the report of an output goes: {@code <output's parent>/synth-reports/<output's name>/<profile>/}, the
 * profile written with {@code +} between its codes ({@code BASIC+PIX+DESC+GRAPH}), so that the reports of one
 * output under two profiles do not overwrite each other.
 *
 * <pre>{@code
 * Path dir = ReportPath.of(DeidOutput.of(study, Path.of("target/out")));
 * // target/synth-reports/out/BASIC+PIX+DESC+GRAPH
 * }</pre>
 */
final class ReportPath implements ReportWriter {

    /** The folder, beside the output, that holds the reports. */
    static final String FOLDER = "synth-reports";

    /** The writer the assertions use. */
    static final ReportWriter DEFAULT = new ReportPath();

    private ReportPath() {
    }

    /** The report folder of {@code output}. */
    static Path of(DeidOutput output) {
        Path out = output.output();
        Path parent = out.getParent() == null ? out : out.getParent();
        String name = out.getFileName() == null ? "output" : out.getFileName().toString();
        return parent.resolve(FOLDER).resolve(name).resolve(output.profile().code().replace(',', '+'));
    }

    /**
     * The report folder of {@code output}. Nothing is written yet: this is where synth-core's HTML report,
     * {@code Reports.write(evaluation, output, of(output))}, is to be called once it exists.
     */
    @Override
    public Path write(DeidOutput output, Evaluation evaluation) {
        return of(output);
    }
}
