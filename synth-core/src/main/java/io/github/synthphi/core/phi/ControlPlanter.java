package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.TagPath;
import java.util.List;

/**
 * Records the controls a good de-identifier must keep: Modality, Rows, Columns, pixel spacing, Body Part
 * Examined and SOP Class UID (kept values), the Study, Series and SOP Instance UIDs (replaced, never emptied:
 * {@code text_notnull}), and that Pixel Data outside planted regions are unchanged.
 */
final class ControlPlanter {

    private static final String LOCATION = "control";

    private ControlPlanter() {
    }

    static void plant(Dataset ds, Plantings out) {
        for (Tag tag : List.of(Tags.Modality, Tags.SOPClassUID, Tags.BodyPartExamined, Tags.PixelSpacing,
                Tags.ImagerPixelSpacing)) {
            ds.get(tag).ifPresent(e -> {
                String value = String.join("\\", ds.getStrings(tag));
                out.keep(TagPath.of(tag), e.vr(), value, Action.TEXT_RETAINED, value, Plantings.CATEGORY_IOD, LOCATION);
            });
        }
        // Type 1 UIDs change under de-identification but must never be left empty
        for (Tag tag : List.of(Tags.StudyInstanceUID, Tags.SeriesInstanceUID, Tags.SOPInstanceUID)) {
            ds.getString(tag).ifPresent(uid -> out.keep(TagPath.of(tag), io.github.synthphi.core.dicom.Vr.UI, uid,
                    Action.TEXT_NOTNULL, "", Plantings.CATEGORY_IOD, LOCATION));
        }
        for (Tag tag : List.of(Tags.Rows, Tags.Columns)) {
            ds.get(tag).ifPresent(e -> out.keep(TagPath.of(tag), e.vr(), Integer.toString(ds.getInt(tag).orElse(0)),
                    Action.TAG_RETAINED, "", Plantings.CATEGORY_IOD, LOCATION));
        }
    }

    /** The entry that the pixels outside every planted region must stay as they are. */
    static void pixels(Dataset ds, Plantings out) {
        ds.get(Tags.PixelData).ifPresent(e -> out.keep(TagPath.of(Tags.PixelData), e.vr(), "", Action.PIXELS_RETAINED,
                "", "TCIA-P15-PIX-K", LOCATION));
    }
}
