package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedDictionaryTest {

    /** The standard tables beside the project, as CI and developers have them. */
    static Path standardTables() {
        return Path.of("").toAbsolutePath().getParent().resolve("../shared/dicom-standard").normalize();
    }

    @Test
    void committedFilesAreWhatTheGeneratorWrites() throws IOException {
        Path standard = standardTables();
        assumeTrue(Files.isRegularFile(standard.resolve("dictionary.tsv")),
                "the DICOM standard tables are not beside the project at " + standard);
        Map<String, String> generated = DictionaryGenerator.generate(standard, Path.of(DictionaryGenerator.KEYWORDS));
        assertThat(generated).hasSize(4);
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String committed = Files.readString(Path.of(file.getKey()), StandardCharsets.UTF_8);
            assertThat(committed)
                    .as("%s is stale: regenerate it as src/dictionary/README.md says", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void dictionaryKnowsEveryRowOfTheStandardTable() throws IOException {
        Path table = standardTables().resolve("dictionary.tsv");
        assumeTrue(Files.isRegularFile(table), "the DICOM standard tables are not beside the project");
        Dictionary dict = Dictionary.standard();
        int checked = 0;
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8).subList(1, 5356)) {
            String[] f = line.split("\t", -1);
            if (f[0].contains("x") || f[1].isEmpty()) {
                continue;
            }
            Tag tag = Tag.parse(f[0]);
            Dictionary.Entry e = dict.entry(tag).orElseThrow();
            assertThat(e.keyword()).isEqualTo(f[1]);
            assertThat(dict.tagOf(f[1])).contains(tag);
            assertThat(String.join(" or ", e.vrs().stream().map(Vr::name).toList())).isEqualTo(f[3]);
            assertThat(e.vm()).isEqualTo(f[4].replace(" ", ""));
            assertThat(e.retired()).isEqualTo(f[5].equals("Y"));
            assertThat(e.name()).isEqualTo(f[2]);
            checked++;
        }
        assertThat(checked).isGreaterThan(5000);
    }

    @Test
    void repeatingGroupsMatchByMask() {
        Dictionary dict = Dictionary.standard();
        assertThat(dict.entry(Tag.of(0x6002, 0x3000)).map(Dictionary.Entry::keyword)).contains("OverlayData");
        assertThat(dict.entry(Tag.of(0x601E, 0x0010)).map(Dictionary.Entry::keyword)).contains("OverlayRows");
        assertThat(dict.entry(Tag.of(0x6001, 0x3000))).as("odd groups are private").isEmpty();
        assertThat(dict.vrOf(Tag.of(0x0009, 0x0010))).as("private creator").isEqualTo(Vr.LO);
        assertThat(dict.vrOf(Tag.of(0x0009, 0x1010))).as("private data").isEqualTo(Vr.UN);
        assertThat(dict.vrOf(Tag.of(0x0008, 0x0000))).as("group length").isEqualTo(Vr.UL);
        assertThat(Tags.PatientName.keyword()).contains("PatientName");
        assertThat(Tags.PixelData.value()).isEqualTo(0x7FE00010);
    }
}
