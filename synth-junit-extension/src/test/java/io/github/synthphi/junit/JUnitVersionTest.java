package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestEngine;

/**
 * The build runs these tests twice, on JUnit 5.13 (this module) and on JUnit 6 (junit6/); this test proves each run is
 * on the line it claims, so a dependency change cannot quietly make both runs use the same JUnit.
 */
class JUnitVersionTest {

    @Test
    void theRunIsOnTheExpectedJUnitLine() {
        String expected = System.getProperty("synth.expected.junit");
        assumeThat(expected).as("synth.expected.junit, set by the build").isNotNull();

        assertThat(version(ExtensionContext.class)).as("junit-jupiter-api").startsWith(expected);
        assertThat(version(TestEngine.class)).as("junit-platform-engine").startsWith(expected.startsWith("5.13.")
                ? "1.13." : expected);
    }

    private static String version(Class<?> type) {
        String v = type.getPackage().getImplementationVersion();
        return v == null ? "unknown (no Implementation-Version in the jar of " + type.getName() + ")" : v;
    }
}
