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
        assertNoWarnings(r, java.util.regex.Pattern.compile("(?!)"));
    }

    /**
     * As {@link #assertNoWarnings(ToolResult)}, tolerating warning lines that match {@code allowed}; standard error
     * may then hold only such lines.
     */
    public static void assertNoWarnings(ToolResult r, java.util.regex.Pattern allowed) {
        List<String> logged = new ArrayList<>();
        for (String line : r.allLines()) {
            if ((line.startsWith("W:") || line.startsWith("E:") || line.startsWith("F:"))
                    && !(line.startsWith("W:") && allowed.matcher(line).matches())) {
                logged.add(line);
            }
        }
        assertThat(logged).as("warnings and errors of %s", r.describe()).isEmpty();
        for (String line : r.stderr().split("\n")) {
            assertThat(line.isBlank() || allowed.matcher(line).matches())
                    .as("standard error of %s: %s", r.describe(), line).isTrue();
        }
    }
}
