package io.github.synthphi.core.pixel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered line and where it goes: the draw origin (top-left of its first cell) in image coordinates.
 *
 * <p>The origin may lie anywhere, even outside the image; {@link BurnSafety} reports a line that does not fit
 * and {@link Banner} refuses it.
 *
 * <pre>{@code
 * PlacedText line = new PlacedText(TextMask.render("MRN 4651775", BitmapFont.large(), 1), 5, 27);
 * Box cells = line.cellBox();                 // what must fit the image
 * Box ink = line.inkBox().orElseThrow();      // what the answer key records
 * }</pre>
 *
 * @param text the rendered line
 * @param originX the column of the draw origin
 * @param originY the row of the draw origin
 */
public record PlacedText(TextMask text, int originX, int originY) {

    public PlacedText {
        Objects.requireNonNull(text, "text");
    }

    /** The cells of the line in image coordinates: {@code text.width() x text.height()} at the origin. */
    public Box cellBox() {
        return new Box(originX, originY, text.width(), text.height());
    }

    /** The tight box of the ink in image coordinates; empty for a blank line. */
    public Optional<Box> inkBox() {
        return text.inkBoxAt(originX, originY);
    }

    /** The ink box of every character with ink, in image coordinates, in text order. */
    public List<GlyphBox> glyphBoxes() {
        List<GlyphBox> out = new ArrayList<>(text.glyphBoxes().size());
        for (GlyphBox g : text.glyphBoxes()) {
            out.add(new GlyphBox(g.index(), g.codePoint(), g.box().translate(originX, originY)));
        }
        return Collections.unmodifiableList(out);
    }

    /** True when every cell of the line lies inside an image of {@code columns x rows}. */
    public boolean fits(int columns, int rows) {
        return originX >= 0 && originY >= 0 && (long) originX + text.width() <= columns
                && (long) originY + text.height() <= rows;
    }
}
