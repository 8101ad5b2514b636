package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.pixel.BitmapFont;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.TextMask;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PixelRegion;
import java.util.ArrayList;
import java.util.List;

/** The image areas planted text occupies, recomputed from the answer key's pixel regions. */
final class PlantedRegions {

    /** A margin around each line's cells: a de-identifier's mask may reach a little beyond the text. */
    static final int MARGIN = 2;

    private PlantedRegions() {
    }

    /** The glyph mask of a burned line, recomputed from text, font and scale. */
    static TextMask mask(PixelRegion region) {
        return TextMask.render(region.text(), BitmapFont.named(region.font()), region.scale());
    }

    /** The cell box of a burned line in image coordinates. */
    static Box cellBox(PixelRegion region) {
        TextMask m = mask(region);
        return new Box(region.originX(), region.originY(), m.width(), m.height());
    }

    /** The cell boxes of every pixel entry, grown by {@link #MARGIN}, without repeats. */
    static List<Box> of(List<AnswerKeyEntry> entries) {
        List<Box> out = new ArrayList<>();
        for (AnswerKeyEntry e : entries) {
            e.region().ifPresent(r -> {
                Box b = cellBox(r).grow(MARGIN);
                if (!out.contains(b)) {
                    out.add(b);
                }
            });
        }
        return out;
    }
}
