package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.pixel.Box;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhiOverlaysCsvTest {

    private static final String HEADER = "case_uuid,sop_instance_uid,source_id,output_dicom_relpath,image_h,image_w,"
            + "region,phi_category,phi_value,rendered_text,bbox_x,bbox_y,bbox_w,bbox_h,dicom_tag,seed,pipeline_version,"
            + "run_id,frames";

    @TempDir
    Path dir;

    private static String write(List<PhiOverlay> overlays) throws IOException {
        StringWriter out = new StringWriter();
        PhiOverlaysCsv.write(overlays, out);
        return out.toString();
    }

    @Test
    void readsBackEqualOverlaysWithNastyValues() throws IOException {
        List<PhiOverlay> overlays = TruthSamples.overlays(21, 400);
        Path file = dir.resolve(PhiOverlaysCsv.FILE_NAME);
        PhiOverlaysCsv.write(overlays, file);
        assertThat(PhiOverlaysCsv.read(file)).containsExactlyElementsOf(overlays);
        assertThat(PhiOverlaysCsv.read(new StringReader(write(overlays)), "x.csv")).isEqualTo(overlays);
        assertThat(Files.readString(file)).isEqualTo(write(overlays));
    }

    @Test
    void writesTheArticleColumnsThenTheFrames() throws IOException {
        PhiOverlay o = new PhiOverlay("c0ffee00-0000-4000-8000-000000000001", "2.25.77", "patient-0001",
                "DEID-0001/dicom/ED01_z07.dcm", 512, 640, "top_left_banner", "patient_name", "DOE^JANE", "Doe, Jane",
                new Box(5, 7, 183, 17), "(0010,0010) PatientName", -42L, "synth 0.1.0", "run-8f3a", List.of(0, 1, 2));
        assertThat(write(List.of(o))).isEqualTo(HEADER + "\n"
                + "c0ffee00-0000-4000-8000-000000000001,2.25.77,patient-0001,DEID-0001/dicom/ED01_z07.dcm,512,640,"
                + "top_left_banner,patient_name,DOE^JANE,\"Doe, Jane\",5,7,183,17,\"(0010,0010) PatientName\",-42,"
                + "synth 0.1.0,run-8f3a,0-2\n");
        assertThat(String.join(",", PhiOverlaysCsv.COLUMNS)).isEqualTo(HEADER);
    }

    @Test
    void namesTheLineAndColumnOfABadCell() {
        String row = "c,2.25.77,p,d.dcm,512,640,top_left_banner,mrn,1234567,MRN 1234567,5,7,183,17,,42,synth 0.1.0,"
                + "r,0-2";
        assertThatThrownBy(() -> PhiOverlaysCsv.read(new StringReader(HEADER + "\n" + row + "\n"
                + row.replace(",42,", ",forty-two,") + "\n"), "phi_overlays.csv"))
                .isInstanceOf(TruthFileException.class)
                .hasMessage("phi_overlays.csv line 3, column seed: 'forty-two' is not an integer");
        assertThatThrownBy(() -> PhiOverlaysCsv.read(new StringReader(HEADER + "\n" + row.replace(",512,", ",0,")
                + "\n"), "phi_overlays.csv"))
                .hasMessage("phi_overlays.csv line 2, column image_h: an image size is at least 1, not 0");
        assertThatThrownBy(() -> PhiOverlaysCsv.read(new StringReader(HEADER.replace(",frames", "") + "\n"),
                "phi_overlays.csv"))
                .hasMessageStartingWith("phi_overlays.csv line 1: the header lacks the columns [frames]");
    }
}
