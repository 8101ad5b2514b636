package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageTest {

    @TempDir
    Path dir;

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("a command is missing").contains("generate, evaluate, run or dump");
    }

    @Test
    void versionAndHelpExitWithZero() {
        Cli version = Cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("synth 0.").doesNotContain("${");
        Cli help = Cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("generate", "evaluate", "run", "dump", "Exit codes:");
        Cli generateHelp = Cli.run("generate", "--help");
        assertThat(generateHelp.out()).contains("--modality", "--count", "--studies-per-patient", "--series",
                "--instances", "--frames", "--rows", "--columns", "--bits-allocated", "--bits-stored", "--photometric",
                "--transfer-syntax", "--locale", "--charset", "--[no-]burn-in", "--burn-variants", "--locations",
                "--seed", "--sources", "--threads", "--[no-]midi-key", "--json");
    }

    @Test
    void anUnknownOptionIsNamed() {
        Cli r = Cli.run("generate", "--out", dir.resolve("x").toString(), "--modality", "CT", "--colour", "red");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("--colour");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() {
        Cli r = Cli.run("generate", "--out", dir.resolve("x").toString(), "--modality", "PET");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("'PET' is no modality").contains("US_CINE", "MG");
        Cli ts = Cli.run("generate", "--out", dir.resolve("x").toString(), "--modality", "CT",
                "--transfer-syntax", "JPEG2000");
        assertThat(ts.err()).contains("'JPEG2000' is no transfer syntax").contains("RLE_LOSSLESS (1.2.840.10008.1.2.5)");
        Cli locale = Cli.run("generate", "--out", dir.resolve("x").toString(), "--modality", "CT", "--locale", "fr-FR");
        assertThat(locale.err()).contains("'fr-FR' is no identity locale");
    }

    @Test
    void anImpossibleSpecSaysWhatIsWrong() {
        Cli r = Cli.run("generate", "--out", dir.resolve("x").toString(), "--modality", "CT", "--bits-allocated", "8",
                "--bits-stored", "12");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("synth generate: the study cannot be generated:").containsIgnoringCase("bits");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        Cli r = Cli.run("evaluate", "--fixtures", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("--output");
    }

    @Test
    void aFixturesFolderThatIsNoFixtureIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Cli missing = Cli.run("evaluate", "--fixtures", dir.resolve("none").toString(), "--output",
                dir.resolve("out").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(missing.err()).contains("--fixtures " + dir.resolve("none") + " is not a folder");
        Cli empty = Cli.run("evaluate", "--fixtures", dir.resolve("out").toString(), "--output",
                dir.resolve("out").toString());
        assertThat(empty.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(empty.err()).contains("is not a complete synth fixture").contains("synth-fixture.txt");
    }

    @Test
    void aBadProfileListsTheKnownOptions() throws Exception {
        Cli r = Cli.run("evaluate", "--fixtures", dir.toString(), "--output", dir.toString(), "--profile", "BASIC,XYZ");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    }
}
