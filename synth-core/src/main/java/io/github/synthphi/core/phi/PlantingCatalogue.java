package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.pixel.PlacedText;
import io.github.synthphi.core.study.iod.PhiAttribute;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.util.List;

/**
 * Plants fake PHI into an instance's header, location by location, and returns the answer-key entries of
 * everything planted and of the controls that must be kept.
 *
 * <p>What goes where: {@link PlantingLocation#STANDARD_ATTRIBUTES} the names, IDs, institution, address,
 * device, age, sex and size of the IOD's identity-bearing attributes (plus Patient Demographic attributes real
 * archives carry); {@link PlantingLocation#DATES} coherent dates and times; {@link PlantingLocation#UIDS}
 * optional UIDs and references to other instances, the prior study and the procedure step (the required
 * UIDs are always recorded); {@link PlantingLocation#NESTED_SEQUENCES} other patient IDs (three sequences
 * deep), physician identification items and request attributes; {@link PlantingLocation#FREE_TEXT}
 * descriptions mixing PHI with clinical words; {@link PlantingLocation#PRIVATE_BLOCKS} a private block with
 * PHI (and a private sequence three deep) and one with harmless values; {@link PlantingLocation#OVERLAY} an
 * overlay plane spelling the banner. Without {@link PlantingLocation#DATES}, the template's dates are emptied
 * (Type 2) or removed, so no unrecorded date remains.
 *
 * <pre>{@code
 * Dataset ds = IodTemplate.of(modality).dataset(parameters);
 * List<AnswerKeyEntry> entries = PlantingCatalogue.plant(ds, context, banner.phiLines());
 * }</pre>
 */
public final class PlantingCatalogue {

    private PlantingCatalogue() {
    }

    /**
     * Plants into {@code ds} and returns the entries, in planting order.
     *
     * @param overlayLines the PHI lines of the banner, for the overlay plane; empty when nothing is burned
     */
    public static List<AnswerKeyEntry> plant(Dataset ds, PlantContext ctx, List<PlacedText> overlayLines) {
        Plantings out = new Plantings(ctx.uids().sopInstance());
        if (ctx.plants(PlantingLocation.STANDARD_ATTRIBUTES)) {
            StandardAttributePlanter.plant(ds, ctx, out);
        }
        if (ctx.plants(PlantingLocation.DATES)) {
            DatePlanter.plant(ds, ctx, out);
        } else {
            clearDates(ds, ctx);
        }
        UidPlanter.plant(ds, ctx, out);
        if (ctx.plants(PlantingLocation.NESTED_SEQUENCES)) {
            SequencePlanter.plant(ds, ctx, out);
        }
        if (ctx.plants(PlantingLocation.FREE_TEXT)) {
            FreeTextPlanter.plant(ds, ctx, out);
        }
        if (ctx.plants(PlantingLocation.PRIVATE_BLOCKS)) {
            PrivateBlockPlanter.plant(ds, ctx, out);
        }
        if (ctx.plants(PlantingLocation.OVERLAY) && !overlayLines.isEmpty()) {
            int rows = ds.getInt(io.github.synthphi.core.dicom.Tags.Rows).orElseThrow();
            int columns = ds.getInt(io.github.synthphi.core.dicom.Tags.Columns).orElseThrow();
            OverlayPlanter.plant(ds, rows, columns, overlayLines, FreeTextPlanter.spoken(ctx.identities().patient().name()),
                    out);
        }
        ControlPlanter.plant(ds, out);
        ControlPlanter.pixels(ds, out);
        return out.entries();
    }

    private static void clearDates(Dataset ds, PlantContext ctx) {
        for (PhiAttribute a : ctx.phiAttributes()) {
            switch (a.kind()) {
                case DATE, TIME, DATE_TIME -> {
                    if (a.type() == PhiAttribute.Type.TYPE_2) {
                        ds.setString(a.tag(), Dictionary.standard().vrOf(a.tag()), "");
                    } else {
                        ds.remove(a.tag());
                    }
                }
                default -> {
                    // not a date
                }
            }
        }
    }
}
