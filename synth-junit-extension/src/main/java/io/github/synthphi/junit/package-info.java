/**
 * JUnit Jupiter support for synth: {@link io.github.synthphi.junit.SyntheticStudy @SyntheticStudy} injects a
 * deterministic synthetic DICOM study into a parameter, and {@link io.github.synthphi.junit.SyntheticStudies
 * @SyntheticStudies} feeds a corpus of them to a {@code @ParameterizedTest}. Nothing to register: the annotations
 * carry the extension. Every example below is compiled and run by the module's {@code UsageExamplesTest}.
 *
 * <h2>A study in a test</h2>
 * <pre>{@code
 * @Test
 * void everyInstanceIsThere(@SyntheticStudy StudyFixture study) {          // a 16-frame 640x480 ultrasound cine
 *     assertThat(study.files()).hasSize(1);
 *     assertThat(study.answerKey().entries()).isNotEmpty();
 * }
 * }</pre>
 * The parameter may also be a {@code Path} (the folder), a {@code List<Path>} (the instance files) or an
 * {@code AnswerKey}; the attributes describe the study:
 * <pre>{@code
 * @Test
 * void ct(@SyntheticStudy(modality = Modality.CT, instances = 3, rows = 320, columns = 320) List<Path> files,
 *         @SyntheticStudy(modality = Modality.CT, instances = 3, rows = 320, columns = 320) AnswerKey key) { ... }
 * }</pre>
 *
 * <h2>Seeds and replay</h2>
 * The seed is the annotation's {@code seed}, else the configuration parameter {@code synth.seed}
 * ({@code junit-platform.properties}, or {@code mvn test -Dsynth.seed=42}), else a fixed default, so a run is
 * reproducible unless a random seed is asked for ({@code randomSeed = true} or {@code synth.seed=random}: one per run,
 * printed). When a test that received a study fails, its failure message ends with one line such as
 * <pre>
 * [synth replay] 'study' seed 42 (configuration parameter synth.seed=42) spec modality=US_CINE;...;seed=42
 *     -&gt; rerun: mvn test -Dtest=DeidTest#removesPhi -Dsynth.seed=42
 * </pre>
 * (one line in the message; wrapped here), and the same values are published as a report entry.
 * <pre>{@code
 * @Test
 * void pinned(@SyntheticStudy(modality = Modality.SC, seed = 42) StudyFixture study) {
 *     assertThat(study.seed()).isEqualTo(42L);
 * }
 * }</pre>
 *
 * <h2>Sharing, read-only files and copies</h2>
 * A study is generated once per spec and seed per run and shared by every test that asks for it, in parallel too.
 * Its files are read-only and checked after each test; a test that edits files takes its own copy:
 * <pre>{@code
 * @Test
 * void editsInPlace(@SyntheticStudy(modality = Modality.SC) StudyFixture shared, @TempDir Path dir) throws IOException {
 *     StudyFixture mine = shared.copyTo(dir);
 *     Files.write(mine.files().get(0), new byte[0]);                       // the shared study is untouched
 * }
 * }</pre>
 *
 * <h2>Cleanup</h2>
 * Folders are deleted at the end of the run; {@code synth.keep=true} keeps them all and prints where they are, and
 * {@link io.github.synthphi.junit.CleanupMode} chooses per annotation (or for all with {@code synth.cleanup}):
 * <pre>{@code
 * @Test
 * void keepsItsStudyIfItFails(@SyntheticStudy(modality = Modality.SC, cleanup = CleanupMode.ON_SUCCESS) Path study) { ... }
 * }</pre>
 *
 * <h2>Constructors, lifecycle methods, nested classes, repetitions</h2>
 * <pre>{@code
 * class DeidTest {
 *     private final Path study;
 *
 *     DeidTest(@SyntheticStudy(modality = Modality.SC) Path study) {         // same folder for every test
 *         this.study = study;
 *     }
 *
 *     @BeforeAll
 *     static void once(@SyntheticStudy(modality = Modality.SC) AnswerKey key) { ... }
 *
 *     @RepeatedTest(3)
 *     void repeated(@SyntheticStudy(modality = Modality.SC) Path same) { assertThat(same).isEqualTo(study); }
 *
 *     @Nested
 *     class Inner {
 *         @Test
 *         void nested(@SyntheticStudy(modality = Modality.SC) Path same) { assertThat(same).isEqualTo(study); }
 *     }
 * }
 * }</pre>
 * {@code @TestInstance(PER_CLASS)} and {@code junit.jupiter.execution.parallel.enabled=true} need nothing more.
 *
 * <h2>A corpus for a parameterized test</h2>
 * <pre>{@code
 * @ParameterizedTest
 * @SyntheticStudies(modalities = {Modality.SC, Modality.MR}, count = 2)
 * void eachStudy(StudyFixture study) { ... }                                // [1] SC seed 20240131, [2] SC seed ...
 * }</pre>
 *
 * <h2>JUnit versions</h2>
 * The module is compiled against JUnit 5.13 and its tests run on JUnit 5.13 and on JUnit 6; JUnit is a
 * {@code provided} dependency, so a project uses its own (5.13 or later; on the 6 line, 6.0.3 or later).
 */
package io.github.synthphi.junit;
