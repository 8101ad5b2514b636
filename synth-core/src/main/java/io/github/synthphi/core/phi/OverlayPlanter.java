package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.pixel.PlacedText;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plants an overlay plane (group 6000) whose bits spell the PHI lines of the banner, as a graphics overlay
 * that a viewer shows over the image, and an Overlay Description that names the patient. The overlay bits are
 * recorded as one {@code text_removed} entry on Overlay Data whose action text is the lines' text: the plane
 * must be removed or no longer spell them (Clean Graphics).
 */
final class OverlayPlanter {

    private OverlayPlanter() {
    }

    static void plant(Dataset ds, int rows, int columns, List<PlacedText> phiLines, String patientName, Plantings out) {
        if (phiLines.isEmpty()) {
            return;
        }
        int pixels = rows * columns;
        byte[] bits = new byte[((pixels + 15) / 16) * 2]; // OW: whole 16-bit words
        List<String> texts = new ArrayList<>();
        for (PlacedText line : phiLines) {
            texts.add(line.text().text());
            line.text().mask().forEachInk((x, y) -> {
                int px = line.originX() + x;
                int py = line.originY() + y;
                int i = py * columns + px; // the first pixel is the least significant bit (PS3.5 8.1.2)
                bits[i >>> 3] |= (byte) (1 << (i & 7));
            });
        }
        ds.setInt(Tags.OverlayRows, Vr.US, rows);
        ds.setInt(Tags.OverlayColumns, Vr.US, columns);
        ds.setString(Tags.OverlayType, Vr.CS, "G");
        ds.setBytes(Tags.OverlayOrigin, Vr.SS, new byte[] {1, 0, 1, 0});
        ds.setInt(Tags.OverlayBitsAllocated, Vr.US, 1);
        ds.setInt(Tags.OverlayBitPosition, Vr.US, 0);
        ds.setBytes(Tags.OverlayData, Vr.OW, bits);
        String joined = String.join(" ", texts);
        out.phi(TagPath.of(Tags.OverlayData), Vr.OW, joined, Action.TEXT_REMOVED, joined, Optional.of(SafeHarbor.NAMES),
                PlantingLocation.OVERLAY, "");
        Tag description = Tags.OverlayDescription;
        String value = "Annotation for " + patientName;
        ds.setString(description, Vr.LO, value);
        out.phi(TagPath.of(description), Vr.LO, value, Action.TEXT_REMOVED, patientName, Optional.of(SafeHarbor.NAMES),
                PlantingLocation.OVERLAY, "");
    }
}
