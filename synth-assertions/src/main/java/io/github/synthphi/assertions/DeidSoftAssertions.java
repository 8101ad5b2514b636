package io.github.synthphi.assertions;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on de-identified outputs: every failing assertion is collected and all are reported together by
 * {@link #assertAll()}, so that one run shows what leaked, what was lost and what was missing.
 *
 * <pre>{@code
 * DeidSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(output).hasNoResidualHeaderPhi();
 *     softly.assertThat(output).hasNoBurnedInPhi();
 *     softly.assertThat(output).retainsClinicalContent();
 * });
 * }</pre>
 *
 * <p>With JUnit 5, AssertJ's {@code SoftAssertionsExtension} injects one and calls {@code assertAll()} after the
 * test:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class MyDeidentifierTest {
 *     @InjectSoftAssertions
 *     DeidSoftAssertions softly;
 *
 *     @Test
 *     void cleans(@SyntheticStudy StudyFixture study, @TempDir Path out) throws Exception {
 *         myDeidentifier.run(study.directory(), out);
 *         softly.assertThat(DeidOutput.of(study, out)).hasNoResidualPhi().retainsClinicalContent();
 *     }
 * }
 * }</pre>
 */
public class DeidSoftAssertions extends AbstractSoftAssertions implements DeidSoftAssertionsProvider {

    /** Soft assertions with nothing collected yet. */
    public DeidSoftAssertions() {
    }

    /**
     * Runs {@code softly} with new soft assertions, then fails with every failure collected, if any.
     *
     * @throws AssertionError listing every failure collected
     */
    public static void assertSoftly(Consumer<DeidSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(DeidSoftAssertions.class, softly::accept);
    }
}
