package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyFixtureCopyTest {

    @TempDir
    Path dir;

    @Test
    void aCopyOpensAsTheSameStudyInItsOwnFolder() throws IOException {
        StudyFixture original = generate();

        StudyFixture copy = original.copyTo(dir.resolve("copy"));
        StudyFixture opened = FixtureFolder.open(dir.resolve("copy"));

        assertThat(copy.directory()).isEqualTo(dir.resolve("copy").toAbsolutePath().normalize());
        assertThat(opened).isEqualTo(copy);
        assertThat(copy.files()).hasSameSizeAs(original.files()).allSatisfy(f -> assertThat(f).startsWith(copy.directory()));
        assertThat(copy.answerKey().entries()).isEqualTo(original.answerKey().entries());
        assertThat(Files.readAllBytes(copy.files().get(1))).isEqualTo(Files.readAllBytes(original.files().get(1)));
    }

    @Test
    void theCopyOfAReadOnlyFixtureIsWritableAndTheOriginalStaysAsItWas() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX permissions").contains("posix");
        StudyFixture original = generate();
        List<Path> all = regularFiles(original.directory());
        for (Path f : all) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        }

        StudyFixture copy = original.copyTo(dir.resolve("copy"));

        for (Path f : regularFiles(copy.directory())) {
            assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).contains(PosixFilePermission.OWNER_WRITE);
        }
        for (Path f : all) {
            assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
        }
        Files.write(copy.files().get(0), new byte[] {1, 2, 3});
        assertThat(FixtureFolder.open(original.directory())).isEqualTo(original);
    }

    @Test
    void anEmptyExistingFolderIsFilled() throws IOException {
        StudyFixture original = generate();
        Path target = Files.createDirectory(dir.resolve("empty"));

        assertThat(FixtureFolder.open(original.copyTo(target).directory()).files()).hasSameSizeAs(original.files());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws IOException {
        StudyFixture original = generate();
        Path target = Files.createDirectory(dir.resolve("full"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> original.copyTo(target)).isInstanceOf(IOException.class)
                .hasMessage(target.toAbsolutePath() + " exists and is not an empty folder; a fixture is copied only "
                        + "into a new or empty folder");
    }

    @Test
    void aFolderInsideTheFixtureIsRefused() throws IOException {
        StudyFixture original = generate();
        Path inside = original.directory().resolve("copy");

        assertThatThrownBy(() -> original.copyTo(inside)).isInstanceOf(IOException.class)
                .hasMessageContaining("a folder inside it");
        assertThat(inside).doesNotExist();
    }

    private StudyFixture generate() throws IOException {
        return new StudyGenerator().generate(StudySpec.builder(Modality.SC).size(320, 320).instancesPerSeries(2).seed(4L)
                .build(), dir.resolve("study"));
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }
}
