package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestCsvTest {

    private static final String HEADER = "item_id,source_id,status,reason,output_relpath,instances";

    @TempDir
    Path dir;

    @Test
    void readsBackEqualEntriesWithNastyValues() throws IOException {
        List<ManifestEntry> entries = TruthSamples.manifest(5, 400);
        Path file = dir.resolve(RunManifestCsv.FILE_NAME);
        RunManifestCsv.write(entries, file);
        assertThat(RunManifestCsv.read(file)).containsExactlyElementsOf(entries);
    }

    @Test
    void writesStatusInLowerCaseWithTheReason() throws IOException {
        StringWriter out = new StringWriter();
        RunManifestCsv.write(List.of(
                new ManifestEntry("CT-0001", "patient-0001", ManifestEntry.Status.PROCESSED, "", "CT-0001", 120),
                new ManifestEntry("US-0007", "patient-0003", ManifestEntry.Status.QUARANTINED,
                        "burn_region_exceeds_image (need 255x105, image is 200x100)", "", 0),
                new ManifestEntry("MR-0002", "patient-0004", ManifestEntry.Status.FAILED, "load_error: 100% broken",
                        "", 0)), out);
        assertThat(out.toString()).isEqualTo(HEADER + "\n"
                + "CT-0001,patient-0001,processed,,CT-0001,120\n"
                + "US-0007,patient-0003,quarantined,\"burn_region_exceeds_image (need 255x105, image is 200x100)\",,0\n"
                + "MR-0002,patient-0004,failed,load_error: 100% broken,,0\n");
        assertThat(String.join(",", RunManifestCsv.COLUMNS)).isEqualTo(HEADER);
    }

    @Test
    void readsTheUltrasoundPipelinesOkAsProcessed() throws IOException {
        assertThat(RunManifestCsv.read(new StringReader(HEADER + "\nz07,ED01,ok,,dicom/z07.dcm,1\n"), "m.csv"))
                .containsExactly(new ManifestEntry("z07", "ED01", ManifestEntry.Status.PROCESSED, "", "dicom/z07.dcm",
                        1));
    }

    @Test
    void rejectsUnknownStatusesAndMissingReasons() {
        assertThatThrownBy(() -> RunManifestCsv.read(new StringReader(HEADER + "\na,b,skipped,,,0\n"), "m.csv"))
                .isInstanceOf(TruthFileException.class)
                .hasMessage("m.csv line 2, column status: unknown status 'skipped' (expected one of: processed, "
                        + "quarantined, failed)");
        assertThatThrownBy(() -> RunManifestCsv.read(new StringReader(HEADER + "\na,b,failed, ,,0\n"), "m.csv"))
                .hasMessage("m.csv line 2, column reason: a failed item needs a reason");
        assertThatThrownBy(() -> RunManifestCsv.read(new StringReader(HEADER + "\na,b,processed,,,-1\n"), "m.csv"))
                .hasMessage("m.csv line 2, column instances: cannot be negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new ManifestEntry("a", "b",
                ManifestEntry.Status.QUARANTINED, "", "", 0)).withMessageContaining("needs a reason");
    }
}
