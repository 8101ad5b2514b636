package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.evaluate.ReferenceDeidentifier.Fault;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdicts of the evaluator, proved with de-identifiers written for the purpose: a reference that uses the
 * answer key to do everything right passes every check; the identity transform fails every PHI check and
 * passes every control; and for each way of getting one thing wrong, the evaluation holds exactly the findings
 * that thing deserves (kind, action, file and location) and nothing else.
 */
class VerdictsTest {

    /** The default profile with modified dates: BASIC,PIX,DESC,GRAPH,MOD. */
    static final Profile MOD = Profile.parse("BASIC,PIX,DESC,GRAPH,MOD");

    @TempDir
    static Path work;

    private static final Map<String, StudyFixture> FIXTURES = new HashMap<>();
    private static final AtomicInteger RUNS = new AtomicInteger();

    /** The studies the tests de-identify, generated once per run. */
    enum Study {
        /** One CT series of two slices, every burn variant; the patient's address is in Indiana (IN). */
        CT(StudySpec.builder(Modality.CT).instancesPerSeries(2).burnVariants(EnumSet.allOf(BurnVariant.class))
                .seed(61)),
        /** Two patients with two studies of three single-slice series, for what is judged across files. */
        CT_LONGITUDINAL(StudySpec.builder(Modality.CT).patients(2).studiesPerPatient(2).seriesPerStudy(3)
                .size(320, 320).seed(5)),
        /** An ultrasound cine series of two instances of four frames, every burn variant. */
        US_CINE(StudySpec.builder(Modality.US_CINE).instancesPerSeries(2).frames(4)
                .burnVariants(EnumSet.allOf(BurnVariant.class)).seed(3)),
        /** Two patients with one three-frame cine each: nothing but the pixels tells the files apart. */
        US_CINE_TWO_PATIENTS(StudySpec.builder(Modality.US_CINE).patients(2).frames(3).seed(4)),
        /** One mammogram. */
        MG(StudySpec.builder(Modality.MG).seed(11)),
        /** A German secondary capture whose patient's family name is Schüßler. */
        SC_DE(StudySpec.builder(Modality.SC).instancesPerSeries(2).locale(IdentityLocale.DE_DE).seed(8)),
        /** A Japanese MR with ideographic and phonetic names in ISO 2022 IR 87. */
        MR_JA(StudySpec.builder(Modality.MR).locale(IdentityLocale.JA_JP).seed(12));

        private final StudySpec spec;

        Study(StudySpec.Builder builder) {
            this.spec = builder.build();
        }

        StudyFixture fixture() throws IOException {
            synchronized (FIXTURES) {
                StudyFixture f = FIXTURES.get(name());
                if (f == null) {
                    f = new StudyGenerator().generate(spec, work.resolve("fixtures").resolve(name()));
                    assertThat(f.manifest()).as("quarantined instances of %s", name())
                            .allSatisfy(m -> assertThat(m.status()).as(m.reason())
                                    .isEqualTo(ManifestEntry.Status.PROCESSED));
                    FIXTURES.put(name(), f);
                }
                return f;
            }
        }
    }

    /** A folder for one de-identifier run. */
    static Path out(String name) {
        return work.resolve("out").resolve(name + "-" + RUNS.incrementAndGet());
    }

    static Evaluation evaluate(StudyFixture f, Path out, Profile profile) throws IOException {
        return DeidOutput.of(f, out).withProfile(profile).evaluation();
    }

    /** The studies plant every action and every location. */
    @Test
    void theStudiesPlantEveryActionAndEveryLocation() throws IOException {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        Set<String> locations = new TreeSet<>();
        for (Study s : Study.values()) {
            for (AnswerKeyEntry e : s.fixture().answerKey().entries()) {
                actions.add(e.action());
                locations.add(e.location());
            }
        }
        assertThat(actions).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Action.class));
        List<String> expected = new ArrayList<>(List.of("control"));
        for (PlantingLocation l : PlantingLocation.values()) {
            expected.add(l.label());
        }
        assertThat(locations).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Nested
    class Reference {

        private void passes(Study study, Profile profile) throws IOException {
            StudyFixture f = study.fixture();
            Path out = out("reference-" + study);
            ReferenceDeidentifier deid = new ReferenceDeidentifier(f, profile);
            deid.run(out);
            Evaluation e = evaluate(f, out, profile);
            assertThat(Verdicts.keys(e)).as(Verdicts.describe(e)).isEmpty();
            assertThat(e.checks()).as("every entry is checked").hasSize(f.answerKey().size());
            assertThat(e.matches()).as("pairing").allSatisfy(m -> assertThat(m.method()).isEqualTo("pixels"));
        }

        @Test
        void ct() throws IOException {
            passes(Study.CT, Profile.DEFAULT);
        }

        @Test
        void usCineWithEveryBurnVariant() throws IOException {
            passes(Study.US_CINE, Profile.DEFAULT);
        }

        @Test
        void mg() throws IOException {
            passes(Study.MG, Profile.DEFAULT);
        }

        @Test
        void germanSecondaryCapture() throws IOException {
            passes(Study.SC_DE, Profile.DEFAULT);
        }

        @Test
        void japaneseMr() throws IOException {
            passes(Study.MR_JA, Profile.DEFAULT);
        }

        @Test
        void modifiedDatesAcrossPatientsStudiesAndSeries() throws IOException {
            passes(Study.CT_LONGITUDINAL, MOD);
        }

        @Test
        void basicProfileAlone() throws IOException {
            passes(Study.CT, Profile.BASIC);
        }
    }

    @Nested
    class IdentityTransform {

        /** Copies the study's DICOM files as they are. */
        private Path copy(StudyFixture f) throws IOException {
            Path out = out("identity");
            for (Path file : f.files()) {
                Path target = out.resolve(f.directory().relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            return out;
        }

        private void failsEveryPhiCheck(Study study, Profile profile) throws IOException {
            StudyFixture f = study.fixture();
            Path out = copy(f);
            Evaluation e = evaluate(f, out, profile);
            List<String> expected = new ArrayList<>();
            for (CheckResult r : e.checks()) {
                AnswerKeyEntry entry = r.entry();
                Expectation x = Expectation.of(entry, profile);
                boolean timeUnderMod = entry.vr().equals("TM") && x.code().equals("C");
                if (entry.action().removesPhi() && x.applies() && !timeUnderMod) {
                    assertThat(r.passed()).as("%s %s of %s: %s", entry.action().midiName(), Verdicts.location(entry),
                            r.file(), r.reason()).isFalse();
                    expected.add(Verdicts.failed(entry, r.file()));
                } else {
                    assertThat(r.passed()).as("%s %s of %s: %s", entry.action().midiName(), Verdicts.location(entry),
                            r.file(), r.reason()).isTrue();
                }
            }
            for (Path file : f.files()) {
                // the file meta repeats the SOP Instance UID, which no answer-key entry names
                expected.add(Verdicts.residual(f.directory().relativize(file).toString(), "<(0002,0003)>"));
            }
            assertThat(Verdicts.keys(e)).as(Verdicts.describe(e)).containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void ct() throws IOException {
            failsEveryPhiCheck(Study.CT, Profile.DEFAULT);
        }

        @Test
        void usCine() throws IOException {
            failsEveryPhiCheck(Study.US_CINE, Profile.DEFAULT);
        }

        @Test
        void germanSecondaryCapture() throws IOException {
            failsEveryPhiCheck(Study.SC_DE, Profile.DEFAULT);
        }

        @Test
        void japaneseMr() throws IOException {
            failsEveryPhiCheck(Study.MR_JA, Profile.DEFAULT);
        }

        /** Under MOD only the times of day pass, as whole-day shifts keep them. */
        @Test
        void modifiedDates() throws IOException {
            failsEveryPhiCheck(Study.CT_LONGITUDINAL, MOD);
        }
    }

    /** The actions and planting locations of the entries whose checks the fault tests expect to fail. */
    private static final Set<Action> FAILED_ACTIONS = EnumSet.noneOf(Action.class);
    private static final Set<String> FAILED_LOCATIONS = new TreeSet<>();

    /** A de-identifier run with a fault and its evaluation. */
    static final class Run {
        final StudyFixture fixture;
        final ReferenceDeidentifier deid;
        final Path out;
        final Evaluation evaluation;

        Run(Study study, Profile profile, Fault... faults) throws IOException {
            this(study, profile, false, faults);
        }

        /** A run whose output is evaluated with the de-identifier's UID mapping when {@code uidMapping}. */
        Run(Study study, Profile profile, boolean uidMapping, Fault... faults) throws IOException {
            this.fixture = study.fixture();
            this.deid = new ReferenceDeidentifier(fixture, profile, faults);
            this.out = out(study + "-" + List.of(faults));
            deid.run(out);
            DeidOutput output = DeidOutput.of(fixture, out).withProfile(profile);
            if (uidMapping) {
                Path csv = out.resolveSibling(out.getFileName() + "-uids.csv");
                deid.writeUidMapping(csv);
                output = output.withUidMapping(csv);
            }
            this.evaluation = output.evaluation();
        }

        /** The failed checks of the entries {@code which} selects, in every output file written. */
        List<String> failed(Predicate<AnswerKeyEntry> which) {
            List<String> keys = new ArrayList<>();
            deid.outputs().forEach((file, sop) -> {
                for (AnswerKeyEntry e : fixture.answerKey().forInstance(sop)) {
                    if (which.test(e)) {
                        keys.add(Verdicts.failed(e, file));
                        FAILED_ACTIONS.add(e.action());
                        FAILED_LOCATIONS.add(e.location());
                    }
                }
            });
            return keys;
        }

        /** Residual PHI at {@code path} of every output file written. */
        List<String> residual(String path) {
            List<String> keys = new ArrayList<>();
            deid.outputs().keySet().forEach(file -> keys.add(Verdicts.residual(file, path)));
            return keys;
        }

        /** Asserts that the findings are exactly {@code expected}, as a multiset. */
        void hasExactly(List<String> expected) {
            assertThat(Verdicts.keys(evaluation)).as(Verdicts.describe(evaluation))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    static Predicate<AnswerKeyEntry> at(String midiPath, Action action) {
        return e -> e.action() == action && e.tagPath().map(p -> p.toMidi().equals(midiPath)).orElse(false);
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Nested
    class Faults {

        /** The fault tests run so far. */
        private static int ran;

        @AfterEach
        void count() {
            ran++;
        }

        /**
         * When every fault test ran, their expected failures cover every action and every planting location.
         */
        @AfterAll
        static void everyActionAndLocationIsCovered() {
            long tests = Arrays.stream(Faults.class.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class)).count();
            if (ran < tests) {
                return; // a subset was run
            }
            assertThat(FAILED_ACTIONS).as("actions of expected failures")
                    .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Action.class));
            List<String> locations = new ArrayList<>(List.of("control"));
            for (PlantingLocation l : PlantingLocation.values()) {
                locations.add(l.label());
            }
            assertThat(FAILED_LOCATIONS).as("planting locations of expected failures")
                    .containsExactlyInAnyOrderElementsOf(locations);
        }

        @Test
        void nameCopiedIntoImageCommentsIsResidualPhiThere() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.NAME_COPIED_TO_COMMENTS);
            r.hasExactly(r.residual("<(0020,4000)>"));
        }

        @Test
        void nameCopiedIntoAnAttributeTheKeyDoesNotListIsFound() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.NAME_IN_UNLISTED_ATTRIBUTE);
            r.hasExactly(r.residual("<(0008,2111)>"));
        }

        @Test
        void aFamilyNameLeftAloneFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.FAMILY_NAME_LEFT);
            r.hasExactly(r.failed(at("<(0010,0010)>", Action.TEXT_REMOVED)));
        }

        @Test
        void aStateCodeLeftInTheAddressFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.STATE_CODE_LEFT);
            assertThat(r.fixture.identities().get(0).patient().address().region()).isEqualTo("IN");
            r.hasExactly(r.failed(at("<(0010,1040)>", Action.TEXT_REMOVED)));
        }

        @Test
        void aNameLeftInAPrivateBlockFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.PRIVATE_NAME_LEFT);
            r.hasExactly(r.failed(at("<(0013,\"SYNTH PHI 1.0\",10)>", Action.TEXT_REMOVED)));
        }

        @Test
        void anIdLeftThreePrivateSequencesDeepFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.PRIVATE_DEEP_LEFT);
            r.hasExactly(r.failed(e -> e.action() == Action.TEXT_REMOVED
                    && e.tagPath().map(p -> p.depth() == 3 && p.leaf().isPrivate()).orElse(false)));
        }

        @Test
        void anIdLeftThreePrivateSequencesDeepInAnImplicitVrFileFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.PRIVATE_DEEP_LEFT, Fault.IMPLICIT_VR);
            r.hasExactly(r.failed(e -> e.action() == Action.TEXT_REMOVED
                    && e.tagPath().map(p -> p.depth() == 3 && p.leaf().isPrivate()).orElse(false)));
        }

        @Test
        void aNameLeftInAPrivateBlockOfAnImplicitVrFileFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.PRIVATE_NAME_LEFT, Fault.IMPLICIT_VR);
            r.hasExactly(r.failed(at("<(0013,\"SYNTH PHI 1.0\",10)>", Action.TEXT_REMOVED)));
        }

        @Test
        void aNameLeftThreeSequencesDeepFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.DEEP_SEQUENCE_LEFT);
            r.hasExactly(r.failed(at("<(0010,1002)>[<0000>]<(0010,0024)>[<0000>]<(0040,0036)>[<0000>]<(0040,0031)>",
                    Action.TEXT_REMOVED)));
        }

        @Test
        void anIdLeftInReorderedSequenceItemsIsFoundWhereItIs() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.ITEMS_REORDERED);
            r.hasExactly(r.residual("<(0010,1002)>[<0001>]<(0010,0020)>"));
        }

        @Test
        void aClinicalWordLostFromADescriptionFailsTextRetained() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.CLINICAL_WORD_DROPPED);
            r.hasExactly(r.failed(at("<(0008,1030)>", Action.TEXT_RETAINED)));
        }

        @Test
        void aBlankedControlFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.MODALITY_BLANKED);
            r.hasExactly(r.failed(at("<(0008,0060)>", Action.TEXT_RETAINED)));
        }

        @Test
        void anEmptiedSeriesUidFailsTextNotNull() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.SERIES_UID_EMPTIED);
            r.hasExactly(r.failed(at("<(0020,000e)>", Action.TEXT_NOTNULL)));
        }

        @Test
        void aRemovedRowsFailsTagRetainedAndLeavesPixelsUncheckable() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, true, Fault.ROWS_DROPPED);
            r.hasExactly(concat(r.failed(at("<(0028,0010)>", Action.TAG_RETAINED)),
                    r.failed(e -> e.action() == Action.PIXELS_HIDDEN || e.action() == Action.PIXELS_RETAINED)));
            assertThat(r.evaluation.matches()).allSatisfy(m -> assertThat(m.method()).isEqualTo("uid-mapping"));
            assertThat(r.evaluation.checks()).filteredOn(c -> c.entry().action() == Action.PIXELS_RETAINED)
                    .allSatisfy(c -> assertThat(c.reason()).startsWith("the output's pixels cannot be read"));
        }

        @Test
        void anOverlayLeftFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.OVERLAY_LEFT);
            r.hasExactly(r.failed(at("<(6000,3000)>", Action.TEXT_REMOVED)));
        }

        @Test
        void aDateLeftUnchangedFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.DATE_LEFT);
            r.hasExactly(r.failed(at("<(0008,0020)>", Action.DATE_SHIFTED)));
        }

        @Test
        void anInvalidDaFails() throws IOException {
            Run r = new Run(Study.CT_LONGITUDINAL, MOD, Fault.DATE_INVALID);
            r.hasExactly(r.failed(at("<(0008,0020)>", Action.DATE_SHIFTED)));
        }

        @Test
        void aDateEmptiedUnderModFails() throws IOException {
            Run r = new Run(Study.CT_LONGITUDINAL, MOD, Fault.DATE_EMPTIED);
            r.hasExactly(r.failed(at("<(0008,0020)>", Action.DATE_SHIFTED)));
        }

        @Test
        void aDateEmptiedUnderBasicPasses() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.DATE_EMPTIED);
            r.hasExactly(List.of());
        }

        @Test
        void datesShiftedDifferentlyInOneSeriesFailThere() throws IOException {
            Run r = new Run(Study.CT_LONGITUDINAL, MOD, Fault.DATES_SHIFTED_PER_SERIES);
            Map<String, Integer> series = seriesNumbers(r.fixture);
            r.hasExactly(r.failed(e -> e.action() == Action.DATE_SHIFTED && series.get(e.sopInstanceUid()) == 3
                    && !e.vr().equals("TM") && MOD.action(e.tagPath().orElseThrow().leafTag().orElseThrow())
                    .equals("C")));
        }

        @Test
        void aSourceUidKeptInAReferenceFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.SOURCE_UID_IN_REFERENCE);
            String path = "<(0008,1140)>[<0000>]<(0008,1155)>";
            r.hasExactly(concat(r.failed(at(path, Action.UID_CHANGED)), r.failed(at(path, Action.UID_CONSISTENT))));
        }

        @Test
        void aUidGivenTwoNewValuesFailsEverywhere() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.UID_TWO_VALUES);
            r.hasExactly(r.failed(at("<(0020,000d)>", Action.UID_CONSISTENT)));
        }

        @Test
        void anInvalidNewUidFails() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.UID_INVALID);
            r.hasExactly(concat(r.failed(at("<(0020,0052)>", Action.UID_CHANGED)),
                    r.failed(at("<(0020,0052)>", Action.UID_CONSISTENT))));
        }

        @Test
        void aSourceUidKeptInTheFileMetaIsResidualPhi() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.MEDIA_SOP_KEPT);
            r.hasExactly(r.residual("<(0002,0003)>"));
        }

        @Test
        void aPatientWithTwoPseudonymsFails() throws IOException {
            Run r = new Run(Study.CT_LONGITUDINAL, MOD, Fault.PSEUDONYM_PER_STUDY);
            r.hasExactly(r.failed(e -> e.action() == Action.PATID_CONSISTENT));
        }

        @Test
        void patientsSharingAPseudonymFail() throws IOException {
            Run r = new Run(Study.CT_LONGITUDINAL, MOD, Fault.PSEUDONYM_SHARED);
            r.hasExactly(r.failed(e -> e.action() == Action.PATID_CONSISTENT));
        }

        @Test
        void aBannerBlankedInFrameZeroOnlyFails() throws IOException {
            Run r = new Run(Study.US_CINE, Profile.DEFAULT, Fault.BANNER_FRAME0_ONLY);
            r.hasExactly(r.failed(e -> e.action() == Action.PIXELS_HIDDEN));
        }

        @Test
        void aMaskOnePixelShortFails() throws IOException {
            for (Study study : List.of(Study.CT, Study.US_CINE)) {
                Run r = new Run(study, Profile.DEFAULT, Fault.MASK_ONE_PIXEL_SHORT);
                r.hasExactly(r.failed(e -> e.action() == Action.PIXELS_HIDDEN && e.equals(
                        r.fixture.answerKey().forInstance(e.sopInstanceUid()).stream()
                                .filter(x -> x.action() == Action.PIXELS_HIDDEN).findFirst().orElseThrow())));
            }
        }

        @Test
        void burnedTextLeftUnderJpegCompressionIsStillReadable() throws IOException {
            Run r = new Run(Study.US_CINE, Profile.DEFAULT, Fault.BANNER_LEFT, Fault.JPEG_BASELINE);
            r.hasExactly(r.failed(e -> e.action() == Action.PIXELS_HIDDEN));
        }

        @Test
        void burnedTextLeftUnderIntensityRescalingIsStillReadable() throws IOException {
            // contrast is judged relative to each frame's range, so halving every sample changes nothing for the
            // glyphs; the image itself is no longer the source's, which pixels_retained of the image reports
            for (Study study : List.of(Study.CT, Study.US_CINE)) {
                Run r = new Run(study, Profile.DEFAULT, Fault.BANNER_LEFT, Fault.INTENSITY_HALVED);
                r.hasExactly(r.failed(e -> e.action() == Action.PIXELS_HIDDEN
                        || e.action() == Action.PIXELS_RETAINED && e.region().isEmpty()));
            }
        }

        @Test
        void aCroppedImageFailsEveryPixelCheckWithTheReason() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, true, Fault.CROPPED);
            r.hasExactly(r.failed(e -> e.action() == Action.PIXELS_HIDDEN || e.action() == Action.PIXELS_RETAINED));
            assertThat(r.evaluation.findings()).allSatisfy(f -> assertThat(f.reason()).contains("size changed"));
        }

        @Test
        void pixelatedBurnedTextPasses() throws IOException {
            for (Study study : List.of(Study.CT, Study.US_CINE, Study.MG, Study.SC_DE)) {
                Run r = new Run(study, Profile.DEFAULT, Fault.PIXELATED);
                r.hasExactly(List.of());
            }
        }

        @Test
        void implicitVrOutputPasses() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.IMPLICIT_VR);
            r.hasExactly(List.of());
        }

        @Test
        void maskedLabelsFailPixelsRetained() throws IOException {
            Run r = new Run(Study.US_CINE, Profile.DEFAULT, Fault.LABELS_MASKED);
            r.hasExactly(r.failed(e -> e.action() == Action.PIXELS_RETAINED && e.isPixelEntry()));
        }

        @Test
        void pixelsChangedOutsideThePlantedRegionsFailPixelsRetained() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.IMAGE_ALTERED);
            r.hasExactly(r.failed(at("<(7fe0,0010)>", Action.PIXELS_RETAINED)));
        }

        @Test
        void pixelsNoDecoderReadsFailEveryPixelCheckWithTheReason() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.UNDECODABLE_PIXELS);
            r.hasExactly(r.failed(e -> e.action() == Action.PIXELS_HIDDEN || e.action() == Action.PIXELS_RETAINED));
            assertThat(r.evaluation.findings()).allSatisfy(f -> assertThat(f.reason()).contains("cannot be decoded"));
        }

        @Test
        void aNameWrittenAsUtf8InAnIsoIr6FileIsStillFound() throws IOException {
            Run r = new Run(Study.SC_DE, Profile.DEFAULT, Fault.UTF8_UNDECLARED);
            assertThat(r.fixture.identities().get(0).patient().name().family()).isEqualTo("Schüßler");
            r.hasExactly(r.failed(at("<(0010,0010)>", Action.TEXT_REMOVED)));
        }

        @Test
        void aNameWrittenAsLatin1InAnIsoIr6FileIsStillFound() throws IOException {
            Run r = new Run(Study.SC_DE, Profile.DEFAULT, Fault.LATIN1_UNDECLARED);
            r.hasExactly(r.failed(at("<(0010,0010)>", Action.TEXT_REMOVED)));
        }

        @Test
        void jpegBaselineAfterACorrectCleanPassesAndPairsBySimilarity() throws IOException {
            Run r = new Run(Study.US_CINE_TWO_PATIENTS, Profile.DEFAULT, Fault.JPEG_BASELINE);
            r.hasExactly(List.of());
            assertThat(r.evaluation.matches()).allSatisfy(m -> assertThat(m.method()).isEqualTo("similarity"));
            assertThat(r.evaluation.checks())
                    .filteredOn(c -> at("<(7fe0,0010)>", Action.PIXELS_RETAINED).test(c.entry())).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.reason()).contains("within the lossy tolerance"));
        }

        @Test
        void rleLosslessAfterACorrectCleanPassesPixelsRetainedExactly() throws IOException {
            for (Study study : List.of(Study.CT, Study.US_CINE)) {
                Run r = new Run(study, Profile.DEFAULT, Fault.RLE_LOSSLESS);
                r.hasExactly(List.of());
                assertThat(r.evaluation.checks()).filteredOn(c -> c.entry().tagPath().isPresent()
                        && c.entry().action() == Action.PIXELS_RETAINED)
                        .isNotEmpty().allSatisfy(c -> assertThat(c.found()).startsWith("0 of "));
                // the Pixel Data bytes are RLE fragments, whose MD5 (MIDI's pixels_retained) no longer matches
                for (String file : r.deid.outputs().keySet()) {
                    DicomFile d = new DicomReader().read(r.out.resolve(file));
                    assertThat(d.transferSyntax()).isEqualTo(TransferSyntax.RLE_LOSSLESS);
                    assertThat(d.dataset().get(Tags.PixelData).orElseThrow().value())
                            .isInstanceOf(Value.Fragments.class);
                }
            }
        }

        @Test
        void aDroppedInstanceIsMissingAndFailsEveryCheckOfIt() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.INSTANCE_DROPPED);
            String last = lastSop(r.fixture);
            r.hasExactly(List.of(Verdicts.key(Finding.Kind.MISSING_INSTANCE, Optional.empty(),
                    "sop " + last, "")));
            // MIDI passes every removal check of a missing file; here none passes
            assertThat(r.evaluation.checks()).filteredOn(c -> c.entry().sopInstanceUid().equals(last))
                    .hasSize(r.fixture.answerKey().forInstance(last).size())
                    .allSatisfy(c -> assertThat(c.passed()).as(c.entry().action() + " " + Verdicts.location(c.entry()))
                            .isFalse());
        }

        @Test
        void aStrayFileIsUnexpectedAndStillSearched() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.STRAY_FILE);
            r.hasExactly(List.of(
                    Verdicts.key(Finding.Kind.UNEXPECTED_INSTANCE, Optional.empty(),
                            ReferenceDeidentifier.STRAY, ""),
                    Verdicts.residual(ReferenceDeidentifier.STRAY, "<(0010,0010)>")));
        }

        @Test
        void aTruncatedFileIsUnreadableAndItsInstanceMissing() throws IOException {
            Run r = new Run(Study.CT, Profile.DEFAULT, Fault.TRUNCATED_FILE);
            String last = lastSop(r.fixture);
            r.hasExactly(List.of(
                    Verdicts.key(Finding.Kind.UNREADABLE_OUTPUT, Optional.empty(),
                            ReferenceDeidentifier.outputName(last), ""),
                    Verdicts.key(Finding.Kind.MISSING_INSTANCE, Optional.empty(), "sop " + last, "")));
        }
    }

    static Map<String, Integer> seriesNumbers(StudyFixture f) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (Path file : f.files()) {
            var ds = new DicomReader().read(file).dataset();
            out.put(ds.getString(Tags.SOPInstanceUID).orElseThrow(), ds.getInt(Tags.SeriesNumber).orElseThrow());
        }
        return out;
    }

    static String lastSop(StudyFixture f) throws IOException {
        Path file = f.files().get(f.files().size() - 1);
        return new DicomReader().read(file).dataset().getString(Tags.SOPInstanceUID).orElseThrow();
    }
}
