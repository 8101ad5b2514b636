/**
 * AssertJ assertions on a de-identifier's output: {@link io.github.synthphi.assertions.SynthAssertions#assertThat
 * SynthAssertions.assertThat(DeidOutput)} returns a {@link io.github.synthphi.assertions.DeidOutputAssert}, whose
 * assertions judge the output against the answer key of the synthetic study it was given.
 *
 * <pre>{@code
 * import static io.github.synthphi.assertions.SynthAssertions.assertThat;
 *
 * @Test
 * void removesEveryIdentifier(@SyntheticStudy(modality = US_CINE, frames = 32) StudyFixture study,
 *                             @TempDir Path out) throws Exception {
 *     myDeidentifier.run(study.directory(), out);
 *     assertThat(DeidOutput.of(study, out)).hasNoResidualPhi().retainsClinicalContent();
 * }
 * }</pre>
 *
 * <p>A failure lists every finding in a table, sorted by file and place and capped with {@code ... and N more},
 * then the counts by action, how to fix it, the seed and spec that replay the study, and the report's path:
 *
 * <pre>{@code
 * [my-deid 2.1]
 * Expecting de-identified output:
 *   .../out: 1 output file for 1 instance of .../study, judged under BASIC,DESC,GRAPH,PIX
 * to have no residual PHI in headers, pixels or overlays
 * but found 2 findings in 1 file (showing 2 of 2):
 *
 *   #  file        location                          planted      found              category  expected       reason
 *   1  IM0001.dcm  <(0010,0010)> PatientName         Ebert^Vita   Ebert^Vita 100%    HIPAA-A   text_removed   left...
 *   2  IM0001.dcm  frames 0 (4,7,98,12) PatientName  Ebert, Vita  10 of 10 glyph...  HIPAA-A   pixels_hidden  still...
 *
 * by action: pixels_hidden x1, text_removed x1
 * to fix: remove or replace every value above wherever it occurs (...)
 * seed 7 (spec modality=CT;patients=1;...;seed=7)
 * report: .../synth-reports/out/BASIC+DESC+GRAPH+PIX
 * }</pre>
 *
 * <p>{@link io.github.synthphi.assertions.DeidSoftAssertions} collects failures instead of stopping at the first,
 * and {@link io.github.synthphi.assertions.DeidSoftAssertionsProvider} adds the same to any soft-assertions class.
 * AssertJ is a {@code provided} dependency: the test project brings its own (3.27 or later).
 */
package io.github.synthphi.assertions;
