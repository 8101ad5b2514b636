package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes answer-key.db beside answer-key.csv, deterministically, unless told not to. */
class GeneratedMidiKeyTest {

    private static final StudySpec SPEC = StudySpec.builder(Modality.CT).patients(1).studiesPerPatient(1)
            .seriesPerStudy(2).instancesPerSeries(2).seed(11).build();

    @TempDir
    Path dir;

    @Test
    void theDatabaseIsWrittenByDefaultListedInTheMarkerAndTheSameOnEveryRun() throws Exception {
        StudyFixture one = new StudyGenerator(1).generate(SPEC, dir.resolve("one"));
        new StudyGenerator(2).generate(SPEC, dir.resolve("two"));
        Path db = one.directory().resolve(MidiKeyWriter.FILE_NAME);
        assertThat(db).isRegularFile();
        assertThat(Files.mismatch(db, dir.resolve("two").resolve(MidiKeyWriter.FILE_NAME)))
                .as("answer-key.db of two runs with 1 and 2 threads").isEqualTo(-1L);
        assertThat(Files.readString(one.directory().resolve(FixtureFolder.MARKER)))
                .contains(" " + MidiKeyWriter.FILE_NAME + "\n");
        StudyFixture reopened = FixtureFolder.open(one.directory());
        assertThat(MidiKeys.read(db)).isEqualTo(reopened.answerKey());

        List<MidiRow> rows = new ArrayList<>();
        try (MidiAnswerDb key = MidiAnswerDb.open(db)) {
            key.forEachRow(rows::add);
        }
        assertThat(rows).hasSize(4);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.modality()).isEqualTo("CT");
            assertThat(r.sopClassUid()).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
            assertThat(r.patientId()).isNotEmpty().isEqualTo(r.group());
            assertThat(r.studyInstanceUid()).startsWith("2.25.");
            assertThat(r.seriesInstanceUid()).startsWith("2.25.");
            assertThat(r.checks()).isNotEmpty();
        });
        assertThat(rows.stream().map(MidiRow::seriesInstanceUid).distinct()).hasSize(2);
    }

    @Test
    void turnedOffItIsNotWrittenAndNoOtherFileChanges() throws Exception {
        StudyFixture with = new StudyGenerator(1).generate(SPEC, dir.resolve("with"));
        StudyFixture without = new StudyGenerator(1).withMidiKey(false).generate(SPEC, dir.resolve("without"));
        assertThat(without.directory().resolve(MidiKeyWriter.FILE_NAME)).doesNotExist();
        assertThat(FixtureFolder.open(without.directory()).answerKey()).isEqualTo(with.answerKey());
        List<Path> files;
        try (Stream<Path> s = Files.walk(without.directory())) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.endsWith(FixtureFolder.MARKER)).toList();
        }
        assertThat(files).hasSizeGreaterThan(4);
        for (Path f : files) {
            Path other = with.directory().resolve(without.directory().relativize(f).toString());
            assertThat(Files.mismatch(f, other)).as("%s", f.getFileName()).isEqualTo(-1L);
        }
    }
}
