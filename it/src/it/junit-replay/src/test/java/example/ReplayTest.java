package example;

import static io.github.synthphi.assertions.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.junit.SyntheticStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {

    @Test
    void receivesTheSeedOfJunitPlatformProperties(@SyntheticStudy(modality = Modality.CT) StudyFixture study) {
        assertThat(study.seed()).isEqualTo(77L);
        assertThat(study.files()).isNotEmpty();
    }

    @Test
    void runsOnTheJUnitOfTheBuild() {
        assertThat(Test.class.getPackage().getImplementationVersion())
                .isEqualTo(System.getProperty("expected.junit.version"));
    }

    /** Fails on purpose: a copy de-identifies nothing. */
    @Test
    void copyingIsNoDeidentification(@SyntheticStudy(modality = Modality.CT) StudyFixture study, @TempDir Path out)
            throws Exception {
        for (Path f : study.files()) {
            Files.copy(f, out.resolve(f.getFileName().toString() + "-" + study.files().indexOf(f) + ".dcm"));
        }
        assertThat(DeidOutput.of(study, out)).hasNoResidualHeaderPhi();
    }
}
