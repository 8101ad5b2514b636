package io.github.synthphi.junit;

import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.study.Modality;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a deterministic synthetic study into a test, lifecycle-method or constructor parameter; no
 * {@code @ExtendWith} is needed.
 *
 * <pre>{@code
 * @Test
 * void removesEveryIdentifier(@SyntheticStudy(modality = Modality.US_CINE, frames = 32) StudyFixture study,
 *                             @TempDir Path out) throws Exception {
 *     myDeidentifier.run(study.directory(), out);
 *     assertThat(DeidOutput.of(study, out)).hasNoResidualPhi();
 * }
 * }</pre>
 *
 * <h2>Parameter types</h2>
 * <ul>
 *   <li>{@code StudyFixture}: folder, files, answer key, identities, seed and spec;</li>
 *   <li>{@code Path}: the study folder;</li>
 *   <li>{@code List<Path>}: its DICOM instance files, in generation order;</li>
 *   <li>{@code AnswerKey}: every planted value and what a de-identifier must do with it.</li>
 * </ul>
 * Any other type, or attributes that describe no possible study, fail the test with a
 * {@code ParameterResolutionException} that says what is wrong and what is allowed.
 *
 * <h2>Seeds</h2>
 * The seed is {@link #seed()} when given, else the configuration parameter {@code synth.seed}
 * ({@code junit-platform.properties}, a system property, or {@code -Dsynth.seed=...} on the Maven command line),
 * else {@code StudySpec.DEFAULT_SEED}: runs are reproducible by default. A random seed, one per run, only when
 * asked for with {@link #randomSeed()} or {@code synth.seed=random}; it is printed with its source. When a test
 * that received a study fails, its failure message ends with a one-line replay hint (seed, its source, spec and
 * the command that reruns it), and the same values are published as a report entry.
 *
 * <h2>Sharing and cleanup</h2>
 * A study is generated once per spec and seed per test run and shared by every test that asks for it, also
 * under parallel execution. Its files are read-only and checked after every test that received it: a test that
 * changed one fails, naming the file, and the next test gets a fresh study. A test that edits files in place takes
 * its own copy with {@code study.copyTo(dir)}. The folders live in a temporary folder of the run (or under the
 * configuration parameter {@code synth.fixtures.dir}) and are deleted at the end of the run as {@link #cleanup()}
 * says; {@code synth.keep=true} keeps them all and prints where they are.
 *
 * <p>Unset sizes ({@code 0}) take the modality's defaults; {@code modality = US} with {@code frames > 1} is the
 * multi-frame ultrasound cine, {@code US_CINE}.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SyntheticStudyExtension.class)
public @interface SyntheticStudy {

    /** The value of {@link #seed()} that means "not given". */
    long NO_SEED = Long.MIN_VALUE;

    /** The modality; multi-frame ultrasound by default. */
    Modality modality() default Modality.US_CINE;

    /** Patients, 1 or more. */
    int patients() default 1;

    /** Studies of each patient. */
    int studies() default 1;

    /** Series in each study. */
    int series() default 1;

    /** Instances in each series. */
    int instances() default 1;

    /** Frames per instance; 0 for the modality's default (16 for {@code US_CINE}, else 1). */
    int frames() default 0;

    /** Rows; 0 for the modality's default. */
    int rows() default 0;

    /** Columns; 0 for the modality's default. */
    int columns() default 0;

    /**
     * The transfer syntax, by UID or name ({@code "1.2.840.10008.1.2.5"}, {@code "RLE Lossless"},
     * {@code "RLE_LOSSLESS"}); empty for Explicit VR Little Endian.
     */
    String transferSyntax() default "";

    /** The locale of the fake identities, {@code en-US}, {@code de-DE} or {@code ja-JP}; empty for en-US. */
    String locale() default "";

    /** Whether a banner of PHI is burned into the pixels (with {@link PlantingLocation#BURNED_IN}). */
    boolean burnIn() default true;

    /** Harder burned-in cases to add. */
    BurnVariant[] burnVariants() default {};

    /** Where PHI is planted; every location by default. */
    PlantingLocation[] locations() default {PlantingLocation.STANDARD_ATTRIBUTES, PlantingLocation.NESTED_SEQUENCES,
            PlantingLocation.PRIVATE_BLOCKS, PlantingLocation.FREE_TEXT, PlantingLocation.OVERLAY,
            PlantingLocation.UIDS, PlantingLocation.DATES, PlantingLocation.BURNED_IN};

    /** The seed; {@link #NO_SEED} for {@code synth.seed} or the default. */
    long seed() default NO_SEED;

    /** A random seed, one per run, printed and reported; not together with {@link #seed()}. */
    boolean randomSeed() default false;

    /** When the study's folder is deleted. */
    CleanupMode cleanup() default CleanupMode.DEFAULT;
}
