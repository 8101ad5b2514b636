package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalToolsTest {

    @Test
    void aMissingToolSkipsUnlessInteropIsRequired() {
        assertThatThrownBy(() -> ExternalTools.unavailable("dcmdump is not installed", null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("dcmdump is not installed");
        assertThatThrownBy(() -> ExternalTools.unavailable("dcmdump is not installed", "false"))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> ExternalTools.unavailable("dcmdump is not installed", "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("dcmdump is not installed").hasMessageContaining("SYNTH_REQUIRE_INTEROP");
        assertThatThrownBy(() -> ExternalTools.unavailable("dcmdump is not installed", " TRUE "))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void findsNothingForAnAbsentProgram() {
        assertThat(ExternalTools.find("no-such-program-synth-interop")).isEmpty();
        assertThat(ExternalTools.find("/no/such/dir/program")).isEmpty();
    }

    @Test
    void runCapturesTheExitCodeAndBothOutputsAsUtf8(@TempDir Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("Hello.java"), """
                public class Hello {
                    public static void main(String[] args) throws Exception {
                        System.out.write("Müller 山田\\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        System.out.flush();
                        System.err.write("W: careful\\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        System.err.flush();
                        System.exit(3);
                    }
                }
                """, StandardCharsets.UTF_8);

        ToolResult r = ExternalTools.run(dir, List.of(java(), source.toString()));

        assertThat(r.exitCode()).as(r.describe()).isEqualTo(3);
        assertThat(r.stdout()).isEqualTo("Müller 山田\n");
        assertThat(r.stderr()).isEqualTo("W: careful\n");
        assertThat(r.allLines()).contains("Müller 山田", "W: careful");
        assertThatThrownBy(() -> ExternalTools.runOk(dir, List.of(java(), source.toString())))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("exit code 3");
    }

    @Test
    void aProgramPastItsTimeoutIsKilledAndFailsTheTest(@TempDir Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("Sleep.java"),
                "public class Sleep { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ExternalTools.run(dir, List.of(java(), source.toString()), Duration.ofSeconds(3)))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("did not finish");
    }

    /** The java launcher of this JVM, which runs a single source file without a compiler step of ours. */
    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }
}
