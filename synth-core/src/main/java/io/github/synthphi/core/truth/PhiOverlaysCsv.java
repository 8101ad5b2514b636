package io.github.synthphi.core.truth;

import io.github.synthphi.core.pixel.Box;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads {@code phi_overlays.csv}: one row per burned line, with the columns of the ultrasound
 * synthetic-PHI pipeline's article and then the frames:
 * {@code case_uuid, sop_instance_uid, source_id, output_dicom_relpath, image_h, image_w, region, phi_category,
 * phi_value, rendered_text, bbox_x, bbox_y, bbox_w, bbox_h, dicom_tag, seed, pipeline_version, run_id, frames}.
 *
 * <p>The bbox is the ink box ({@link PhiOverlay#inkBox()}); {@code frames} is in {@link FrameRanges} form.
 * Rows are written in the order of the list and read back in file order. The CSV dialect is that of
 * {@link AnswerKeyCsv} (UTF-8, {@code "\n"}, quoting only where needed); every text is literal.
 *
 * <pre>{@code
 * PhiOverlaysCsv.write(overlays, out.resolve(PhiOverlaysCsv.FILE_NAME));
 * List<PhiOverlay> again = PhiOverlaysCsv.read(out.resolve(PhiOverlaysCsv.FILE_NAME));
 * }</pre>
 */
public final class PhiOverlaysCsv {

    /** The usual name of the file. */
    public static final String FILE_NAME = "phi_overlays.csv";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("case_uuid", "sop_instance_uid", "source_id",
            "output_dicom_relpath", "image_h", "image_w", "region", "phi_category", "phi_value", "rendered_text",
            "bbox_x", "bbox_y", "bbox_w", "bbox_h", "dicom_tag", "seed", "pipeline_version", "run_id", "frames");

    private PhiOverlaysCsv() {
    }

    /** Writes {@code overlays} to {@code file} (replacing it) as UTF-8. */
    public static void write(List<PhiOverlay> overlays, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        CsvTable.write(file, COLUMNS, rows(overlays));
    }

    /** Writes {@code overlays} to {@code out} and flushes it; {@code out} stays open. */
    public static void write(List<PhiOverlay> overlays, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvTable.write(out, COLUMNS, rows(overlays));
    }

    /**
     * Reads the overlays of a UTF-8 file, in file order.
     *
     * @throws TruthFileException naming the file, line and column of the first thing that is not right
     */
    public static List<PhiOverlay> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return List.copyOf(CsvTable.read(file, COLUMNS, true, PhiOverlaysCsv::overlay));
    }

    /**
     * Reads overlays in input order; {@code in} stays open.
     *
     * @param source the name errors give the input, such as its file name
     * @throws TruthFileException naming the source, line and column of the first thing that is not right
     */
    public static List<PhiOverlay> read(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return List.copyOf(CsvTable.read(in, source, COLUMNS, true, PhiOverlaysCsv::overlay));
    }

    private static List<List<String>> rows(List<PhiOverlay> overlays) {
        Objects.requireNonNull(overlays, "overlays");
        List<List<String>> rows = new ArrayList<>(overlays.size());
        for (PhiOverlay o : overlays) {
            Box b = o.inkBox();
            rows.add(List.of(o.caseUuid(), o.sopInstanceUid(), o.sourceId(), o.outputDicomRelpath(),
                    Integer.toString(o.imageHeight()), Integer.toString(o.imageWidth()), o.region(), o.phiCategory(),
                    o.phiValue(), o.renderedText(), Integer.toString(b.x()), Integer.toString(b.y()),
                    Integer.toString(b.width()), Integer.toString(b.height()), o.dicomTag(), Long.toString(o.seed()),
                    o.pipelineVersion(), o.runId(), FrameRanges.format(o.frames())));
        }
        return rows;
    }

    private static PhiOverlay overlay(CsvRow row) {
        int imageHeight = positive(row, "image_h");
        int imageWidth = positive(row, "image_w");
        return new PhiOverlay(row.text("case_uuid"), row.text("sop_instance_uid"), row.text("source_id"),
                row.text("output_dicom_relpath"), imageHeight, imageWidth, row.text("region"),
                row.text("phi_category"), row.text("phi_value"), row.text("rendered_text"), row.bbox(),
                row.text("dicom_tag"), row.integer64("seed"), row.text("pipeline_version"), row.text("run_id"),
                row.frames("frames"));
    }

    private static int positive(CsvRow row, String column) {
        int v = row.integer(column);
        if (v < 1) {
            throw row.bad(column, "an image size is at least 1, not " + v);
        }
        return v;
    }
}
