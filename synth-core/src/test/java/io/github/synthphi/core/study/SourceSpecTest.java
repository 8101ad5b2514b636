package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.study.source.SourceFiles;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source folder of a spec: validation, canonical form, cache key, and how items fill the slots. */
class SourceSpecTest {

    @TempDir
    Path dir;

    private Path images(String folder, int count) throws IOException {
        Path sources = dir.resolve(folder);
        for (int i = 1; i <= count; i++) {
            SourceFiles.writePng(sources.resolve("image-" + i + ".png"), SourceFiles.rgb(480, 200, i));
        }
        return sources;
    }

    @Test
    void theCanonicalFormNamesTheFolderAndReadsBackWithoutIt() throws IOException {
        Path sources = images("odd;name%20", 2);
        StudySpec spec = StudySpec.builder(Modality.US).sources(sources).seed(4).build();
        assertThat(spec.canonicalForm()).endsWith(";seed=4;sources="
                + sources.toString().replace('\\', '/').replace("%", "%25").replace(";", "%3B"));
        assertThat(StudySpec.parseCanonicalForm(spec.canonicalForm())).isEqualTo(spec);
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        FixtureFolder.deleteRecursively(sources);
        assertThat(StudySpec.parseCanonicalForm(spec.canonicalForm())).isEqualTo(spec);
        StudySpec phantom = StudySpec.builder(Modality.US).seed(4).build();
        assertThat(phantom.canonicalForm()).doesNotContain("sources");
        assertThat(phantom.sources()).isEmpty();
    }

    @Test
    void theFolderMustExistAndHoldASource() throws IOException {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> StudySpec.builder(Modality.CT).sources(missing).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sources " + missing + " is not an existing folder; give a folder of DICOM, PNG or JPEG "
                        + "files");
        Path text = dir.resolve("text");
        SourceFiles.write(text.resolve("a.txt"), "x".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> StudySpec.builder(Modality.CT).sources(text).build())
                .hasMessage("sources " + text + " has no DICOM, PNG or JPEG file (1 other file(s)); give a folder of "
                        + "sources");
    }

    @Test
    void theCacheKeyFollowsTheBytesOfTheSources() throws IOException {
        Path sources = images("imgs", 1);
        StudySpec spec = StudySpec.builder(Modality.US).sources(sources).build();
        String key = spec.cacheKey();
        assertThat(key).startsWith(spec.canonicalForm() + ";sourcesSha256=").hasSize(spec.canonicalForm().length()
                + ";sourcesSha256=".length() + 64);
        SourceFiles.writePng(sources.resolve("image-1.png"), SourceFiles.rgb(480, 200, 77));
        assertThat(spec.cacheKey()).isNotEqualTo(key);
        StudySpec phantom = StudySpec.builder(Modality.US).build();
        assertThat(phantom.cacheKey()).isEqualTo(phantom.canonicalForm());
    }

    @Test
    void itemsFillTheSlotsInOrderInstanceFastest() throws IOException {
        Path sources = images("five", 5);
        StudySpec spec = StudySpec.builder(Modality.US).sources(sources).patients(2).seriesPerStudy(2).build();
        assertThat(spec.instancesPerSeries()).isEqualTo(2); // ceil(5 / (2 x 1 x 2))
        StudyFixture study = new StudyGenerator().generate(spec, dir.resolve("out"));
        assertThat(study.manifest()).extracting(m -> m.sourceId() + " -> " + m.outputRelpath()).containsExactly(
                "image-1.png -> patient-0001/study-01/series-01/instance-0001.dcm",
                "image-2.png -> patient-0001/study-01/series-01/instance-0002.dcm",
                "image-3.png -> patient-0001/study-01/series-02/instance-0001.dcm",
                "image-4.png -> patient-0001/study-01/series-02/instance-0002.dcm",
                "image-5.png -> patient-0002/study-01/series-01/instance-0001.dcm");
        assertThat(study.manifest()).extracting(ManifestEntry::itemId).containsExactly(
                "patient/0/study/0/series/0/instance/0", "patient/0/study/0/series/0/instance/1",
                "patient/0/study/0/series/1/instance/0", "patient/0/study/0/series/1/instance/1",
                "patient/1/study/0/series/0/instance/0");
        assertThat(study.patients()).hasSize(2);
    }

    @Test
    void itemsBeyondTheSlotsAreQuarantined() throws IOException {
        Path sources = images("three", 3);
        StudySpec spec = StudySpec.builder(Modality.US).sources(sources).instancesPerSeries(2).build();
        StudyFixture study = new StudyGenerator().generate(spec, dir.resolve("out"));
        assertThat(study.files()).hasSize(2);
        assertThat(study.manifest().get(2)).isEqualTo(new ManifestEntry("source/image-3.png", "image-3.png",
                ManifestEntry.Status.QUARANTINED, "no_slot: the spec has 2 instance slots (patients x "
                        + "studiesPerPatient x seriesPerStudy x instancesPerSeries) for 3 items; build the spec again "
                        + "from the folder or raise instancesPerSeries", "", 0));
        assertThat(study.manifest().stream().map(ManifestEntry::status).collect(Collectors.toList()))
                .containsExactly(ManifestEntry.Status.PROCESSED, ManifestEntry.Status.PROCESSED,
                        ManifestEntry.Status.QUARANTINED);
        assertThat(Files.list(study.directory().resolve("patient-0001/study-01/series-01")).count()).isEqualTo(2);
    }
}
