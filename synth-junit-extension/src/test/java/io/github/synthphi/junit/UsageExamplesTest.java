package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.AnswerKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** The examples of the package documentation and the README, run as written (the bodies that say ... filled in). */
class UsageExamplesTest {

    private final Path study;

    UsageExamplesTest(@SyntheticStudy(modality = Modality.SC) Path study) {
        this.study = study;
    }

    @BeforeAll
    static void once(@SyntheticStudy(modality = Modality.SC) AnswerKey key) {
        assertThat(key.entries()).isNotEmpty();
    }

    @Test
    void everyInstanceIsThere(@SyntheticStudy StudyFixture study) {
        assertThat(study.files()).hasSize(1);
        assertThat(study.answerKey().entries()).isNotEmpty();
        assertThat(study.spec().frames()).isEqualTo(16);
        assertThat(study.spec().columns()).isEqualTo(640);
    }

    @Test
    void ct(@SyntheticStudy(modality = Modality.CT, instances = 3, rows = 320, columns = 320) List<Path> files,
            @SyntheticStudy(modality = Modality.CT, instances = 3, rows = 320, columns = 320) AnswerKey key) {
        assertThat(files).hasSize(3);
        assertThat(key.entries()).isNotEmpty();
    }

    @Test
    void pinned(@SyntheticStudy(modality = Modality.SC, seed = 42) StudyFixture study) {
        assertThat(study.seed()).isEqualTo(42L);
    }

    @Test
    void editsInPlace(@SyntheticStudy(modality = Modality.SC) StudyFixture shared, @TempDir Path dir)
            throws IOException {
        StudyFixture mine = shared.copyTo(dir);
        Files.write(mine.files().get(0), new byte[0]);
        assertThat(shared.files().get(0)).isNotEmptyFile();
    }

    @Test
    void keepsItsStudyIfItFails(@SyntheticStudy(modality = Modality.SC, cleanup = CleanupMode.ON_SUCCESS) Path study) {
        assertThat(study).isDirectory();
    }

    @RepeatedTest(3)
    void repeated(@SyntheticStudy(modality = Modality.SC) Path same) {
        assertThat(same).isEqualTo(study);
    }

    @ParameterizedTest
    @SyntheticStudies(modalities = {Modality.SC, Modality.MR}, count = 2)
    void eachStudy(StudyFixture study) {
        assertThat(study.files()).hasSize(1);
    }

    @Nested
    class Inner {
        @Test
        void nested(@SyntheticStudy(modality = Modality.SC) Path same) {
            assertThat(same).isEqualTo(study);
        }
    }
}
