package io.github.synthphi.assertions;

import static io.github.synthphi.assertions.SynthAssertions.assertThat;
import static io.github.synthphi.assertions.SynthAssertions.then;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidOutputAssertTest {

    @TempDir
    static Path tmp;

    private static StudyFixture headers;
    private static StudyFixture burned;
    private static DeidOutput copied;
    private static DeidOutput cleaned;
    private static DeidOutput burnedCopy;
    private static DeidOutput burnedCleaned;

    @BeforeAll
    static void outputs() throws IOException {
        headers = TestStudies.headers();
        burned = TestStudies.burned();
        copied = DeidOutput.of(headers, TestStudies.copy(headers, tmp.resolve("copy")));
        cleaned = DeidOutput.of(headers, ToyDeidentifier.correct().run(headers, tmp.resolve("clean")));
        burnedCopy = DeidOutput.of(burned, TestStudies.copy(burned, tmp.resolve("burned-copy")));
        burnedCleaned = DeidOutput.of(burned, ToyDeidentifier.correct().run(burned, tmp.resolve("burned-clean")));
    }

    @Test
    void aCleanOutputPassesEveryAssertion() {
        for (DeidOutput clean : List.of(cleaned, burnedCleaned)) {
            DeidOutputAssert a = assertThat(clean);
            assertThat(a.hasNoResidualPhi().hasNoResidualHeaderPhi().hasNoBurnedInPhi().retainsClinicalContent()
                    .hasConsistentlyShiftedDates().hasConsistentlyReplacedUids().hasConsistentPatientPseudonyms()
                    .keepsRequiredAttributes().conformsTo(Profile.DEFAULT).conformsTo(Profile.BASIC)
                    .isMissingNoInstances()).isSameAs(a);
        }
    }

    @Test
    void aFailureNamesTheOutputThePredicateAndTheCounts() throws IOException {
        List<String> lines = failure(() -> assertThat(copied).hasNoResidualHeaderPhi());

        long n = copied.evaluation().findings().stream().filter(DeidOutputAssertTest::isHeaderFinding).count();
        assertThat(n).isGreaterThan(FindingsTable.MAX_ROWS);
        assertThat(lines.subList(0, 6)).containsExactly(
                "",
                "Expecting de-identified output:",
                "  " + copied.output() + ": 2 output files for 2 instances of " + headers.directory()
                        + ", judged under " + Profile.DEFAULT.code(),
                "to have no residual PHI in its headers",
                "but found " + n + " findings in 2 files (showing 50 of " + n + "):",
                "");
    }

    @Test
    void theTableHasOneNumberedRowPerFindingInReportOrderCappedAtFifty() throws IOException {
        List<String> lines = failure(() -> assertThat(copied).hasNoResidualPhi());

        List<Finding> leaks = copied.evaluation().findings().stream().filter(Finding::isLeak).toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("but found")).findFirst().orElseThrow()) + 2;
        assertThat(lines.get(header)).matches(" {3}# {2}file +location +planted +found +category +expected +reason");
        for (int i = 1; i <= FindingsTable.MAX_ROWS; i++) {
            Finding f = leaks.get(i - 1);
            assertThat(lines.get(header + i))
                    .startsWith(String.format("%4d  %s", i, f.file()))
                    .contains(FindingsTable.expected(f));
        }
        assertThat(lines.get(header + FindingsTable.MAX_ROWS + 1))
                .isEqualTo("  ... and " + (leaks.size() - FindingsTable.MAX_ROWS) + " more");
        assertThat(lines.get(header + FindingsTable.MAX_ROWS + 2)).isEmpty();
    }

    @Test
    void aRowShowsFileLocationPlantedFoundCategoryExpectedAndReason() {
        AnswerKeyEntry name = entry(headers, "PatientName", Action.TEXT_REMOVED);
        List<String> lines = failure(() -> assertThat(copied).hasNoResidualHeaderPhi());

        assertThat(lines).filteredOn(l -> l.contains("<(0010,0010)> PatientName")).singleElement().asString()
                .matches(" +\\d+  patient-0001/study-01/series-01/instance-0001\\.dcm  <\\(0010,0010\\)> PatientName +"
                        + quote(name.value()) + " +" + quote(name.value())
                        + " +HIPAA-A +text_removed +planted token\\(s\\) left: .*");
    }

    @Test
    void countsByActionFollowTheTableMostFrequentFirst() {
        int changed = headers.answerKey().byAction(Action.UID_CHANGED).size();
        int consistent = headers.answerKey().byAction(Action.UID_CONSISTENT).size();
        List<String> lines = failure(() -> assertThat(copied).hasConsistentlyReplacedUids());

        assertThat(lines).contains("but found " + (changed + consistent) + " findings in 2 files (showing "
                + Math.min(50, changed + consistent) + " of " + (changed + consistent) + "):");
        assertThat(lines).contains("by action: uid_changed x" + changed + ", uid_consistent x" + consistent);
    }

    @Test
    void theMessageEndsWithTheFixTheSeedAndTheReport() {
        List<String> lines = failure(() -> assertThat(copied).hasConsistentPatientPseudonyms());

        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(
                "to fix: replace the Patient ID of all of a patient's files by one pseudonym, different from the MRN "
                        + "and from every other patient's, or empty it",
                "seed 7 (spec " + headers.spec().canonicalForm() + ")",
                "report: " + tmp.resolve("synth-reports").resolve("copy").resolve("BASIC+DESC+GRAPH+PIX")
                        .resolve("report.html"));
        assertThat(lines).contains("by action: patid_consistent x2");
        assertThat(tmp.resolve("synth-reports/copy/BASIC+DESC+GRAPH+PIX/report.html")).isRegularFile();
        assertThat(tmp.resolve("synth-reports/copy/BASIC+DESC+GRAPH+PIX/discrepancy-report.csv")).isRegularFile();
    }

    @Test
    void burnedInFindingsShowFramesAndBoxes() {
        List<AnswerKeyEntry> hidden = burned.answerKey().byAction(Action.PIXELS_HIDDEN);
        List<String> lines = failure(() -> assertThat(burnedCopy).hasNoBurnedInPhi());

        assertThat(hidden).hasSize(5);
        for (AnswerKeyEntry e : hidden) {
            var box = e.region().orElseThrow().inkBox();
            String location = "frames 0 (" + box.x() + "," + box.y() + "," + box.width() + "," + box.height() + ") "
                    + e.keyword();
            assertThat(lines).filteredOn(l -> l.contains(location)).singleElement().asString()
                    .contains(e.value()).contains("pixels_hidden").contains("still readable");
        }
        assertThat(lines).filteredOn(l -> l.contains("<(6000,3000)> OverlayData")).singleElement().asString()
                .contains("2248 of 2248 bits").contains("text_removed");
        assertThat(lines).contains("but found 6 findings in 1 file (showing 6 of 6):",
                "by action: pixels_hidden x5, text_removed x1");
    }

    @Test
    void overlayBitsAreBurnedInAndOverlayTextIsHeader() {
        List<String> header = failure(() -> assertThat(burnedCopy).hasNoResidualHeaderPhi());

        assertThat(header).anyMatch(l -> l.contains("<(6000,0022)> OverlayDescription"))
                .noneMatch(l -> l.contains("<(6000,3000)>") || l.contains("pixels_hidden"));
    }

    @Test
    void aPercentSignInAValueOrPathPrintsAsItIs() throws IOException {
        String name = entry(headers, "PatientName", Action.TEXT_REMOVED).value();
        String planted = "%n%s%d% 100% " + name;
        DeidOutput out = DeidOutput.of(headers, ToyDeidentifier.correct()
                .then(ds -> ds.setString(Tags.PatientName, Vr.PN, planted))
                .run(headers, tmp.resolve("deid%s%n%d")));

        List<String> lines = failure(() -> assertThat(out).hasNoResidualPhi());

        assertThat(lines.get(2)).startsWith("  " + tmp.resolve("deid%s%n%d") + ": 2 output files");
        assertThat(lines).filteredOn(l -> l.contains("<(0010,0010)> PatientName")).hasSize(2)
                .allMatch(l -> l.contains("%n%s%d% 100% "));
        assertThat(lines).last().isEqualTo("report: " + tmp.resolve("synth-reports").resolve("deid%s%n%d")
                .resolve("BASIC+DESC+GRAPH+PIX").resolve("report.html"));
    }

    @Test
    void theDescriptionComesFirst() {
        List<String> lines = failure(() -> assertThat(copied).as("run %s of %d%%", "x%y", 3).hasNoResidualPhi());

        assertThat(lines.get(0)).isEqualTo("[run x%y of 3%] ");
        assertThat(lines.get(1)).isEqualTo("Expecting de-identified output:");
    }

    @Test
    void withFailMessageReplacesTheMessage() {
        Throwable t = catchThrowable(() -> assertThat(copied).withFailMessage("custom %s", "text").hasNoResidualPhi());

        assertThat(t).isInstanceOf(AssertionError.class).hasMessage("custom text");
    }

    @Test
    void anOutputThatCannotBeEvaluatedFailsEveryAssertion() {
        Path mapping = tmp.resolve("no-such-mapping.csv");
        DeidOutput out = cleaned.withUidMapping(mapping);
        List<ThrowingCallable> all = List.of(() -> assertThat(out).hasNoResidualPhi(),
                () -> assertThat(out).hasNoResidualHeaderPhi(), () -> assertThat(out).hasNoBurnedInPhi(),
                () -> assertThat(out).retainsClinicalContent(), () -> assertThat(out).hasConsistentlyShiftedDates(),
                () -> assertThat(out).hasConsistentlyReplacedUids(),
                () -> assertThat(out).hasConsistentPatientPseudonyms(), () -> assertThat(out).keepsRequiredAttributes(),
                () -> assertThat(out).conformsTo(Profile.BASIC), () -> assertThat(out).isMissingNoInstances());

        for (ThrowingCallable assertion : all) {
            Throwable t = catchThrowable(assertion);
            assertThat(t).isInstanceOf(AssertionError.class).hasCauseInstanceOf(IOException.class);
            List<String> lines = t.getMessage().lines().toList();
            assertThat(lines.get(2)).startsWith("  " + cleaned.output() + " for 2 instances of " + headers.directory()
                    + ", judged under BASIC");
            assertThat(lines.subList(3, lines.size())).containsExactly(
                    "to be evaluated against the answer key of its study",
                    "but it could not be: NoSuchFileException: " + mapping,
                    "to fix: make sure the output can be listed and read, and that the UID mapping file given to "
                            + "DeidOutput.withUidMapping exists and holds id_old,id_new rows",
                    "seed 7 (spec " + headers.spec().canonicalForm() + ")");
        }
    }

    @Test
    void anAbsentOutputFailsClosed() {
        DeidOutput out = DeidOutput.of(headers, tmp.resolve("never-written"));

        assertThat(failure(() -> assertThat(out).hasNoResidualPhi()))
                .contains("by action: missing_instance x2, unreadable_output x1");
        assertThat(failure(() -> assertThat(out).hasConsistentlyReplacedUids()))
                .contains("by action: unreadable_output x1");
        assertThat(failure(() -> assertThat(out).isMissingNoInstances()))
                .contains("to have an output file for every instance of the study",
                        "by action: missing_instance x2");
    }

    @Test
    void aLostControlFailsKeepsRequiredAttributesOnly() throws IOException {
        DeidOutput out = DeidOutput.of(headers, ToyDeidentifier.correct()
                .then(ds -> ds.remove(Tags.BodyPartExamined)).run(headers, tmp.resolve("no-body-part")));

        assertThat(out).hasNoResidualPhi().retainsClinicalContent();
        List<String> lines = failure(() -> assertThat(out).keepsRequiredAttributes());
        assertThat(lines).contains("to keep the attributes its IOD requires", "by action: text_retained x2");
        assertThat(lines).filteredOn(l -> l.contains("<(0018,0015)> BodyPartExamined")).hasSize(2)
                .allMatch(l -> l.matches(".* CHEST +<absent> +DICOM-IOD +text_retained +absent"));
    }

    @Test
    void aBlankedImageFailsRetainsClinicalContent() throws IOException {
        DeidOutput out = DeidOutput.of(burned, ToyDeidentifier.correct()
                .then(ds -> ds.setBytes(Tags.PixelData, Vr.OW, new byte[256 * 256 * 2]))
                .run(burned, tmp.resolve("blank")));

        assertThat(out).hasNoBurnedInPhi().hasNoResidualHeaderPhi().keepsRequiredAttributes();
        List<String> lines = failure(() -> assertThat(out).retainsClinicalContent());
        assertThat(lines).contains("to retain its clinical content", "by action: pixels_retained x3");
        assertThat(lines).anyMatch(l -> l.contains(" AXIAL ")).anyMatch(l -> l.contains(" W400 L40 "))
                .anyMatch(l -> l.contains("<(7fe0,0010)> PixelData"));
    }

    @Test
    void removedDatesFailUnderModifiedDates() throws IOException {
        Profile mod = Profile.parse("BASIC,MOD");
        long dates = cleaned.withProfile(mod).evaluation().findings(Finding.Kind.CHECK_FAILED).size();

        List<String> lines = failure(() -> assertThat(cleaned.withProfile(mod)).hasConsistentlyShiftedDates());
        assertThat(lines).contains("by action: date_shifted x" + dates)
                .anyMatch(l -> l.endsWith("date_shifted  removed, but MOD keeps dates shifted"));
        assertThat(failure(() -> assertThat(cleaned).conformsTo(mod)))
                .contains("to conform to the profile BASIC,MOD", "by action: date_shifted x" + dates)
                .anyMatch(l -> l.contains(", judged under BASIC,MOD"));
    }

    @Test
    void aCopyFailsWhatLeaksAndPassesWhatIsKept() {
        List<ThrowingCallable> failing = List.of(() -> assertThat(copied).hasNoResidualPhi(),
                () -> assertThat(copied).hasNoResidualHeaderPhi(),
                () -> assertThat(copied).hasConsistentlyShiftedDates(),
                () -> assertThat(copied).hasConsistentlyReplacedUids(),
                () -> assertThat(copied).hasConsistentPatientPseudonyms(),
                () -> assertThat(copied).conformsTo(Profile.BASIC));
        for (ThrowingCallable assertion : failing) {
            assertThat(catchThrowable(assertion)).isInstanceOf(AssertionError.class);
        }
        assertThat(copied).retainsClinicalContent().keepsRequiredAttributes().hasNoBurnedInPhi()
                .isMissingNoInstances();
    }

    @Test
    void aNullOutputFailsAsInAssertJ() {
        assertThat(failure(() -> assertThat((DeidOutput) null).hasNoResidualPhi()))
                .contains("Expecting actual not to be null");
        assertThatNullPointerException().isThrownBy(() -> assertThat(cleaned).conformsTo(null))
                .withMessage("profile");
    }

    @Test
    void aReportThatCannotBeWrittenIsSaidSo() {
        ReportWriter failing = (output, evaluation) -> {
            throw new IOException("disk full");
        };
        List<String> lines = failure(() -> new DeidOutputAssert(copied, failing).hasNoResidualPhi());

        assertThat(lines).last().isEqualTo("report: not written (IOException: disk full)");
    }

    @Test
    void thenIsAssertThat() {
        then(cleaned).hasNoResidualPhi();
        assertThat(failure(() -> then(copied).hasNoResidualPhi()))
                .isEqualTo(failure(() -> assertThat(copied).hasNoResidualPhi()));
    }

    static List<String> failure(ThrowingCallable assertion) {
        Throwable t = catchThrowable(assertion);
        assertThat(t).isInstanceOf(AssertionError.class);
        return t.getMessage().lines().toList();
    }

    private static AnswerKeyEntry entry(StudyFixture study, String keyword, Action action) {
        return study.answerKey().byAction(action).stream().filter(e -> e.keyword().equals(keyword)).findFirst()
                .orElseThrow();
    }

    private static boolean isHeaderFinding(Finding f) {
        return f.kind() == Finding.Kind.RESIDUAL_PHI || f.kind() == Finding.Kind.UNREADABLE_OUTPUT
                || f.kind() == Finding.Kind.CHECK_FAILED && f.action().map(a -> a != Action.PIXELS_HIDDEN
                && a.removesPhi()).orElse(false) && !f.location().endsWith("<(6000,3000)>");
    }

    private static String quote(String text) {
        return java.util.regex.Pattern.quote(text);
    }
}
