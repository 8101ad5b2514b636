package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.DeidOutput;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Adds soft {@code assertThat(DeidOutput)} to any soft-assertions class, so that synth's assertions and AssertJ's
 * collect their failures together.
 *
 * <pre>{@code
 * public class MySoftAssertions extends SoftAssertions implements DeidSoftAssertionsProvider {
 * }
 *
 * MySoftAssertions softly = new MySoftAssertions();
 * softly.assertThat(DeidOutput.of(study, out)).hasNoResidualHeaderPhi();
 * softly.assertThat(out.resolve("log.txt")).exists();
 * softly.assertAll();
 * }</pre>
 */
public interface DeidSoftAssertionsProvider extends SoftAssertionsProvider {

    /** The soft assertions on {@code actual}: each failure is collected, and reported by {@code assertAll()}. */
    default DeidOutputAssert assertThat(DeidOutput actual) {
        return proxy(DeidOutputAssert.class, DeidOutput.class, actual);
    }
}
