package io.github.synthphi.core.pixel;

/**
 * Where one character of a rendered line left ink: the tight box of its ink pixels.
 *
 * <p>The evaluator judges burned text glyph by glyph, so a de-identifier that masks all but the last few
 * pixels of a name still fails on the glyphs it left.
 *
 * <pre>{@code
 * for (GlyphBox g : TextMask.render("Ag", BitmapFont.small(), 1).glyphBoxes()) {
 *     System.out.println(Character.toString(g.codePoint()) + " " + g.box());
 * }
 * }</pre>
 *
 * @param index the position of the character in the text, counted in code points from 0
 * @param codePoint the character
 * @param box the ink box, relative to the draw origin of the line
 */
public record GlyphBox(int index, int codePoint, Box box) {

    public GlyphBox {
        if (box == null) {
            throw new NullPointerException("box");
        }
    }
}
