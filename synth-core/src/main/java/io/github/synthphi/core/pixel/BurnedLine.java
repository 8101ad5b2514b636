package io.github.synthphi.core.pixel;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Banner} burned for one line: everything an answer-key entry needs, and enough to recompute the
 * glyph mask exactly ({@code TextMask.render(text, font, scale)} drawn at the origin).
 *
 * <p>A PHI line becomes a {@code pixels_hidden} entry, a label a {@code pixels_retained} entry.
 *
 * <pre>{@code
 * for (BurnedLine line : banner.burn(frames)) {
 *     Box box = line.inkBox();          // bounding box of the changed pixels of this line
 *     List<Integer> on = line.frames(); // the frames it is on
 * }
 * }</pre>
 *
 * @param text the rendered text
 * @param font the name of the bitmap font, such as {@code large}
 * @param scale the font's scale
 * @param originX the column of the draw origin
 * @param originY the row of the draw origin
 * @param inkBox the tight box of the ink in image coordinates
 * @param glyphBoxes the ink box of every character with ink, in image coordinates
 * @param frames the frames burned, ascending
 * @param ink the sample values of the ink pixels
 * @param kind PHI or label
 * @param mirrors the keyword of the attribute the line shows, empty for none
 */
public record BurnedLine(String text, String font, int scale, int originX, int originY, Box inkBox,
                         List<GlyphBox> glyphBoxes, List<Integer> frames, Ink ink, BannerLine.Kind kind,
                         String mirrors) {

    public BurnedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(inkBox, "inkBox");
        glyphBoxes = List.copyOf(glyphBoxes);
        frames = List.copyOf(frames);
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mirrors, "mirrors");
    }

    /** True for a PHI line (a {@code pixels_hidden} entry). */
    public boolean isPhi() {
        return kind == BannerLine.Kind.PHI;
    }
}
