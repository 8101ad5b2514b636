package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpCommandTest {

    @TempDir
    static Path shared;
    static StudyFixture ct;
    static StudyFixture japanese;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        ct = Fixtures.ct(shared.resolve("ct"));
        japanese = new StudyGenerator().generate(StudySpec.builder(Modality.MR).size(512, 512)
                .locale(IdentityLocale.JA_JP).seed(8).build(), shared.resolve("ja"));
    }

    @Test
    void everyPlantedValueIsShownAtItsTagPath() throws Exception {
        assertPlantedValuesShown(ct);
    }

    @Test
    void textIsDecodedWithTheFilesCharacterSet() throws Exception {
        assertPlantedValuesShown(japanese);
        Cli r = Cli.run("dump", japanese.files().get(0).toString());
        assertThat(r.out()).contains("SpecificCharacterSet CS [\\ISO 2022 IR 87]");
    }

    private static void assertPlantedValuesShown(StudyFixture fixture) throws Exception {
        for (Path file : fixture.files()) {
            String sop = new DicomReader().read(file).dataset().getString(Tags.SOPInstanceUID).orElseThrow();
            Cli r = Cli.run("dump", file.toString());
            assertThat(r.code()).as(r.toString()).isZero();
            List<String> lines = r.out().lines().toList();
            List<AnswerKeyEntry> entries = fixture.answerKey().forInstance(sop).stream()
                    .filter(e -> e.tagPath().isPresent() && !e.value().isEmpty()
                            && Vr.of(e.vr()).map(Vr::isText).orElse(false)).toList();
            assertThat(entries).hasSizeGreaterThan(50);
            for (AnswerKeyEntry e : entries) {
                String path = e.tagPath().get().toMidi();
                assertThat(lines).as("%s %s in %s", path, e.value(), file)
                        .anySatisfy(l -> assertThat(l.strip()).startsWith(path + " ").contains(e.value()));
            }
        }
    }

    @Test
    void privateElementsShowTheirCreatorAndSequencesTheirItems() {
        Cli r = Cli.run("dump", ct.files().get(0).toString());
        assertThat(r.out()).containsPattern("<\\(00[0-9a-f]{2},\"[^\"]+\",[0-9a-f]{2}\\)> private \\(")
                .containsPattern("OtherPatientIDsSequence SQ \\d+ items?\n").contains("PrivateCreator LO [");
        assertThat(r.out()).contains("pixels:").contains("decodable: yes").containsPattern("sha256 of decoded frames: [0-9a-f]{64}");
    }

    @Test
    void jsonHasOneRowPerElement() throws Exception {
        Path file = ct.files().get(1);
        Cli text = Cli.run("dump", file.toString());
        Cli json = Cli.run("dump", "--json", file.toString());
        assertThat(json.code()).isZero();
        long textRows = text.out().lines().filter(l -> l.startsWith("  ") && l.strip().startsWith("<(")).count();
        long jsonRows = Arrays.stream(json.out().split("\n")).filter(l -> l.contains("\"path\" :")).count();
        assertThat(jsonRows).isEqualTo(textRows).isGreaterThan(100);
        assertThat(json.out()).contains("\"decodable\" : true").contains("\"sha256\" : \"");
    }

    @Test
    void anUnreadableFileNamesTheOffsetAndExitsWithTwoButTheOthersAreDumped() throws Exception {
        byte[] bytes = Files.readAllBytes(ct.files().get(0));
        Path broken = Files.write(dir.resolve("broken.dcm"), Arrays.copyOf(bytes, 900));
        Cli r = Cli.run("dump", broken.toString(), ct.files().get(1).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("synth dump: ").contains(broken.toString()).contains("at byte");
        assertThat(r.out()).contains("# " + broken).contains("unreadable: ").contains("# " + ct.files().get(1))
                .contains("PatientName PN");
        Cli missing = Cli.run("dump", dir.resolve("none.dcm").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(missing.err()).contains("none.dcm: no such file");
    }
}
