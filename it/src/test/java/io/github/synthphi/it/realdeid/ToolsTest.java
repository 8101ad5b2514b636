package io.github.synthphi.it.realdeid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing de-identifier skips its test, unless SYNTH_REQUIRE_INTEROP=true makes that a failure. */
class ToolsTest {

    private static final String MISSING = "synth-no-such-deidentifier";

    @Test
    void missingToolSkipsWithTheReason() {
        assertThatThrownBy(() -> Tools.require(MISSING, "no-such-package", null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContainingAll(MISSING, "no-such-package", Tools.REQUIRE_VARIABLE);
    }

    @Test
    void missingToolFailsWhenRequired() {
        assertThatThrownBy(() -> Tools.require(MISSING, "no-such-package", " TRUE "))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContainingAll(MISSING, "no-such-package", Tools.REQUIRE_VARIABLE + "=true");
    }

    @Test
    void installedToolIsFoundWhateverTheVariable() {
        for (String require : new String[] {"true", null}) {
            Path sh = Tools.require("sh", "dash", require);
            assertThat(sh.getFileName()).hasToString("sh");
            assertThat(Files.isExecutable(sh)).as("%s is executable", sh).isTrue();
        }
    }
}
