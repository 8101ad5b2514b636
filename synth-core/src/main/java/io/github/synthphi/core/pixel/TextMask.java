package io.github.synthphi.core.pixel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of text rendered into a {@link PixelMask}: the exact pixels a burned-in annotation inks.
 *
 * <p>Rendering is pure: the same text, font and scale give the same mask on every machine, so the evaluator
 * recomputes the mask of a planted line from the answer key instead of recognising text. Characters sit in
 * fixed cells of {@code font.cellWidth() * scale} by {@code font.cellHeight() * scale} pixels, the first
 * cell's top-left corner at the draw origin (0, 0); each font pixel becomes a {@code scale x scale} block.
 *
 * <p>The {@linkplain #inkBox() ink box} is the tight box of the ink, not of the cells: an annotation record
 * that is a few pixels too tall or too high would make a correct de-identifier look wrong.
 *
 * <pre>{@code
 * TextMask line = TextMask.render("DOE^JANE 1980-03-14", BitmapFont.large(), 2);
 * new TextBurner(columns, rows).burnGray8(frame, line.mask(), 16, 8, 255);
 * Box recorded = line.inkBoxAt(16, 8).orElseThrow();   // goes into the answer key
 * for (GlyphBox g : line.glyphBoxes()) { ... }        // judged glyph by glyph
 * }</pre>
 */
public final class TextMask {

    private final String text;
    private final BitmapFont font;
    private final int scale;
    private final int length;
    private final PixelMask mask;
    private final List<GlyphBox> glyphBoxes;

    private TextMask(String text, BitmapFont font, int scale, int length, PixelMask mask,
                     List<GlyphBox> glyphBoxes) {
        this.text = text;
        this.font = font;
        this.scale = scale;
        this.length = length;
        this.mask = mask;
        this.glyphBoxes = glyphBoxes;
    }

    /**
     * Renders {@code text} in {@code font}, each font pixel a {@code scale x scale} block.
     *
     * @param text one line; every character must be covered by the font (see {@link BitmapFont#canRender})
     * @param font the font
     * @param scale at least 1
     * @throws IllegalArgumentException for a scale below 1, a mask too large to address, or a character the
     *     font does not cover (the message names the character, its position and the font)
     */
    public static TextMask render(String text, BitmapFont font, int scale) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(font, "font");
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        }
        int[] codePoints = text.codePoints().toArray();
        Glyph[] glyphs = new Glyph[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            if (!font.covers(codePoints[i])) {
                boolean combining = Character.getType(codePoints[i]) == Character.NON_SPACING_MARK;
                throw new IllegalArgumentException("cannot render " + Characters.describe(codePoints[i])
                        + " at index " + i + " of \"" + text + "\": font " + font.name() + " has no glyph for it; "
                        + (combining ? "it is a combining mark, so normalize the text to NFC or " : "")
                        + "transliterate the text first (BitmapFont.canRender tells in advance)");
            }
            glyphs[i] = font.glyph(codePoints[i]);
        }
        int cellWidth = font.cellWidth() * scale;
        long width = (long) cellWidth * glyphs.length;
        long height = (long) font.cellHeight() * scale;
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a line of " + glyphs.length + " characters at scale " + scale
                    + " is too large; use a shorter text or a smaller scale");
        }
        Box bounds = new Box(0, 0, (int) width, (int) height);
        long[] bits = new long[PixelMask.words(width * height)];
        List<GlyphBox> boxes = new ArrayList<>();
        for (int i = 0; i < glyphs.length; i++) {
            Glyph glyph = glyphs[i];
            int left = i * cellWidth;
            for (int gy = 0; gy < glyph.height(); gy++) {
                for (int gx = 0; gx < glyph.width(); gx++) {
                    if (glyph.ink(gx, gy)) {
                        fillBlock(bits, (int) width, left + gx * scale, gy * scale, scale);
                    }
                }
            }
            int index = i;
            glyph.inkBox().ifPresent(b -> boxes.add(new GlyphBox(index, glyph.codePoint(),
                    new Box(left + b.x() * scale, b.y() * scale, b.width() * scale, b.height() * scale))));
        }
        return new TextMask(text, font, scale, glyphs.length, new PixelMask(bounds, bits),
                Collections.unmodifiableList(boxes));
    }

    private static void fillBlock(long[] bits, int width, int x, int y, int scale) {
        for (int dy = 0; dy < scale; dy++) {
            int row = (y + dy) * width;
            for (int dx = 0; dx < scale; dx++) {
                int i = row + x + dx;
                bits[i >>> 6] |= 1L << i;
            }
        }
    }

    /** The rendered text. */
    public String text() {
        return text;
    }

    /** The font it was rendered in. */
    public BitmapFont font() {
        return font;
    }

    /** The size of one font pixel in image pixels. */
    public int scale() {
        return scale;
    }

    /** The number of characters (code points) in the text. */
    public int length() {
        return length;
    }

    /** The width of the line: one cell per character. */
    public int width() {
        return mask.bounds().width();
    }

    /** The height of the line: one cell. */
    public int height() {
        return mask.bounds().height();
    }

    /** The number of rows above the baseline, scaled: where the next line's layout can align. */
    public int baseline() {
        return font.baseline() * scale;
    }

    /** The mask of every ink pixel, relative to the draw origin; what a burner draws. */
    public PixelMask mask() {
        return mask;
    }

    /** True when pixel ({@code x}, {@code y}), relative to the draw origin, is ink. */
    public boolean ink(int x, int y) {
        return mask.ink(x, y);
    }

    /** The tight box of the ink relative to the draw origin; empty when the text is blank. */
    public Optional<Box> inkBox() {
        return mask.inkBox();
    }

    /** The tight box of the ink in image coordinates when the line is drawn at the given origin. */
    public Optional<Box> inkBoxAt(int originX, int originY) {
        return mask.inkBoxAt(originX, originY);
    }

    /** The ink box of every character that has ink (spaces have none), in text order. */
    public List<GlyphBox> glyphBoxes() {
        return glyphBoxes;
    }

    /** The cell of the character at {@code index} (counted in code points), relative to the draw origin. */
    public Box cellBox(int index) {
        Objects.checkIndex(index, length);
        int cellWidth = font.cellWidth() * scale;
        return new Box(index * cellWidth, 0, cellWidth, height());
    }

    /** The mask grown by {@code radius} pixels; see {@link PixelMask#dilate(int)}. */
    public PixelMask dilate(int radius) {
        return mask.dilate(radius);
    }

    /** Equal when text, font and scale are: those determine every pixel. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TextMask && ((TextMask) o).text.equals(text) && ((TextMask) o).font.equals(font)
                && ((TextMask) o).scale == scale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, font, scale);
    }

    @Override
    public String toString() {
        return "TextMask[\"" + text + "\", " + font.name() + " x" + scale + ", " + width() + " x " + height() + "]";
    }
}
