package io.github.synthphi.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.maven.Study;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureSetTest {

    private static final StudyGenerator GENERATOR = new StudyGenerator(1);

    @TempDir
    Path temp;

    private static List<PlannedStudy> plans(long seed, String... texts) throws ConfigurationException {
        List<Study> studies = new ArrayList<>();
        for (String t : texts) {
            Study s = new Study();
            s.set(t);
            studies.add(s);
        }
        return StudyPlans.resolve(seed, studies);
    }

    /** Two tiny studies without burned-in text: fast to write. */
    private static List<PlannedStudy> small(long seed) throws ConfigurationException {
        return plans(seed, "CT:rows=32:columns=32:burnIn=false:instances=2", "MR:rows=32:columns=32:burnIn=false");
    }

    private static Fingerprint fingerprint(List<PlannedStudy> plans) throws IOException {
        return Fingerprint.of("1.0", List.of(), plans);
    }

    private FixtureSet generated(List<PlannedStudy> plans) throws IOException {
        FixtureSet set = new FixtureSet(temp.resolve("fixtures"));
        set.generate(fingerprint(plans), plans, GENERATOR::generate, "test");
        return set;
    }

    @Test
    void aFreshRunIsUpToDateWithItsCounts() throws Exception {
        List<PlannedStudy> plans = small(1);
        FixtureSet set = generated(plans);

        FixtureSet.Check check = set.check(fingerprint(plans), plans);

        assertThat(check.reason()).isEmpty();
        FixtureSet.Outcome o = check.current().orElseThrow();
        assertThat(o.generated()).isFalse();
        assertThat(o.studies()).containsExactly("ct", "mr");
        assertThat(o.instances()).isEqualTo(3);
        assertThat(o.quarantined()).isZero();
        long bytes;
        try (Stream<Path> walk = Files.walk(set.directory())) {
            bytes = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(Fingerprint.FILE_NAME))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(o.bytes()).isEqualTo(bytes);
        assertThat(Files.readString(set.directory().resolve(Fingerprint.FILE_NAME)))
                .startsWith(Fingerprint.FORMAT + "\nplugin 1.0\n")
                .contains("\nmarker ct " + Hashes.sha256(set.directory().resolve("ct/" + FixtureFolder.MARKER)));
    }

    @Test
    void aChangedSeedIsAChangedConfiguration() throws Exception {
        FixtureSet set = generated(small(1));
        List<PlannedStudy> other = small(2);

        FixtureSet.Check check = set.check(fingerprint(other), other);

        assertThat(check.current()).isEmpty();
        assertThat(check.reason()).startsWith("the configuration changed: study ct changed: seed=");
    }

    @Test
    void anotherPluginVersionRegenerates() throws Exception {
        List<PlannedStudy> plans = small(1);
        FixtureSet set = generated(plans);

        FixtureSet.Check check = set.check(Fingerprint.of("1.1", List.of(), plans), plans);

        assertThat(check.reason()).isEqualTo("the configuration changed: plugin version changed (1.0 -> 1.1)");
    }

    @Test
    void aChangedFileIsFoundEvenWithItsSizeKept() throws Exception {
        List<PlannedStudy> plans = small(1);
        FixtureSet set = generated(plans);
        Path file;
        try (Stream<Path> walk = Files.walk(set.directory().resolve("ct"))) {
            file = walk.filter(p -> p.toString().endsWith(".dcm")).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);

        FixtureSet.Check check = set.check(fingerprint(plans), plans);

        assertThat(check.current()).isEmpty();
        assertThat(check.reason()).contains(file.getFileName().toString()).contains("changed after generation");
    }

    @Test
    void anExtraOrMissingEntryRegenerates() throws Exception {
        List<PlannedStudy> plans = small(1);
        FixtureSet set = generated(plans);
        Files.writeString(set.directory().resolve("notes.txt"), "mine");

        assertThat(set.check(fingerprint(plans), plans).reason()).endsWith("holds [notes.txt], which no study generated");

        Files.delete(set.directory().resolve("notes.txt"));
        FixtureFolder.deleteRecursively(set.directory().resolve("mr"));
        assertThat(set.check(fingerprint(plans), plans).reason()).endsWith("lacks [mr]");
    }

    @Test
    void aMarkerRewrittenByHandIsNotTheOneTheRunWrote() throws Exception {
        List<PlannedStudy> plans = small(1);
        FixtureSet set = generated(plans);
        Path marker = set.directory().resolve("ct/" + FixtureFolder.MARKER);
        Files.writeString(marker, Files.readString(marker) + "\n", StandardCharsets.UTF_8);

        assertThat(set.check(fingerprint(plans), plans).reason())
                .isEqualTo("ct/" + FixtureFolder.MARKER + " is not the one the last run wrote");
    }

    @Test
    void withoutAFingerprintTheFolderIsStale() throws Exception {
        List<PlannedStudy> plans = small(1);
        FixtureSet set = new FixtureSet(temp.resolve("fixtures"));

        assertThat(set.check(fingerprint(plans), plans).reason()).endsWith("does not exist");

        Files.createDirectories(set.directory());
        Files.writeString(set.directory().resolve(Fingerprint.FILE_NAME), "synth-maven-plugin fingerprint 0\n");
        assertThat(set.check(fingerprint(plans), plans).reason()).startsWith("no fingerprint of a completed run");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputAndNoTemporaryFolder() throws Exception {
        List<PlannedStudy> before = small(1);
        FixtureSet set = generated(before);
        String fingerprintBefore = Files.readString(set.directory().resolve(Fingerprint.FILE_NAME));
        List<PlannedStudy> after = small(2);

        assertThatThrownBy(() -> set.generate(fingerprint(after), after, (spec, dir) -> {
            if (dir.getFileName().toString().equals("mr")) {
                throw new IOException("disk full");
            }
            return GENERATOR.generate(spec, dir);
        }, "test")).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(set.check(fingerprint(before), before).current()).isPresent();
        assertThat(Files.readString(set.directory().resolve(Fingerprint.FILE_NAME))).isEqualTo(fingerprintBefore);
        try (Stream<Path> list = Files.list(temp)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("fixtures");
        }
    }

    @Test
    void aFolderWithFilesSynthDidNotWriteIsRefused() throws Exception {
        Path dir = temp.resolve("fixtures");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("important.txt"), "keep me");
        FixtureSet set = new FixtureSet(dir);
        List<PlannedStudy> plans = small(1);

        assertThatThrownBy(() -> set.generate(fingerprint(plans), plans, GENERATOR::generate, "test"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("holds [important.txt], which synth did not write")
                .hasMessageContaining("-Dsynth.fixturesDirectory");
        assertThat(dir.resolve("important.txt")).hasContent("keep me");
    }

    @Test
    void generationReplacesAnEarlierRunAndItsStudies() throws Exception {
        FixtureSet set = generated(small(1));
        List<PlannedStudy> one = plans(1, "CT:rows=32:columns=32:burnIn=false");

        FixtureSet.Outcome o = set.generate(fingerprint(one), one, GENERATOR::generate, "because");

        assertThat(o.generated()).isTrue();
        assertThat(o.reason()).isEqualTo("because");
        try (Stream<Path> list = Files.list(set.directory())) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ct",
                    Fingerprint.FILE_NAME);
        }
        assertThat(set.check(fingerprint(one), one).current()).isPresent();
    }
}
