package io.github.synthphi.junit;

import io.github.synthphi.core.study.Modality;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A corpus of synthetic studies as the arguments of a {@code @ParameterizedTest}: every modality of
 * {@link #modalities()} with every seed, the seeds given by {@link #seeds()}, {@link #seedRange()} or
 * {@link #count()}. Each case's display name shows its modality and seed, such as {@code [3] CT seed 42}, so a
 * failing case can be rerun alone with {@code @SyntheticStudy(modality = Modality.CT, seed = 42)}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @SyntheticStudies(modalities = {Modality.CT, Modality.US_CINE}, count = 3)
 * void removesEveryIdentifier(StudyFixture study, @TempDir Path out) throws Exception {
 *     myDeidentifier.run(study.directory(), out);
 *     assertThat(DeidOutput.of(study, out)).hasNoResidualPhi();
 * }
 * }</pre>
 *
 * <p>The study is the first argument, of type {@code StudyFixture}. Studies come from the same run-wide cache as
 * {@link SyntheticStudy}'s, with the same read-only files, checks and cleanup, and a failing case's message ends
 * with the same replay hint. {@code count} seeds start at the configuration
 * parameter {@code synth.seed} (a number, or {@code random} for a random start printed once per run), else at
 * {@code StudySpec.DEFAULT_SEED}, and go up by one.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(StudiesArgumentsProvider.class)
@ExtendWith(SyntheticStudyExtension.class)
public @interface SyntheticStudies {

    /** The modalities; each is combined with every seed. */
    Modality[] modalities() default {Modality.US_CINE};

    /** How many seeds, counting up from {@code synth.seed} or the default; 0 when seeds are listed otherwise. */
    int count() default 0;

    /** The seeds, listed. */
    long[] seeds() default {};

    /** A range of seeds, both ends included, such as {@code "100..119"}. */
    String seedRange() default "";

    /** Patients in each study. */
    int patients() default 1;

    /** Instances in each series. */
    int instances() default 1;

    /** Frames per instance; 0 for the modality's default (ignored by single-frame modalities). */
    int frames() default 0;

    /** Rows; 0 for the modality's default. */
    int rows() default 0;

    /** Columns; 0 for the modality's default. */
    int columns() default 0;

    /** The transfer syntax by UID or name; empty for Explicit VR Little Endian. */
    String transferSyntax() default "";

    /** The locale of the fake identities; empty for en-US. */
    String locale() default "";

    /** Whether a banner of PHI is burned into the pixels. */
    boolean burnIn() default true;

    /** When the studies' folders are deleted. */
    CleanupMode cleanup() default CleanupMode.DEFAULT;
}
