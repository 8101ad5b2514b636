package io.github.synthphi.core.pixel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A fixed-width bitmap font of synth's own design, used for every pixel of burned-in text.
 *
 * <p>The glyphs are ASCII art in text resources next to this class ({@code font-small.txt},
 * {@code font-large.txt}), so a person can review and edit them. Rendering from our own bitmaps, never from
 * system fonts, gives identical pixels on every machine and lets the answer key know every text pixel.
 *
 * <p>Both built-in fonts cover printable ASCII, the Latin-1 letters {@code À}-{@code ÿ} (with {@code ×} and
 * {@code ÷}) and {@code °}. Anything else, including combining accents and line breaks, is not covered:
 * transliterate first (a Japanese name is burned in romaji) and check with {@link #canRender(String)}.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * BitmapFont font = BitmapFont.large();
 * if (font.canRender("MÜLLER^HANS")) {
 *     Glyph u = font.glyph('Ü');
 * }
 * int lineHeight = font.cellHeight();   // lines stacked this far apart do not touch
 * }</pre>
 */
public final class BitmapFont {

    /** The built-in fonts, parsed on first use; class initialisation makes this thread-safe. */
    private static final class BuiltIn {
        static final BitmapFont SMALL = fromResource("font-small.txt");
        static final BitmapFont LARGE = fromResource("font-large.txt");
    }

    private final String name;
    private final int cellWidth;
    private final int cellHeight;
    private final int baseline;
    private final NavigableMap<Integer, Glyph> glyphs;

    BitmapFont(String name, int cellWidth, int cellHeight, int baseline, NavigableMap<Integer, Glyph> glyphs) {
        this.name = Objects.requireNonNull(name, "name");
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.baseline = baseline;
        this.glyphs = Collections.unmodifiableNavigableMap(new TreeMap<>(glyphs));
    }

    /** The small font: capitals 5 x 7 pixels in a 6 x 12 cell, one-pixel strokes. */
    public static BitmapFont small() {
        return BuiltIn.SMALL;
    }

    /** The large font: capitals 8 x 10 pixels in a 9 x 16 cell, two-pixel stems like a terminal font. */
    public static BitmapFont large() {
        return BuiltIn.LARGE;
    }

    /**
     * The built-in font of a name as answer keys record it: {@code small} or {@code large}.
     *
     * @throws IllegalArgumentException naming the built-in fonts when none has that name
     */
    public static BitmapFont named(String name) {
        Objects.requireNonNull(name, "name");
        for (BitmapFont font : new BitmapFont[] {small(), large()}) {
            if (font.name().equals(name)) {
                return font;
            }
        }
        throw new IllegalArgumentException("no built-in bitmap font is named '" + name + "'; the fonts are "
                + small().name() + " and " + large().name());
    }

    /** Parses a font resource that lies next to this class; a broken resource is a bug, reported by line. */
    static BitmapFont fromResource(String resource) {
        try (InputStream in = BitmapFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource " + resource + " is missing from the class path");
            }
            return FontParser.parse(resource,
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font resource " + resource, e);
        }
    }

    /** The font's name, such as {@code small}; answer keys record it. */
    public String name() {
        return name;
    }

    /** The width of every character cell, including the gap to the next character. */
    public int cellWidth() {
        return cellWidth;
    }

    /** The height of every character cell, from above the accents of capitals to below the descenders. */
    public int cellHeight() {
        return cellHeight;
    }

    /** The number of cell rows above the baseline: letters stand on row {@code baseline() - 1}. */
    public int baseline() {
        return baseline;
    }

    /** True when the font has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        return glyphs.containsKey(codePoint);
    }

    /** True when the font has a glyph for every character of {@code text}. */
    public boolean canRender(String text) {
        Objects.requireNonNull(text, "text");
        return text.codePoints().allMatch(this::covers);
    }

    /**
     * The glyph of {@code codePoint}.
     *
     * @throws IllegalArgumentException naming the character and this font when the font does not cover it
     */
    public Glyph glyph(int codePoint) {
        Glyph glyph = glyphs.get(codePoint);
        if (glyph == null) {
            throw new IllegalArgumentException("font " + name + " has no glyph for "
                    + Characters.describe(codePoint) + "; transliterate the text to characters the font covers");
        }
        return glyph;
    }

    /** Every character the font covers, in code point order. */
    public SortedSet<Integer> codePoints() {
        return glyphs.navigableKeySet();
    }

    @Override
    public String toString() {
        return "BitmapFont[" + name + ", " + cellWidth + " x " + cellHeight + ", " + glyphs.size() + " glyphs]";
    }
}
