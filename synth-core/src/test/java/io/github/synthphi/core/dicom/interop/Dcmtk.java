package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs dcmtk's converters and checks that dcmtk logged nothing. */
public final class Dcmtk {

    private Dcmtk() {
    }

    /** Runs {@code program options... in out} and asserts it succeeded without a warning. */
    static void convert(Path dir, Path program, List<String> options, Path in, Path out) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(options);
        command.add(in.toString());
        command.add(out.toString());
        assertNoWarnings(ExternalTools.runOk(dir, command));
    }

    /** No dcmtk log line of level warning, error or fatal, and nothing else on standard error either. */
    public static void assertNoWarnings(ToolResult r) {
        List<String> logged = new ArrayList<>();
        for (String line : r.allLines()) {
            if (line.startsWith("W:") || line.startsWith("E:") || line.startsWith("F:")) {
                logged.add(line);
            }
        }
        assertThat(logged).as("warnings and errors of %s", r.describe()).isEmpty();
        assertThat(r.stderr()).as("standard error of %s", r.describe()).isBlank();
    }
}
