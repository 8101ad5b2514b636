package io.github.synthphi.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.maven.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path temp;

    private static List<PlannedStudy> plans(String... texts) throws ConfigurationException {
        List<Study> studies = new ArrayList<>();
        for (String t : texts) {
            Study s = new Study();
            s.set(t);
            studies.add(s);
        }
        return StudyPlans.resolve(42, studies);
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameInputs() throws Exception {
        Fingerprint f = Fingerprint.of("2.0", List.of(), plans("CT", "MR"));
        Path file = temp.resolve(Fingerprint.FILE_NAME);
        Files.writeString(file, f.text(Map.of("mr", "bb", "ct", "aa")));

        Fingerprint.Stored stored = Fingerprint.read(file).orElseThrow();

        assertThat(f.difference(stored)).isEmpty();
        assertThat(stored.markers()).containsExactly(Map.entry("ct", "aa"), Map.entry("mr", "bb"));
        assertThat(Files.readAllLines(file)).first().isEqualTo(Fingerprint.FORMAT);
    }

    @Test
    void turningTheMidiKeyOffChangesTheInputs() throws Exception {
        assertThat(Fingerprint.of("2.0", List.of(), plans("CT"), false).inputs())
                .isNotEqualTo(Fingerprint.of("2.0", List.of(), plans("CT"), true).inputs())
                .contains("midi-key false");
        assertThat(Fingerprint.of("2.0", List.of(), plans("CT")).inputs()).contains("midi-key true");
    }

    @Test
    void theStudiesAreWrittenByNameWhateverTheirOrder() throws Exception {
        assertThat(Fingerprint.of("2.0", List.of(), plans("MR", "CT")).inputs())
                .isEqualTo(Fingerprint.of("2.0", List.of(), plans("CT", "MR")).inputs());
    }

    @Test
    void aSnapshotHashesItsCodeAReleaseDoesNot() throws Exception {
        Path jar = temp.resolve("plugin.jar");
        Files.writeString(jar, "code");
        List<PlannedStudy> plans = plans("CT");

        assertThat(Fingerprint.of("1.0-SNAPSHOT", List.of(jar), plans).inputs())
                .contains("code plugin.jar " + Hashes.sha256("code"));
        assertThat(Fingerprint.of("1.0", List.of(jar), plans).inputs()).noneMatch(l -> l.startsWith("code "));
    }

    @Test
    void differencesAreNamed() throws Exception {
        Fingerprint before = Fingerprint.of("2.0", List.of(), plans("CT", "MR:instances=2"));
        Path file = temp.resolve(Fingerprint.FILE_NAME);
        Files.writeString(file, before.text(Map.of()));
        Fingerprint.Stored stored = Fingerprint.read(file).orElseThrow();

        Fingerprint after = Fingerprint.of("2.0", List.of(), plans("MR:instances=3", "US"));

        assertThat(after.difference(stored)).hasValue("study mr changed: instances=2 -> instances=3; study us is new; "
                + "study ct is gone");
    }

    @Test
    void anotherFormatOrNoFileIsNoFingerprint() throws Exception {
        Path file = temp.resolve(Fingerprint.FILE_NAME);

        assertThat(Fingerprint.read(file)).isEmpty();

        Files.writeString(file, "synth-maven-plugin fingerprint 2\nplugin 1\n");
        assertThat(Fingerprint.read(file)).isEmpty();
    }
}
