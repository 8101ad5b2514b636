package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyFixtureTest {

    @TempDir
    Path dir;

    @Test
    void aFixtureWhoseEveryInstanceWasQuarantinedCannotBeJudged() throws IOException {
        // the banner needs more than 64 columns: every instance is quarantined
        StudyFixture empty = new StudyGenerator().generate(StudySpec.builder(Modality.CT).size(64, 64).build(),
                dir.resolve("ct"));
        assertThat(empty.files()).isEmpty();
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> DeidOutput.of(empty, out).evaluation())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("holds no instance")
                .hasMessageContaining("nothing to judge");
    }
}
