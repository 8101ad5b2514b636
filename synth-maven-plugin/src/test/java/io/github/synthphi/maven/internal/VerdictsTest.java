package io.github.synthphi.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictsTest {

    @TempDir
    Path temp;

    private Path fixture(Path dir) throws Exception {
        new StudyGenerator(1).generate(StudySpec.builder(Modality.CT).size(32, 32).burnIn(false).seed(3).build(), dir);
        return dir;
    }

    @Test
    void aFolderOfFixturesPairsEachWithTheOutputOfItsName() throws Exception {
        Path fixtures = temp.resolve("fixtures");
        fixture(fixtures.resolve("b"));
        fixture(fixtures.resolve("a"));
        Files.createDirectories(fixtures.resolve("not-a-fixture"));
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("a"));
        Files.createDirectories(out.resolve("b"));

        assertThat(Verdicts.pairs(fixtures, out)).containsExactly(
                new Verdicts.Pair("a", fixtures.resolve("a"), out.resolve("a")),
                new Verdicts.Pair("b", fixtures.resolve("b"), out.resolve("b")));
    }

    @Test
    void oneFixtureIsJudgedAgainstTheOutputItself() throws Exception {
        Path one = fixture(temp.resolve("one"));
        Path out = Files.createDirectories(temp.resolve("out"));

        assertThat(Verdicts.pairs(one, out)).containsExactly(new Verdicts.Pair("", one, out));
    }

    @Test
    void aMissingOutputOfAStudyIsNamed() throws Exception {
        Path fixtures = temp.resolve("fixtures");
        fixture(fixtures.resolve("ct"));
        Path out = Files.createDirectories(temp.resolve("out"));

        assertThatThrownBy(() -> Verdicts.pairs(fixtures, out)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no output for study 'ct': expected the folder " + out.resolve("ct"));
        assertThatThrownBy(() -> Verdicts.pairs(temp.resolve("none"), out)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("run generate-fixtures first");
        assertThatThrownBy(() -> Verdicts.pairs(fixtures, temp.resolve("none")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("deidOutputDirectory");
        assertThatThrownBy(() -> Verdicts.pairs(out, out)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("holds no synth fixture");
    }

    @Test
    void anEmptyOutputMissesEveryInstanceAndTheReportsAreWritten() throws Exception {
        Path one = fixture(temp.resolve("one"));
        Path out = Files.createDirectories(temp.resolve("out"));

        Verdicts.Verdict v = Verdicts.judge(new Verdicts.Pair("", one, out), Profile.DEFAULT, Optional.empty(),
                temp.resolve("reports"));

        assertThat(v.evaluation().findings(Finding.Kind.MISSING_INSTANCE)).hasSize(1);
        assertThat(v.findings()).isGreaterThan(0);
        assertThat(v.reports().html()).isEqualTo(temp.resolve("reports/report.html")).isRegularFile();
        assertThat(v.summary().all().fail()).isEqualTo(v.findings() + v.evaluation().checks().stream()
                .filter(c -> !c.passed()).count() - v.evaluation().findings(Finding.Kind.CHECK_FAILED).size());
        assertThat(LogLines.table(v.summary()).lines().toList()).first().asString().startsWith("by        name");
        assertThat(LogLines.table(v.summary()).lines().toList()).last().asString().startsWith("all       All");
    }
}
