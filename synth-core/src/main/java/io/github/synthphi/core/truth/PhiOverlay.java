package io.github.synthphi.core.truth;

import io.github.synthphi.core.pixel.Box;
import java.util.List;
import java.util.Objects;

/**
 * One line of text burned into an image, as a row of {@code phi_overlays.csv}: the ground-truth schema of the
 * ultrasound synthetic-PHI pipeline's article, plus the frames the line is on.
 *
 * <p>Unlike that pipeline, whose recorded box starts at the draw origin and misses the bottom rows of the ink,
 * {@code inkBox} is the tight box of the ink itself.
 *
 * <pre>{@code
 * PhiOverlay o = new PhiOverlay(caseUuid, sop, "source-0001", "DEID-0001/dicom/IM0001.dcm", 480, 640,
 *         "top_left_banner", "patient_name", "MÜLLER^HANS", "MÜLLER, HANS", region.inkBox(),
 *         "(0010,0010) PatientName", 42L, "synth 0.1.0", runId, region.frames());
 * }</pre>
 *
 * @param caseUuid the case (one image or multi-frame file) the line is on
 * @param sopInstanceUid the SOP Instance UID of the file
 * @param sourceId the source the case was made from, such as a source patient or synthetic identity key
 * @param outputDicomRelpath the path of the file relative to the output folder, with {@code /} separators
 * @param imageHeight the rows of the image, at least 1
 * @param imageWidth the columns of the image, at least 1
 * @param region the named place of the line, such as {@code top_left_banner}
 * @param phiCategory the kind of PHI, such as {@code patient_name} or {@code mrn}
 * @param phiValue the PHI value the line shows, as it is in the header
 * @param renderedText the text as drawn
 * @param inkBox the tight box of the ink in image coordinates ({@code bbox_x, bbox_y, bbox_w, bbox_h})
 * @param dicomTag the attribute that holds the same value, such as {@code (0010,0010) PatientName}; empty
 *     when none does
 * @param seed the seed the case was generated from
 * @param pipelineVersion the generator and its version, such as {@code synth 0.1.0}
 * @param runId the run's identifier; deterministic (derived from the seed and specification), never a time
 * @param frames the 0-based frames the line is on, ascending without repeats
 */
public record PhiOverlay(String caseUuid, String sopInstanceUid, String sourceId, String outputDicomRelpath,
                         int imageHeight, int imageWidth, String region, String phiCategory, String phiValue,
                         String renderedText, Box inkBox, String dicomTag, long seed, String pipelineVersion,
                         String runId, List<Integer> frames) {
    public PhiOverlay {
        Objects.requireNonNull(caseUuid, "caseUuid");
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(outputDicomRelpath, "outputDicomRelpath");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(phiCategory, "phiCategory");
        Objects.requireNonNull(phiValue, "phiValue");
        Objects.requireNonNull(renderedText, "renderedText");
        Objects.requireNonNull(inkBox, "inkBox");
        Objects.requireNonNull(dicomTag, "dicomTag");
        Objects.requireNonNull(pipelineVersion, "pipelineVersion");
        Objects.requireNonNull(runId, "runId");
        if (imageHeight < 1 || imageWidth < 1) {
            throw new IllegalArgumentException("an image is at least 1 x 1, not " + imageWidth + " x " + imageHeight);
        }
        frames = FrameRanges.requireAscending(frames);
    }
}
