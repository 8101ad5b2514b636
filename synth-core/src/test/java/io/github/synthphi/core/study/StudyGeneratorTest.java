package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.RunManifestCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StudyGeneratorTest {

    /** A small spec whose banner fits, with four instances. */
    private static final StudySpec SMALL = StudySpec.builder(Modality.SC).size(320, 320).instancesPerSeries(4)
            .seed(3L).build();

    @TempDir
    Path dir;

    @Test
    void aNonEmptyTargetFolderIsRefusedAndLeftUntouched() throws IOException {
        Path target = dir.resolve("study");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
        Files.writeString(target.resolve("sub").resolve("also.txt"), "mine too", StandardCharsets.UTF_8);
        FolderDigests before = FolderDigests.of(target);

        assertThatThrownBy(() -> new StudyGenerator().generate(SMALL, target)).isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("exists and is not an empty folder; the generator writes only into a new or "
                        + "empty folder");

        assertThat(FolderDigests.of(target).firstDifference(before, "after", "before")).isEmpty();
        assertThat(siblings(target)).containsExactly("study");
    }

    @Test
    void aFileAtTheTargetIsRefusedAndLeftUntouched() throws IOException {
        Path target = dir.resolve("study");
        Files.writeString(target, "not a folder", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new StudyGenerator().generate(SMALL, target)).isInstanceOf(IOException.class)
                .hasMessageContaining("exists and is not an empty folder");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("not a folder");
        assertThat(siblings(target)).containsExactly("study");
    }

    @Test
    void aFileWhereTheParentFolderShouldBeFailsAndCreatesNothing() throws IOException {
        Path parent = dir.resolve("fixtures");
        Files.writeString(parent, "a file, not a folder", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new StudyGenerator().generate(SMALL, parent.resolve("study")))
                .isInstanceOf(IOException.class);

        assertThat(Files.readString(parent, StandardCharsets.UTF_8)).isEqualTo("a file, not a folder");
        assertThat(siblings(parent)).containsExactly("fixtures");
    }

    @Test
    void anEmptyExistingFolderIsFilledAndNoPartialFolderRemains() throws IOException {
        Path target = dir.resolve("study");
        Files.createDirectories(target);

        StudyFixture fixture = new StudyGenerator().generate(SMALL, target);

        assertThat(fixture.directory()).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(fixture.files()).hasSize(4).allMatch(Files::isRegularFile, "is a regular file");
        assertThat(FixtureFolder.hasMarker(target)).isTrue();
        assertThat(siblings(target)).as("folders beside the fixture").containsExactly("study");
    }

    @Test
    void aStalePartialFolderOfAnInterruptedRunIsReplaced() throws IOException {
        Path target = dir.resolve("study");
        Path stale = dir.resolve(".study.partial");
        Files.createDirectories(stale.resolve("patient-0001"));
        Files.writeString(stale.resolve("patient-0001").resolve("half-written.dcm"), "x", StandardCharsets.UTF_8);

        new StudyGenerator().generate(SMALL, target);

        assertThat(siblings(target)).containsExactly("study");
        assertThat(target.resolve("patient-0001").resolve("half-written.dcm")).doesNotExist();
        assertThat(FixtureFolder.open(target).files()).hasSize(4);
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void aFailureWhileWritingLeavesNoPartialFolderAndNoFixture(int threads) throws IOException {
        Path target = dir.resolve("study");
        InstanceFileWriter failsOnTheThird = (file, dataset, ts) -> {
            if (file.getFileName().toString().equals("instance-0003.dcm")) {
                throw new IOException("injected failure writing " + file.getFileName());
            }
            InstanceFileWriter.DICOM.write(file, dataset, ts);
        };

        assertThatThrownBy(() -> new StudyGenerator(threads, failsOnTheThird).generate(SMALL, target))
                .isInstanceOf(IOException.class).hasMessage("injected failure writing instance-0003.dcm");

        assertThat(target).doesNotExist();
        assertThat(siblings(target)).as("what the failed run left").isEmpty();
    }

    @Test
    void aFailureLeavesAnEmptyTargetFolderAsItWas() throws IOException {
        Path target = dir.resolve("study");
        Files.createDirectories(target);
        InstanceFileWriter fails = (file, dataset, ts) -> {
            throw new IOException("injected");
        };

        assertThatThrownBy(() -> new StudyGenerator(1, fails).generate(SMALL, target)).hasMessage("injected");

        assertThat(target).isEmptyDirectory();
        assertThat(siblings(target)).containsExactly("study");
    }

    @Test
    void aRuntimeFailureAlsoRemovesThePartialFolder() {
        Path target = dir.resolve("study");
        InstanceFileWriter fails = (file, dataset, ts) -> {
            throw new IllegalStateException("injected bug");
        };

        assertThatThrownBy(() -> new StudyGenerator(2, fails).generate(SMALL, target))
                .isInstanceOf(IllegalStateException.class).hasMessage("injected bug");

        assertThat(dir).isEmptyDirectory();
    }

    /**
     * When one instance fails, instances still being written on other threads finish before the partial folder is
     * deleted: none writes into it afterwards, and the deletion does not race them.
     */
    @Test
    void instancesInFlightFinishBeforeThePartialFolderIsDeleted() throws IOException {
        Path target = dir.resolve("study");
        CountDownLatch fourthStarted = new CountDownLatch(1);
        AtomicBoolean fourthFinished = new AtomicBoolean();
        InstanceFileWriter writer = (file, dataset, ts) -> {
            String name = file.getFileName().toString();
            if (name.equals("instance-0004.dcm")) {
                fourthStarted.countDown();
                boolean interrupted = pauseIgnoringInterrupts(300); // a slow disk
                InstanceFileWriter.DICOM.write(file, dataset, ts);
                fourthFinished.set(true);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (name.equals("instance-0003.dcm")) {
                awaitIgnoringInterrupts(fourthStarted);
                throw new IOException("injected failure while the fourth instance is being written");
            }
            InstanceFileWriter.DICOM.write(file, dataset, ts);
        };

        assertThatThrownBy(() -> new StudyGenerator(2, writer).generate(SMALL, target))
                .hasMessage("injected failure while the fourth instance is being written");

        assertThat(fourthFinished).as("the fourth instance finished before generate() gave up").isTrue();
        assertThat(dir).as("the parent folder after the failed run").isEmptyDirectory();
    }

    private static boolean pauseIgnoringInterrupts(long millis) {
        boolean interrupted = false;
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        return interrupted;
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                if (!latch.await(1, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the fourth instance never started");
                }
                return;
            } catch (InterruptedException e) {
                // keep waiting: the test needs both instances in flight
            }
        }
    }

    @Test
    void aSpecTooSmallForTheBannerIsQuarantinedAndTheFixtureIsStillComplete() throws IOException {
        StudySpec tiny = StudySpec.builder(Modality.CT).size(64, 64).instancesPerSeries(2).seed(8L).build();
        Path target = dir.resolve("tiny");

        StudyFixture fixture = new StudyGenerator().generate(tiny, target);

        assertThat(fixture.manifest()).hasSize(2).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(ManifestEntry.Status.QUARANTINED);
            assertThat(m.reason()).startsWith("burn_region_exceeds_image (need ").endsWith(", image is 64x64)");
            assertThat(m.outputRelpath()).isEmpty();
            assertThat(m.instances()).isZero();
        });
        assertThat(fixture.manifest()).extracting(ManifestEntry::itemId).containsExactly(
                "patient/0/study/0/series/0/instance/0", "patient/0/study/0/series/0/instance/1");
        assertThat(fixture.files()).isEmpty();
        assertThat(fixture.answerKey().isEmpty()).as("answer key of quarantined instances is empty").isTrue();
        assertThat(fixture.overlays()).isEmpty();
        try (Stream<Path> walk = Files.walk(target)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".dcm")).toList()).as("DICOM files written").isEmpty();
        }
        assertThat(RunManifestCsv.read(target.resolve(RunManifestCsv.FILE_NAME))).isEqualTo(fixture.manifest());
        assertThat(FixtureFolder.open(target)).as("the quarantined fixture opened").isEqualTo(fixture);
        assertThat(siblings(target)).containsExactly("tiny");
    }

    @Test
    void theThreadCountIsChecked() {
        assertThatThrownBy(() -> new StudyGenerator(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be 1 to 256, got 0");
        assertThatThrownBy(() -> new StudyGenerator(257)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be 1 to 256, got 257");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> new StudyGenerator().generate(null, dir.resolve("x")))
                .isInstanceOf(NullPointerException.class).hasMessage("spec");
        assertThatThrownBy(() -> new StudyGenerator().generate(SMALL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("directory");
    }

    /** The names in the folder holding {@code path}, hidden ones ({@code .x.partial}) included, sorted. */
    private static List<String> siblings(Path path) throws IOException {
        try (Stream<Path> list = Files.list(path.toAbsolutePath().getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
