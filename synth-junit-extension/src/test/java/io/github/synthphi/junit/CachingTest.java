package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** One study per spec and seed for the whole run, also in parallel; read-only, checked, and cleaned up. */
class CachingTest {

    static final List<Path> FOLDERS = new CopyOnWriteArrayList<>();
    static final List<Boolean> MIDI_KEYS = new CopyOnWriteArrayList<>();
    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();
    static final Map<String, String> PERMISSIONS = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    @Test
    void theMidiKeyIsWrittenUnlessSynthMidiKeyIsFalse() {
        MIDI_KEYS.clear();
        Kit.run(OneStudyTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
        Kit.run(Map.of(Settings.MIDI_KEY, "false"), OneStudyTestCase.class).testEvents()
                .assertStatistics(s -> s.succeeded(1));
        assertThat(MIDI_KEYS).containsExactly(true, false);
        Throwable bad = Kit.onlyFailure(Kit.run(Map.of(Settings.MIDI_KEY, "no"), OneStudyTestCase.class));
        assertThat(bad).hasMessageContaining("configuration parameter synth.midiKey must be true or false, got 'no'");
    }

    @Test
    void parallelTestsOfSeveralClassesShareOneGenerationPerSpec() {
        FOLDERS.clear();
        THREADS.clear();
        Map<String, String> parallel = Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

        EngineExecutionResults results = Kit.run(parallel, ParallelTestCase.class, OtherParallelTestCase.class);

        results.testEvents().assertStatistics(s -> s.succeeded(24).failed(0));
        assertThat(THREADS).as("tests ran on several threads").hasSizeGreaterThan(1);
        assertThat(Kit.entries(results, "synth.generated")).as("generations").hasSize(2);
        assertThat(FOLDERS.stream().distinct()).hasSize(2);
    }

    @Test
    void sharedFilesAndFoldersAreReadOnly() {
        assumeThat(FilePermissions.posix()).as("POSIX permissions").isTrue();
        PERMISSIONS.clear();

        Kit.run(PermissionsTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

        assertThat(PERMISSIONS).containsEntry("file", "r--r--r--").containsEntry("folder", "r-xr-xr-x")
                .containsEntry("marker", "r--r--r--");
    }

    @Test
    void theRunFolderIsMadeInSynthFixturesDirAndDeletedAtTheEnd() throws IOException {
        FOLDERS.clear();

        Kit.run(Map.of("synth.fixtures.dir", tmp.toString()), OneStudyTestCase.class).testEvents()
                .assertStatistics(s -> s.succeeded(1));

        assertThat(FOLDERS.get(0).startsWith(tmp)).as(FOLDERS.get(0) + " in " + tmp).isTrue();
        assertThat(FOLDERS.get(0)).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("left in synth.fixtures.dir").isEmpty();
        }
    }

    @Test
    void synthKeepKeepsTheFolderAndPrintsIt() throws IOException {
        FOLDERS.clear();

        String printed = printed(() -> Kit.run(Map.of("synth.keep", "true", "synth.fixtures.dir", tmp.toString()),
                OneStudyTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1)));

        Path kept = FOLDERS.get(0);
        assertThat(FixtureFolder.open(kept).files()).isNotEmpty();
        assertThat(printed).contains("synth: kept " + kept + " (cleanup NEVER or synth.keep=true); spec modality=SC;");
        deleteKept(kept);
    }

    @Test
    void onSuccessKeepsTheStudyOfAFailedTestOnly() throws IOException {
        FOLDERS.clear();

        String printed = printed(() -> Kit.run(Map.of("synth.cleanup", "on_success"), OnSuccessTestCase.class)
                .testEvents().assertStatistics(s -> s.succeeded(1).failed(1)));

        assertThat(FOLDERS).hasSize(2);
        Path passed = FOLDERS.stream().filter(p -> p.getFileName().toString().startsWith("sc-seed1-")).findFirst()
                .orElseThrow();
        Path failed = FOLDERS.stream().filter(p -> p.getFileName().toString().startsWith("sc-seed2-")).findFirst()
                .orElseThrow();
        assertThat(passed).as("the passed test's study").doesNotExist();
        assertThat(FixtureFolder.open(failed).seed()).as("the failed test's study").isEqualTo(2L);
        assertThat(printed).contains("synth: kept " + failed + " (cleanup ON_SUCCESS and a test that received it "
                + "failed)");
        deleteKept(failed);
    }

    @Test
    void anAnnotationThatSaysNeverKeepsItsStudy() throws IOException {
        FOLDERS.clear();

        printed(() -> Kit.run(NeverTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1)));

        assertThat(FOLDERS.get(0)).isDirectory();
        deleteKept(FOLDERS.get(0));
    }

    @Test
    void aTestThatChangesASharedFileFailsNamingItAndTheNextTestGetsANewStudy() throws IOException {
        FOLDERS.clear();

        EngineExecutionResults[] run = new EngineExecutionResults[1];
        printed(() -> run[0] = Kit.run(Map.of("synth.keep", "true"), TamperingTestCase.class));
        EngineExecutionResults results = run[0];

        Throwable failure = Kit.onlyFailure(results);
        assertThat(failure).isInstanceOf(SharedStudyChangedException.class)
                .hasMessageContaining("test " + TamperingTestCase.class.getName() + ".tampers() [tampers(StudyFixture)] changed the "
                        + "study of tampers(#0) in " + FOLDERS.get(0) + ": file patient-0001/study-01/series-01/"
                        + "instance-0001.dcm was changed (size ")
                .hasMessageContaining("take a writable copy with study.copyTo(dir)");
        assertThat(FOLDERS).hasSize(2);
        assertThat(FOLDERS.get(1)).isNotEqualTo(FOLDERS.get(0));
        assertThat(FixtureFolder.open(FOLDERS.get(1)).files()).hasSize(1);
        assertThat(Kit.entries(results, "synth.generated")).hasSize(2);
        deleteKept(FOLDERS.get(0));
        deleteKept(FOLDERS.get(1));
    }

    @Test
    void anUnknownCleanupModeOrKeepValueIsNamedWithTheAllowedValues() {
        Throwable cleanup = Kit.onlyFailure(Kit.run(Map.of("synth.cleanup", "sometimes"), OneStudyTestCase.class));
        Throwable keep = Kit.onlyFailure(Kit.run(Map.of("synth.keep", "yes"), OneStudyTestCase.class));

        assertThat(cleanup).hasMessageContaining("configuration parameter synth.cleanup must be ALWAYS, ON_SUCCESS or "
                + "NEVER, got 'sometimes'");
        assertThat(keep).hasMessageContaining("configuration parameter synth.keep must be true or false, got 'yes'");
    }

    private static void deleteKept(Path study) throws IOException {
        FilePermissions.delete(study);
        RunFolder.deleteIfEmpty(study.getParent());
    }

    private static String printed(Runnable run) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static class ParallelTestCase {
        @RepeatedTest(12)
        void shares(@SmallStudy Path study) {
            FOLDERS.add(study);
            THREADS.add(Thread.currentThread().getName());
        }
    }

    static class OtherParallelTestCase {
        @RepeatedTest(6)
        void sharesToo(@SmallStudy Path study) {
            FOLDERS.add(study);
            THREADS.add(Thread.currentThread().getName());
        }

        @RepeatedTest(6)
        void another(@SyntheticStudy(modality = Modality.SC, rows = 320, columns = 320, seed = 6) Path study) {
            FOLDERS.add(study);
            THREADS.add(Thread.currentThread().getName());
        }
    }

    static class PermissionsTestCase {
        @Test
        void reads(@SmallStudy StudyFixture study) throws IOException {
            PERMISSIONS.put("file", PosixFilePermissions.toString(Files.getPosixFilePermissions(study.files().get(0))));
            PERMISSIONS.put("folder", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    study.files().get(0).getParent())));
            PERMISSIONS.put("marker", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    study.directory().resolve(FixtureFolder.MARKER))));
        }
    }

    static class OneStudyTestCase {
        @Test
        void uses(@SmallStudy Path study) {
            FOLDERS.add(study);
            MIDI_KEYS.add(Files.isRegularFile(study.resolve("answer-key.db")));
        }
    }

    static class OnSuccessTestCase {
        @Test
        void passes(@SyntheticStudy(modality = Modality.SC, seed = 1) Path study) {
            FOLDERS.add(study);
        }

        @Test
        void fails(@SyntheticStudy(modality = Modality.SC, seed = 2) Path study) {
            FOLDERS.add(study);
            throw new AssertionError("keep my study");
        }
    }

    static class NeverTestCase {
        @Test
        void uses(@SyntheticStudy(modality = Modality.SC, seed = 1, cleanup = CleanupMode.NEVER) Path study) {
            FOLDERS.add(study);
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TamperingTestCase {
        @Test
        @Order(1)
        void tampers(@SmallStudy StudyFixture study) throws IOException {
            FOLDERS.add(study.directory());
            Path file = study.files().get(0);
            // what a careless test does; as root the permission bits would not even stop the write
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            Files.write(file, new byte[] {1}, StandardOpenOption.APPEND);
        }

        @Test
        @Order(2)
        void getsAFreshStudy(@SmallStudy StudyFixture study) {
            FOLDERS.add(study.directory());
        }
    }
}
