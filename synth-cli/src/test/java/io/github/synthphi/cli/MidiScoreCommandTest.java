package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.UidMappingCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synth midi-score} on a synth fixture's answer-key.db, with a copy as the "de-identified" output. */
class MidiScoreCommandTest {

    @TempDir
    static Path shared;
    static StudyFixture fixture;
    static Path copy;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        fixture = Fixtures.ct(shared.resolve("ct"));
        copy = Files.createDirectories(shared.resolve("copy"));
        for (Path f : fixture.files()) {
            Files.copy(f, copy.resolve(fixture.files().indexOf(f) + ".dcm"));
        }
    }

    @Test
    void withoutAMappingEveryInstanceIsMissingAndMidiPassesItsRemovals() {
        // MIDI's quirk: a missing file passes every removal check
        Cli r = Cli.run("midi-score", "--key", fixture.directory().resolve("answer-key.db").toString(), "--output",
                copy.toString(), "--report", dir.resolve("report").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains(fixture.files().size() + " instances in the key, " + fixture.files().size()
                + " missing").containsPattern("text_removed +[1-9]\\d* +0 ");
    }

    @Test
    void midiModeScoresACopyAsFailedAndWritesMidisReports() throws Exception {
        Path key = fixture.directory().resolve("answer-key.db");
        Map<String, String> same = new TreeMap<>();
        fixture.answerKey().instances().forEach(uid -> same.put(uid, uid));
        Path mapping = dir.resolve("uid_mapping.csv");
        UidMappingCsv.write(same, mapping);
        Cli r = Cli.run("midi-score", "--key", key.toString(), "--output", copy.toString(), "--uid-mapping",
                mapping.toString(), "--report", dir.resolve("report").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("in MIDI mode: " + fixture.files().size() + " instances in the key, 0 missing")
                .contains("series level").contains("instance level").containsPattern("text_removed +\\d +[1-9]\\d\\d ")
                .containsPattern("pixels_hidden +0 +0 +[1-9]");
        assertThat(dir.resolve("report").resolve("discrepancy_report_internal.csv")).isNotEmptyFile();
        assertThat(dir.resolve("report").resolve("discrepancy_report_participant.csv")).isNotEmptyFile();
        assertThat(dir.resolve("report").resolve("scoring_report_series.xlsx")).isNotEmptyFile();
    }

    @Test
    void strictModeJudgesTheSameKeyWithSynthsEvaluator() {
        Path key = fixture.directory().resolve("answer-key.db");
        Cli r = Cli.run("midi-score", "--mode", "STRICT", "--key", key.toString(), "--sources",
                fixture.directory().toString(), "--output", copy.toString(), "--report", dir.resolve("strict").toString(),
                "-q");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("CHECK_FAILED text_removed").contains("report: ");
        assertThat(dir.resolve("strict").resolve("report.html")).isNotEmptyFile();
    }

    @Test
    void unusableInputIsNamed() {
        Cli noKey = Cli.run("midi-score", "--key", dir.resolve("none.db").toString(), "--output", copy.toString());
        assertThat(noKey.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(noKey.err()).contains("none.db is not a file");
        Cli noSources = Cli.run("midi-score", "--mode", "STRICT", "--key",
                fixture.directory().resolve("answer-key.db").toString(), "--output", copy.toString());
        assertThat(noSources.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(noSources.err()).contains("--mode STRICT needs --sources");
        Cli badPolicy = Cli.run("midi-score", "--key", "k.db", "--output", "o", "--pixels-hidden", "MAYBE");
        assertThat(badPolicy.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(badPolicy.err()).contains("MAYBE").contains("REVIEW");
    }
}
