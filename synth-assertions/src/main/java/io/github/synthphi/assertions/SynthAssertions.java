package io.github.synthphi.assertions;

import io.github.synthphi.core.evaluate.DeidOutput;

/**
 * The entry point of synth's assertions: {@code assertThat(DeidOutput)}, and {@code then(DeidOutput)} for BDD
 * style.
 *
 * <pre>{@code
 * import static io.github.synthphi.assertions.SynthAssertions.assertThat;
 *
 * assertThat(DeidOutput.of(study, out)).hasNoResidualPhi();
 * }</pre>
 *
 * <p>Static imports of AssertJ's {@code Assertions.assertThat} and this one live side by side: the argument type
 * picks the method.
 */
public final class SynthAssertions {

    private SynthAssertions() {
    }

    /** The assertions on {@code actual}. */
    public static DeidOutputAssert assertThat(DeidOutput actual) {
        return new DeidOutputAssert(actual);
    }

    /** The assertions on {@code actual}, for BDD style: the same as {@link #assertThat(DeidOutput)}. */
    public static DeidOutputAssert then(DeidOutput actual) {
        return new DeidOutputAssert(actual);
    }
}
