package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DciodvfyTest {

    private static ToolResult printed(int exitCode, String stdout, String stderr) {
        return new ToolResult(List.of("dciodvfy", "x.dcm"), exitCode, stdout.getBytes(StandardCharsets.UTF_8),
                stderr.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sortsErrorsAndWarningsWhereverTheyStandOnTheLine() {
        Dciodvfy.Report r = Dciodvfy.judge(printed(0, "", String.join("\n",
                "Warning - Missing attribute or value that would be needed to build DICOMDIR - Patient ID",
                "CTImage",
                "(0x0009,0x1010)  ?  - Warning - Unrecognized tag - assuming explicit value representation OK",
                "Error - Missing attribute Type 2 Required Element=<PositionerType> Module=<DXPositioning>",
                "ErrorCount - not a message")));
        assertThat(r.errors()).containsExactly(
                "Error - Missing attribute Type 2 Required Element=<PositionerType> Module=<DXPositioning>");
        assertThat(r.warnings()).hasSize(2);
        assertThat(r.warningsOrNone()).contains("Patient ID").contains("\n");
        assertThatThrownBy(() -> r.assertNoErrors("a CT", "CTImage")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PositionerType");
    }

    @Test
    void aCleanRunPassesOnlyForTheNamedIod() {
        Dciodvfy.Report r = Dciodvfy.judge(printed(0, "", "USImage\n"));
        assertThat(r.warningsOrNone()).isEqualTo("none");
        r.assertNoErrors("a US", "USImage");
        assertThatThrownBy(() -> r.assertNoErrors("a US", "USMultiFrameImage")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Dciodvfy.judge(printed(1, "", "USImage\n")).assertNoErrors("a US", "USImage"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("exit code 1");
    }
}
