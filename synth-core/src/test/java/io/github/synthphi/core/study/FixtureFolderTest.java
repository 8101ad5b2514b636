package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FixtureFolderTest {

    private static final String SECOND_DICOM = "patient-0001/study-01/series-01/instance-0002.dcm";

    @TempDir
    Path dir;

    static Stream<StudySpec> specs() {
        return Stream.of(
                // Japanese names (three PN groups, ISO 2022), burn variants on some frames, two patients
                StudySpec.builder(Modality.US_CINE).frames(2).size(320, 240).patients(2).locale(IdentityLocale.JA_JP)
                        .burnVariants(EnumSet.allOf(BurnVariant.class)).seed(12L).build(),
                // German names in Latin-1, two studies of one patient, two instances each
                StudySpec.builder(Modality.CT).size(320, 320).studiesPerPatient(2).instancesPerSeries(2)
                        .locale(IdentityLocale.DE_DE).seed(13L).build());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void anOpenedFixtureEqualsTheGeneratedOne(StudySpec spec) throws IOException {
        StudyFixture generated = new StudyGenerator().generate(spec, dir.resolve("study"));

        StudyFixture opened = FixtureFolder.open(dir.resolve("study"));

        assertThat(opened.spec()).as("spec").isEqualTo(generated.spec());
        assertThat(opened.directory()).as("directory").isEqualTo(generated.directory());
        assertThat(opened.files()).as("files").isEqualTo(generated.files());
        assertThat(opened.answerKey().entries()).as("answer key").isEqualTo(generated.answerKey().entries());
        assertThat(opened.overlays()).as("overlays").isEqualTo(generated.overlays());
        assertThat(opened.manifest()).as("manifest").isEqualTo(generated.manifest());
        assertThat(opened.patients()).as("patients").isEqualTo(generated.patients());
        assertThat(opened.identities()).as("identities").isEqualTo(generated.identities());
        assertThat(opened).isEqualTo(generated);
        assertThat(opened.files()).hasSize((int) spec.instanceCount());
        assertThat(generated.answerKey().size()).as("answer key entries").isGreaterThan(100);
        assertThat(generated.overlays()).as("overlays").isNotEmpty();
    }

    @Test
    void filesComeInGenerationOrderPastNinetyNineSeries() throws IOException {
        // series-100 sorts before series-11 by name; the files must still come as generated
        StudySpec spec = StudySpec.builder(Modality.MR).seriesPerStudy(101).size(32, 32).burnIn(false).seed(14L)
                .build();
        StudyFixture generated = new StudyGenerator(2).generate(spec, dir.resolve("many"));
        StudyFixture opened = FixtureFolder.open(dir.resolve("many"));
        assertThat(generated.files()).hasSize(101);
        assertThat(opened.files()).isEqualTo(generated.files());
        assertThat(opened.files().get(99).toString()).contains("series-100");
    }

    @Test
    void theMarkerListsEveryOtherFileWithItsSizeAndSha256() throws IOException {
        Path target = dir.resolve("study");
        StudyFixture fixture = new StudyGenerator().generate(specs().toList().get(1), target);

        List<String> lines = Files.readAllLines(target.resolve(FixtureFolder.MARKER), StandardCharsets.UTF_8);

        assertThat(lines.get(0)).isEqualTo("synth-fixture 1");
        assertThat(lines.get(1)).isEqualTo("spec " + fixture.spec().canonicalForm());
        FolderDigests digests = FolderDigests.of(target);
        List<String> expected = digests.digests().entrySet().stream()
                .filter(e -> !e.getKey().equals(FixtureFolder.MARKER))
                .map(e -> "file " + e.getValue() + " " + size(target.resolve(e.getKey())) + " " + e.getKey()).toList();
        assertThat(lines.subList(2, lines.size())).isEqualTo(expected);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFolderWithoutTheMarkerIsNotAFixture() throws IOException {
        Path target = generate();
        Files.delete(target.resolve(FixtureFolder.MARKER));

        assertThatThrownBy(() -> FixtureFolder.open(target)).isInstanceOf(IncompleteFixtureException.class)
                .hasMessageContaining(target + " has no synth-fixture.txt: it is not a complete synth fixture");
    }

    @ParameterizedTest
    @ValueSource(strings = {SECOND_DICOM, "answer-key.csv", "phi_overlays.csv", "run_manifest.csv",
            "patient-mapping.csv"})
    void aDeletedFileIsNamed(String relative) throws IOException {
        Path target = generate();
        Files.delete(target.resolve(relative));

        assertThatThrownBy(() -> FixtureFolder.open(target)).isInstanceOf(IncompleteFixtureException.class)
                .hasMessage(target.resolve(relative) + " is listed in synth-fixture.txt but missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {SECOND_DICOM, "answer-key.csv", "patient-mapping.csv"})
    void aChangedByteIsNamed(String relative) throws IOException {
        Path target = generate();
        Path file = target.resolve(relative);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> FixtureFolder.open(target)).isInstanceOf(IncompleteFixtureException.class)
                .hasMessage(file + " was changed after generation (its size or SHA-256 differs from "
                        + "synth-fixture.txt)");
    }

    @Test
    void aFileCutShortIsNamed() throws IOException {
        Path target = generate();
        Path file = target.resolve(SECOND_DICOM);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));

        assertThatThrownBy(() -> FixtureFolder.open(target)).isInstanceOf(IncompleteFixtureException.class)
                .hasMessageStartingWith(file + " was changed after generation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "patient-0001/study-01/series-01/instance-0003.dcm", "patient-0002/x.dcm"})
    void anAddedFileIsNamed(String relative) throws IOException {
        Path target = generate();
        Path added = target.resolve(relative);
        Files.createDirectories(added.getParent());
        Files.writeString(added, "added after generation", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FixtureFolder.open(target)).isInstanceOf(IncompleteFixtureException.class)
                .hasMessage(target + " holds files synth-fixture.txt does not list: [" + relative + "]");
    }

    @Test
    void aMarkerOfAnotherFormatIsRefused() throws IOException {
        Path target = generate();
        Path marker = target.resolve(FixtureFolder.MARKER);
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        Files.write(marker, Stream.concat(Stream.of("synth-fixture 2"), lines.stream().skip(1)).toList(),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FixtureFolder.open(target)).isInstanceOf(IncompleteFixtureException.class)
                .hasMessage(marker + " is not a synth fixture marker of format 'synth-fixture 1'");
    }

    private Path generate() throws IOException {
        Path target = dir.resolve("study");
        new StudyGenerator().generate(StudySpec.builder(Modality.SC).size(320, 320).instancesPerSeries(2).seed(4L)
                .build(), target);
        assertThat(target.resolve(SECOND_DICOM)).isRegularFile();
        return target;
    }
}
