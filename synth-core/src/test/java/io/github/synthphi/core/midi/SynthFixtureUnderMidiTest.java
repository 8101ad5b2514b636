package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.evaluate.InstanceMatch;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.evaluate.ReferenceDeidentifiers;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synth fixture scored through its answer-key.db in MIDI mode: the reference de-identifier, which passes every
 * STRICT check, fails MIDI checks only by MIDI's substring quirk (a removed text whose short token is part of a
 * kept word); pixels_hidden is blank (MIDI decides it by OCR).
 */
class SynthFixtureUnderMidiTest {

    @TempDir
    Path dir;

    @Test
    void aCorrectDeidentifierFailsNoMidiCheck() throws Exception {
        StudySpec spec = StudySpec.builder(Modality.CT).patients(1).studiesPerPatient(1).seriesPerStudy(1)
                .instancesPerSeries(2).seed(5).build();
        StudyFixture fixture = new StudyGenerator(1).generate(spec, dir.resolve("fixture"));
        Path out = dir.resolve("out");
        ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out);
        Evaluation strict = DeidOutput.of(fixture, out).evaluation();
        assertThat(strict.passed()).as("STRICT: %s", strict.findings()).isTrue();

        // the party being tested supplies MIDI's mappings; built here from the files STRICT paired
        Map<String, String> uids = new TreeMap<>();
        Map<String, String> patients = new TreeMap<>();
        DicomReader reader = new DicomReader();
        for (InstanceMatch m : strict.matches()) {
            Dataset before = reader.read(fixture.directory().resolve(m.sourceFile())).dataset();
            Dataset after = reader.read(out.resolve(m.outputFile().orElseThrow())).dataset();
            for (Tag t : List.of(Tags.StudyInstanceUID, Tags.SeriesInstanceUID, Tags.SOPInstanceUID)) {
                before.getString(t).ifPresent(o -> after.getString(t).ifPresent(n -> uids.putIfAbsent(o, n)));
            }
            for (AnswerKeyEntry e : fixture.answerKey().forInstance(m.sopInstanceUid())) {
                if (e.action() == Action.UID_CONSISTENT) {
                    MidiFile.of(after).value(e.tagPath().orElseThrow().toMidi())
                            .ifPresent(n -> uids.putIfAbsent(e.value(), n.substring(1, n.length() - 1)));
                }
            }
            before.getString(Tags.PatientID).ifPresent(o -> after.getString(Tags.PatientID)
                    .ifPresent(n -> patients.putIfAbsent(o, n)));
        }
        MidiRules rules = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), uids, patients,
                MidiRules.PixelsHidden.REVIEW);
        List<MidiResult> notPassed = new ArrayList<>();
        MidiScore score = new MidiScorer(rules).score(fixture.directory().resolve(MidiKeyWriter.FILE_NAME), out,
                r -> {
                    if (r.outcome().verdict() != MidiVerdict.PASS) {
                        notPassed.add(r);
                    }
                });
        assertThat(score.missingInstances()).isZero();
        assertThat(score.instanceLevel().all().total()).isGreaterThan(20);
        assertThat(notPassed).as("MIDI results that did not pass").allSatisfy(r -> {
            if (r.outcome().verdict() == MidiVerdict.BLANK) {
                assertThat(r.check().action()).isEqualTo(Action.PIXELS_HIDDEN);
            } else {
                // MIDI's substring quirk: no token of the removed text is a whole word of the value left
                assertThat(r.check().action()).isEqualTo(Action.TEXT_REMOVED);
                List<String> words = List.of(r.fileValue().orElseThrow().toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}]+"));
                assertThat(new MidiText(MidiStopWords.NLTK_2025).tokens(r.check().actionText().orElseThrow()))
                        .as("%s", r).noneMatch(words::contains);
            }
        });
        assertThat(score.instanceLevel().byAction()).doesNotContainKey("pixels_retained");
    }
}
