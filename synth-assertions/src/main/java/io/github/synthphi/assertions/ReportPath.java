package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.evaluate.Reports;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the report of an output goes: {@code <output's parent>/synth-reports/<output's name>/<profile>/}, the
 * profile written with {@code +} between its codes ({@code BASIC+PIX+DESC+GRAPH}), so that the reports of one
 * output under two profiles do not overwrite each other.
 *
 * <pre>{@code
 * Path dir = ReportPath.of(DeidOutput.of(study, Path.of("target/out")));
 * // target/synth-reports/out/BASIC+PIX+DESC+GRAPH, holding report.html and the CSV files
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

    /** Writes synth-core's reports into the report folder and returns the HTML report's path. */
    @Override
    public Path write(DeidOutput output, Evaluation evaluation) throws IOException {
        return Reports.write(evaluation, output, of(output)).html();
    }
}
