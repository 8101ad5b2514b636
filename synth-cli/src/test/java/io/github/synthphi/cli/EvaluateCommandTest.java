package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.evaluate.ReferenceDeidentifiers;
import io.github.synthphi.core.evaluate.Reports;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    static Path shared;
    static StudyFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        fixture = Fixtures.ct(shared.resolve("ct"));
    }

    @Test
    void aCorrectDeidentifierPassesWithExitCodeZero() throws Exception {
        Path out = dir.resolve("out");
        ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out);
        Cli r = Cli.run("evaluate", "--fixtures", fixture.directory().toString(), "--output", out.toString(),
                "--report", dir.resolve("report").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.PASSED);
        assertThat(r.err()).contains("read 4/4 source instances").contains("read 4/4 output files")
                .contains("checked 4/4 instances");
        assertThat(r.out()).contains("score 100.00%").contains("no findings")
                .contains("report: " + dir.resolve("report").resolve(Reports.HTML).toAbsolutePath());
        assertThat(dir.resolve("report").resolve(Reports.HTML)).isNotEmptyFile();
        assertThat(dir.resolve("report").resolve(Reports.DISCREPANCY_CSV)).exists();
    }

    @Test
    void aLeakyDeidentifierFailsWithExitCodeOneAndTheFindingsNamed() throws Exception {
        Path out = dir.resolve("out");
        ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out, "BANNER_LEFT", "DEEP_SEQUENCE_LEFT");
        Cli r = Cli.run("evaluate", "--fixtures", fixture.directory().toString(), "--output", out.toString(),
                "--report", dir.resolve("report").toString(), "--max-findings", "1000");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        // every burned PHI line is a pixels_hidden entry, each one left must be listed by its box
        List<AnswerKeyEntry> burned = fixture.answerKey().byAction(Action.PIXELS_HIDDEN);
        assertThat(burned).isNotEmpty();
        assertThat(r.out().lines().filter(l -> l.contains("CHECK_FAILED pixels_hidden")).count())
                .isEqualTo(burned.size());
        for (AnswerKeyEntry e : burned) {
            assertThat(r.out()).contains(e.value());
        }
        assertThat(r.out()).contains("<(0010,1002)>[<0000>]");
        assertThat(r.out()).contains("report: ");
    }

    @Test
    void theJsonVerdictHasEveryFindingAndThePaths() throws Exception {
        Path out = dir.resolve("out");
        ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out, "MODALITY_BLANKED");
        Cli r = Cli.run("evaluate", "--fixtures", fixture.directory().toString(), "--output", out.toString(),
                "--report", dir.resolve("report").toString(), "--json", "--max-findings", "0");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(GenerateCommandTest.topLevel(r.out())).containsEntry("passed", "false")
                .containsEntry("profile", Profile.DEFAULT.code());
        // Modality is a control of every instance: one failed check each
        long blanked = Arrays.stream(r.out().split("\n")).filter(l -> l.contains("\"keyword\" : \"Modality\"")).count();
        assertThat(blanked).isEqualTo(fixture.files().size());
        assertThat(r.out()).contains("\"html\" : \"" + dir.resolve("report").resolve(Reports.HTML).toAbsolutePath());
    }

    @Test
    void anOutputThatIsAFileOrMissingIsAnInputError() throws Exception {
        Path file = Files.writeString(dir.resolve("file.dcm"), "not a folder");
        Cli r = Cli.run("evaluate", "--fixtures", fixture.directory().toString(), "--output", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains(file.toString()).contains("is not a folder");
        Cli missing = Cli.run("evaluate", "--fixtures", fixture.directory().toString(), "--output",
                dir.resolve("nothing").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(missing.err()).contains(dir.resolve("nothing").toString()).contains("does not exist");
    }

    @Test
    void anUnreadableOutputFileIsAFinding() throws Exception {
        Path out = dir.resolve("out");
        ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out, "TRUNCATED_FILE");
        Cli r = Cli.run("evaluate", "--fixtures", fixture.directory().toString(), "--output", out.toString(),
                "--report", dir.resolve("report").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("UNREADABLE_OUTPUT");
    }

    @Test
    void aFixtureWithoutInstancesCannotJudgeAnything() throws Exception {
        // 64x64 leaves no room for the banner: every instance is quarantined, the folder is still a fixture
        Path empty = dir.resolve("empty-fixture");
        assertThat(Cli.run("generate", "--out", empty.toString(), "--modality", "CT", "--rows", "64", "--columns",
                "64", "-q").code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli r = Cli.run("evaluate", "--fixtures", empty.toString(), "--output", out.toString(), "--report",
                dir.resolve("report").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("holds no instance").contains("nothing to judge");
        assertThat(r.out()).doesNotContain("score");
    }

    @Test
    void anEmptyOutputFolderFailsEveryInstanceAsMissing() throws Exception {
        Path out = Files.createDirectories(dir.resolve("empty"));
        Cli r = Cli.run("evaluate", "--fixtures", fixture.directory().toString(), "--output", out.toString(),
                "--report", dir.resolve("report").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out().lines().filter(l -> l.contains("MISSING_INSTANCE")).count())
                .isEqualTo(fixture.files().size());
    }
}
