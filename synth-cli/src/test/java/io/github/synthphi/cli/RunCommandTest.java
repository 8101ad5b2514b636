package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.StudyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synth run} with shell commands as de-identifiers. */
class RunCommandTest {

    @TempDir
    static Path shared;
    static StudyFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        fixture = Fixtures.ct(shared.resolve("ct"));
    }

    private Cli run(String... command) {
        String[] head = {"run", "--fixtures", fixture.directory().toString(), "--output", dir.resolve("out").toString(),
                "--report", dir.resolve("report").toString(), "--max-findings", "100000", "--"};
        return Cli.run(GenerateCommandTest.concat(command, head));
    }

    @Test
    void aCopyIsNoDeidentificationAndEveryLeakIsReported() {
        Cli r = run("sh", "-c", "mkdir -p {out}/copy && cp -R {in}/patient-0001 {in}/patient-0002 {out}/copy/ "
                + "&& echo copied to $SYNTH_OUT");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("synth run: sh -c mkdir -p " + dir.resolve("out").toAbsolutePath())
                .contains("copied to " + dir.resolve("out").toAbsolutePath());
        assertThat(r.out()).contains("CHECK_FAILED text_removed").contains("<(0010,0010)>")
                .contains("CHECK_FAILED pixels_hidden").doesNotContain("MISSING_INSTANCE");
        assertThat(dir.resolve("out").resolve("copy/patient-0001")).isDirectory();
    }

    @Test
    void aCommandThatFailsFailsTheRunAfterItsOutputIsJudged() {
        Cli r = run("sh", "-c", "echo cannot de-identify >&2; exit 3");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("cannot de-identify").contains("the de-identifier exited with status 3");
        assertThat(r.out()).startsWith("the de-identifier exited with status 3").contains("MISSING_INSTANCE");
    }

    @Test
    void aCommandThatCannotStartIsAnInputError() {
        Cli r = run("no-such-deidentifier-here", "{in}", "{out}");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("cannot start the de-identifier 'no-such-deidentifier-here'");
    }

    @Test
    void aCommandThatRunsTooLongIsStopped() {
        String[] head = {"run", "--fixtures", fixture.directory().toString(), "--output", dir.resolve("out").toString(),
                "--report", dir.resolve("report").toString(), "--timeout", "1", "--", "sleep", "30"};
        long start = System.nanoTime();
        Cli r = Cli.run(head);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("did not finish within 1 s and was stopped");
        assertThat(System.nanoTime() - start).as("the command was stopped, not waited for").isLessThan(25_000_000_000L);
    }

    @Test
    void aCommandThatChangesTheFixturesIsRefused() throws Exception {
        Path copy = dir.resolve("fixture-copy");
        Fixtures.ct(copy);
        String[] args = {"run", "--fixtures", copy.toString(), "--output", dir.resolve("out").toString(), "--report",
                dir.resolve("report").toString(), "--", "sh", "-c", "echo x >> {in}/answer-key.csv"};
        Cli r = Cli.run(args);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("the de-identifier changed the fixture folder").contains("answer-key.csv");
    }

    @Test
    void anOutputFolderThatIsNotEmptyIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out").resolve("old.dcm"), "from an earlier run");
        Cli r = run("true");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("is not empty");
    }
}
