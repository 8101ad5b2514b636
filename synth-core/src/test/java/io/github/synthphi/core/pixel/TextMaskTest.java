package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextMaskTest {

    static Stream<Arguments> fontsAndScales() {
        return Stream.of(Arguments.of(BitmapFont.small(), 1), Arguments.of(BitmapFont.small(), 3),
                Arguments.of(BitmapFont.large(), 1), Arguments.of(BitmapFont.large(), 2));
    }

    @ParameterizedTest
    @MethodSource("fontsAndScales")
    void theInkBoxOfAgReachesFromTheCapitalsTopToTheDescendersBottomExactly(BitmapFont font, int scale) {
        // expected extents come from the glyph art itself, not from the renderer
        FontArt art = FontArt.of("font-" + font.name() + ".txt");
        int top = Math.min(art.top('A'), art.top('g'));
        int bottom = Math.max(art.bottom('A'), art.bottom('g'));
        int left = art.left('A');
        int right = art.cellWidth() + art.right('g');
        assertThat(bottom).as("g descends below the baseline").isGreaterThanOrEqualTo(art.baseline());
        assertThat(top).as("A rises to the cap height").isEqualTo(art.top('A'));

        TextMask mask = TextMask.render("Ag", font, scale);

        assertThat(mask.inkBox()).contains(new Box(left * scale, top * scale, (right - left + 1) * scale,
                (bottom - top + 1) * scale));
        assertThat(mask.glyphBoxes()).extracting(GlyphBox::codePoint).containsExactly((int) 'A', (int) 'g');
        assertThat(mask.glyphBoxes().get(1).box().bottom()).isEqualTo((bottom + 1) * scale);
        assertThat(mask.inkBoxAt(100, 50)).contains(mask.inkBox().orElseThrow().translate(100, 50));
    }

    @ParameterizedTest
    @MethodSource("fontsAndScales")
    void pixelsAreTheGlyphArtPlacedCellByCell(BitmapFont font, int scale) {
        FontArt art = FontArt.of("font-" + font.name() + ".txt");
        String text = "Müller, 12/03";
        TextMask mask = TextMask.render(text, font, scale);
        int[] codePoints = text.codePoints().toArray();
        assertThat(mask.width()).isEqualTo(codePoints.length * art.cellWidth() * scale);
        assertThat(mask.height()).isEqualTo(art.cellHeight() * scale);
        int ink = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                int cell = x / (art.cellWidth() * scale);
                char expected = art.rows(codePoints[cell]).get(y / scale).charAt(x / scale % art.cellWidth());
                assertThat(mask.ink(x, y)).as("(%d, %d)", x, y).isEqualTo(expected == '#');
                ink += expected == '#' ? 1 : 0;
            }
        }
        assertThat(mask.mask().inkCount()).isEqualTo(ink);
        assertThat(mask.ink(-1, 0)).isFalse();
        assertThat(mask.ink(mask.width(), 0)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("fontsAndScales")
    void scaleTwoDoublesEveryDimension(BitmapFont font, int scale) {
        String text = "DOE^JANE 1980-03-14 ÄÖÜß";
        TextMask one = TextMask.render(text, font, scale);
        TextMask two = TextMask.render(text, font, 2 * scale);

        assertThat(two.width()).isEqualTo(2 * one.width());
        assertThat(two.height()).isEqualTo(2 * one.height());
        assertThat(two.baseline()).isEqualTo(2 * one.baseline());
        assertThat(two.inkBox()).contains(doubled(one.inkBox().orElseThrow()));
        assertThat(two.mask().inkCount()).isEqualTo(4 * one.mask().inkCount());
        assertThat(two.glyphBoxes()).hasSameSizeAs(one.glyphBoxes());
        for (int i = 0; i < one.glyphBoxes().size(); i++) {
            GlyphBox a = one.glyphBoxes().get(i);
            assertThat(two.glyphBoxes().get(i)).isEqualTo(new GlyphBox(a.index(), a.codePoint(), doubled(a.box())));
        }
        for (int y = 0; y < two.height(); y++) {
            for (int x = 0; x < two.width(); x++) {
                assertThat(two.ink(x, y)).isEqualTo(one.ink(x / 2, y / 2));
            }
        }
    }

    private static Box doubled(Box b) {
        return new Box(2 * b.x(), 2 * b.y(), 2 * b.width(), 2 * b.height());
    }

    @Test
    void glyphBoxesSkipSpacesAndLieInTheirCells() {
        BitmapFont font = BitmapFont.large();
        TextMask mask = TextMask.render("Li  Ng", font, 2);
        assertThat(mask.length()).isEqualTo(6);
        assertThat(mask.glyphBoxes()).extracting(GlyphBox::index).containsExactly(0, 1, 4, 5);
        for (GlyphBox g : mask.glyphBoxes()) {
            Box cell = mask.cellBox(g.index());
            assertThat(cell).isEqualTo(new Box(g.index() * 18, 0, 18, 32));
            assertThat(g.box().x()).isGreaterThanOrEqualTo(cell.x());
            assertThat(g.box().right()).isLessThanOrEqualTo(cell.right());
            Box glyphInk = font.glyph(g.codePoint()).inkBox().orElseThrow();
            assertThat(g.box()).isEqualTo(new Box(cell.x() + 2 * glyphInk.x(), 2 * glyphInk.y(),
                    2 * glyphInk.width(), 2 * glyphInk.height()));
        }
        assertThatThrownBy(() -> mask.cellBox(6)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void renderingTheSameTextTwiceGivesEqualMasks() {
        TextMask a = TextMask.render("Ørsted^Åsa 2024-02-29", BitmapFont.small(), 2);
        TextMask b = TextMask.render("Ørsted^Åsa 2024-02-29", BitmapFont.small(), 2);
        assertThat(b).isNotSameAs(a).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(b.mask()).isEqualTo(a.mask()).hasSameHashCodeAs(a.mask());
        assertThat(b.mask().art()).isEqualTo(a.mask().art());
        assertThat(b.glyphBoxes()).isEqualTo(a.glyphBoxes());
        assertThat(TextMask.render("Ørsted^Åsa 2024-02-29", BitmapFont.small(), 1)).isNotEqualTo(a);
        assertThat(TextMask.render("Ørsted^Åsa 2024-02-29", BitmapFont.large(), 2)).isNotEqualTo(a);
    }

    @Test
    void anUncoveredCharacterIsNamedWithItsPositionAndTheFont() {
        assertThatThrownBy(() -> TextMask.render("Michał", BitmapFont.small(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot render 'ł' (U+0142) at index 5 of \"Michał\": font small has no glyph for it; "
                        + "transliterate the text first (BitmapFont.canRender tells in advance)");
        assertThatThrownBy(() -> TextMask.render("DOE\nJANE", BitmapFont.large(), 1))
                .hasMessageStartingWith("cannot render U+000A at index 3 of ")
                .hasMessageContaining("font large");
        // a decomposed é (e + combining acute) is not silently drawn as a bare e
        assertThatThrownBy(() -> TextMask.render("Rene\u0301", BitmapFont.small(), 1))
                .hasMessageStartingWith("cannot render U+0301 at index 4 of ")
                .hasMessageContaining("it is a combining mark, so normalize the text to NFC or transliterate");
        assertThatThrownBy(() -> TextMask.render("\uD835\uDC00", BitmapFont.small(), 1))
                .hasMessageContaining("(U+1D400) at index 0");
    }

    @Test
    void blankAndEmptyTextHaveNoInk() {
        TextMask blank = TextMask.render("   ", BitmapFont.small(), 1);
        assertThat(blank.width()).isEqualTo(18);
        assertThat(blank.inkBox()).isEmpty();
        assertThat(blank.inkBoxAt(5, 5)).isEmpty();
        assertThat(blank.glyphBoxes()).isEmpty();
        TextMask empty = TextMask.render("", BitmapFont.small(), 1);
        assertThat(empty.width()).isZero();
        assertThat(empty.mask().inkCount()).isZero();
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> TextMask.render("A", BitmapFont.small(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must be at least 1, not 0");
        assertThatThrownBy(() -> TextMask.render(null, BitmapFont.small(), 1))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> TextMask.render("A", null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("font");
        assertThatThrownBy(() -> TextMask.render("AAAA", BitmapFont.large(), 20_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Test
    void dilationAddsARingAroundTheInk() {
        TextMask mask = TextMask.render("Wg", BitmapFont.small(), 1);
        PixelMask ring = mask.dilate(1);
        assertThat(ring.bounds()).isEqualTo(new Box(-1, -1, mask.width() + 2, mask.height() + 2));
        assertThat(ring.inkBox()).contains(mask.inkBox().orElseThrow().grow(1));
        assertThat(List.of(mask.mask(), ring)).allSatisfy(m -> assertThat(m.inkCount()).isPositive());
    }
}
