package io.github.synthphi.core.dicom.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the Python scripts of these tests with an interpreter that has pydicom. */
public final class Pydicom {

    private Pydicom() {
    }

    /** Reads {@code files} with pydicom, every warning an error (-W error), and returns what it read. */
    static List<PydicomDump> dump(Path workDir, List<Path> files) throws IOException {
        List<String> command = new ArrayList<>(List.of(ExternalTools.requirePydicomPython().toString(), "-W", "error",
                ExternalTools.copyResource(workDir, "pydicom_dump.py").toString()));
        files.forEach(f -> command.add(f.toString()));
        ToolResult r = ExternalTools.runOk(workDir, command);
        return PydicomDump.parse(r.stdout(), files.size());
    }

    /** Runs a script of these tests with the pydicom interpreter. */
    public static ToolResult run(Path workDir, String script, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ExternalTools.requirePydicomPython().toString(),
                ExternalTools.copyResource(workDir, script).toString()));
        command.addAll(List.of(args));
        return ExternalTools.runOk(workDir, command);
    }
}
