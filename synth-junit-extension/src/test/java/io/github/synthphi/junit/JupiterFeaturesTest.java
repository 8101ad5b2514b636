package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.StudyFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The extension next to the rest of JUnit: lifecycle methods, constructors, nesting, lifecycles, repetition. */
class JupiterFeaturesTest {

    static final Map<String, List<Path>> FOLDERS = new ConcurrentHashMap<>();

    static void seen(String where, Path folder) {
        FOLDERS.computeIfAbsent(where, k -> new CopyOnWriteArrayList<>()).add(folder);
    }

    @Test
    void constructorsLifecycleMethodsNestedClassesAndRepetitionsShareOneStudy() {
        FOLDERS.clear();

        Kit.run(LifecycleTestCase.class).testEvents().assertStatistics(s -> s.started(5).succeeded(5));

        assertThat(FOLDERS.keySet()).containsExactlyInAnyOrder("beforeAll", "constructor", "beforeEach", "test",
                "repeated", "nested");
        Path folder = FOLDERS.get("beforeAll").get(0);
        assertThat(FOLDERS.values()).allSatisfy(list -> assertThat(list).containsOnly(folder));
        assertThat(FOLDERS.get("repeated")).hasSize(3);
        assertThat(folder).as("deleted at the end of the run").doesNotExist();
    }

    @Test
    void aPerClassInstanceIsInjectedOnce() {
        FOLDERS.clear();

        Kit.run(PerClassTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));

        assertThat(FOLDERS.get("constructor")).hasSize(1);
        assertThat(FOLDERS.get("test")).containsOnly(FOLDERS.get("constructor").get(0));
    }

    @Test
    void aTestEditsItsOwnCopyInATempDir() {
        FOLDERS.clear();

        Kit.run(TempDirTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));

        assertThat(FOLDERS.get("copy").get(0)).isNotEqualTo(FOLDERS.get("shared").get(0));
    }

    static class LifecycleTestCase {
        LifecycleTestCase(@SmallStudy Path study) {
            seen("constructor", study);
        }

        @BeforeAll
        static void beforeAll(@SmallStudy Path study) {
            seen("beforeAll", study);
        }

        @BeforeEach
        void beforeEach(@SmallStudy StudyFixture study) {
            seen("beforeEach", study.directory());
        }

        @Test
        void test(@SmallStudy Path study) {
            seen("test", study);
        }

        @RepeatedTest(3)
        void repeated(@SmallStudy Path study) {
            seen("repeated", study);
        }

        @Nested
        class Inner {
            @Test
            void nested(@SmallStudy Path study) {
                seen("nested", study);
            }
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassTestCase {
        private final Path study;

        PerClassTestCase(@SmallStudy Path study) {
            this.study = study;
            seen("constructor", study);
        }

        @Test
        void first() {
            seen("test", study);
        }

        @Test
        void second() {
            seen("test", study);
        }
    }

    static class TempDirTestCase {
        @Test
        void editsACopy(@SmallStudy StudyFixture shared, @TempDir Path dir) throws Exception {
            StudyFixture mine = shared.copyTo(dir.resolve("mine"));
            Files.write(mine.files().get(0), new byte[] {0});
            seen("shared", shared.directory());
            seen("copy", mine.directory());
            assertThat(FixtureFolder.open(shared.directory())).isEqualTo(shared);
        }
    }
}
