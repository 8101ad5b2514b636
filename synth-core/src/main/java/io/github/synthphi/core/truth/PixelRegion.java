package io.github.synthphi.core.truth;

import io.github.synthphi.core.pixel.Box;
import java.util.List;
import java.util.Objects;

/**
 * A line of text burned into the pixels: what was drawn, with which font, where, and on which frames.
 * The glyph mask can be recomputed exactly from text, font, scale and origin.
 *
 * <pre>{@code
 * TextMask mask = TextMask.render(region.text(), BitmapFont.named(region.font()), region.scale());
 * }</pre>
 *
 * @param text the rendered text
 * @param font the name of the bitmap font
 * @param scale the integer scale of the font
 * @param originX the column of the text's draw origin (top-left of its first cell)
 * @param originY the row of the draw origin
 * @param inkBox the tight box of the ink in image coordinates
 * @param frames the 0-based frames the text is on, ascending
 * @param value the sample value the ink was drawn with (the first sample for color)
 */
public record PixelRegion(String text, String font, int scale, int originX, int originY, Box inkBox,
                          List<Integer> frames, int value) {
    public PixelRegion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(inkBox, "inkBox");
        frames = List.copyOf(frames);
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i) <= frames.get(i - 1)) {
                throw new IllegalArgumentException("frames must ascend without repeats: " + frames);
            }
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
    }
}
