package io.github.synthphi.core.dicom.interop;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What an external program did: its exit code and the bytes it wrote to standard output and error.
 *
 * @param command the command line that was run
 * @param exitCode the exit code
 * @param stdoutBytes the bytes written to standard output
 * @param stderrBytes the bytes written to standard error
 */
public record ToolResult(List<String> command, int exitCode, byte[] stdoutBytes, byte[] stderrBytes) {

    /** Standard output decoded as UTF-8. */
    public String stdout() {
        return stdout(StandardCharsets.UTF_8);
    }

    /** Standard output decoded with {@code charset}, for tools that print in the file's character set. */
    public String stdout(Charset charset) {
        return new String(stdoutBytes, charset);
    }

    /** Standard error decoded as UTF-8. */
    public String stderr() {
        return new String(stderrBytes, StandardCharsets.UTF_8);
    }

    /** Standard output and error, UTF-8, as lines. */
    public List<String> allLines() {
        return (stdout() + "\n" + stderr()).lines().toList();
    }

    /** The command, exit code and both outputs, for assertion messages. */
    public String describe() {
        return String.join(" ", command) + "\nexit code " + exitCode + "\n--- stdout\n" + clip(stdout())
                + "\n--- stderr\n" + clip(stderr());
    }

    private static String clip(String s) {
        return s.length() <= 6000 ? s : s.substring(0, 6000) + "\n... (" + (s.length() - 6000) + " more characters)";
    }
}
