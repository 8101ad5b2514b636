package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BitmapFontTest {

    /** What the issue asks every font to cover: names, dates and IDs, including German and other Latin-1 names. */
    private static final String REQUIRED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + " .,-/:;^'\"()[]#&@_+=%*!?<>|" + "ÄÖÜäöüß" + "éèáàçñøåæ";

    static Stream<BitmapFont> fonts() {
        return Stream.of(BitmapFont.small(), BitmapFont.large());
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void coversNamesDatesAndIdsAndAllOfPrintableAsciiAndLatin1Letters(BitmapFont font) {
        assertThat(font.canRender(REQUIRED)).isTrue();
        IntStream.rangeClosed(0x20, 0x7E).forEach(c -> assertThat(font.covers(c)).as("U+%04X", c).isTrue());
        IntStream.rangeClosed(0xC0, 0xFF).forEach(c -> assertThat(font.covers(c)).as("U+%04X", c).isTrue());
        assertThat(font.codePoints()).hasSize(160);
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void everyGlyphButSpaceHasInkInsideItsCellAndLeavesTheGapColumnFree(BitmapFont font) {
        for (int codePoint : font.codePoints()) {
            Glyph glyph = font.glyph(codePoint);
            assertThat(glyph.width()).isEqualTo(font.cellWidth());
            assertThat(glyph.height()).isEqualTo(font.cellHeight());
            if (codePoint == ' ') {
                assertThat(glyph.inkBox()).isEmpty();
                continue;
            }
            Box ink = glyph.inkBox().orElseThrow(() -> new AssertionError("no ink in " + glyph));
            assertThat(ink.x()).as("%s", glyph).isGreaterThanOrEqualTo(0);
            assertThat(ink.y()).as("%s", glyph).isGreaterThanOrEqualTo(0);
            // the last column is the gap: ink of neighbouring characters never touches
            assertThat(ink.right()).as("%s", glyph).isLessThanOrEqualTo(font.cellWidth() - 1);
            assertThat(ink.bottom()).as("%s", glyph).isLessThanOrEqualTo(font.cellHeight());
        }
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void noTwoGlyphsShareABitmap(BitmapFont font) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (int codePoint : font.codePoints()) {
            Integer before = seen.putIfAbsent(font.glyph(codePoint).art(), codePoint);
            if (before != null) {
                clashes.add(Characters.describe(before) + " = " + Characters.describe(codePoint));
            }
        }
        assertThat(clashes).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void confusableLettersAndDigitsDifferInAtLeastThreePixels(BitmapFont font) {
        String[][] pairs = {{"0", "O"}, {"0", "o"}, {"1", "l"}, {"1", "I"}, {"l", "I"}, {"I", "|"}, {"l", "|"},
                {"5", "S"}, {"8", "B"}, {"2", "Z"}, {"6", "G"}, {"6", "b"}, {"9", "g"}, {"9", "q"}, {"q", "g"},
                {"O", "Q"}, {"O", "D"}, {"0", "Ø"}, {"O", "Ø"}, {"u", "v"}, {"c", "e"}, {"x", "×"}};
        assertDiffer(font, pairs, 3);
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void otherConfusablePairsDifferInAtLeastTwoPixels(BitmapFont font) {
        // in the small font a comma is a period plus a two-pixel tail, and h is n plus a two-pixel ascender
        String[][] pairs = {{"n", "h"}, {"'", "`"}, {",", "."}, {":", ";"}, {"-", "_"}, {"-", "="}, {"(", "["}, {"|", "!"}};
        assertDiffer(font, pairs, 2);
    }

    private static void assertDiffer(BitmapFont font, String[][] pairs, int atLeast) {
        for (String[] pair : pairs) {
            Glyph a = font.glyph(pair[0].codePointAt(0));
            Glyph b = font.glyph(pair[1].codePointAt(0));
            assertThat(differingPixels(a, b)).as("%s vs %s", a, b).isGreaterThanOrEqualTo(atLeast);
        }
    }

    private static int differingPixels(Glyph a, Glyph b) {
        int n = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                n += a.ink(x, y) != b.ink(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void capitalsStandOnTheBaselineAndDescendersGoBelowIt(BitmapFont font) {
        for (char c : "ABCDEFGHIJKLMNOPRSTUVWXYZ0123456789abcdefhiklmnorstuvwxz".toCharArray()) {
            assertThat(font.glyph(c).inkBox().orElseThrow().bottom()).as("%s", c).isEqualTo(font.baseline());
        }
        for (char c : "gjpqy".toCharArray()) {
            assertThat(font.glyph(c).inkBox().orElseThrow().bottom()).as("%s", c).isGreaterThan(font.baseline());
        }
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void glyphsAreExactlyTheArtOfTheResource(BitmapFont font) {
        FontArt art = FontArt.of("font-" + font.name() + ".txt");
        assertThat(font.cellWidth()).isEqualTo(art.cellWidth());
        assertThat(font.cellHeight()).isEqualTo(art.cellHeight());
        assertThat(font.baseline()).isEqualTo(art.baseline());
        assertThat(font.codePoints()).containsExactlyElementsOf(art.glyphs().keySet());
        for (int codePoint : font.codePoints()) {
            assertThat(font.glyph(codePoint).art()).isEqualTo(String.join("\n", art.rows(codePoint)));
        }
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void anUncoveredCharacterIsNamedWithTheFont(BitmapFont font) {
        assertThat(font.canRender("Michał")).isFalse();
        assertThat(font.canRender("山田")).isFalse();
        assertThat(font.canRender("Müller-Lüdenscheidt, Zoë")).isTrue();
        assertThatThrownBy(() -> font.glyph('ł'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("font " + font.name() + " has no glyph for 'ł' (U+0142); transliterate the text to "
                        + "characters the font covers");
        assertThatThrownBy(() -> font.glyph('\n')).hasMessageContaining("no glyph for U+000A;");
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void builtInFontsAreLoadedOnce(BitmapFont font) {
        BitmapFont again = font.name().equals("small") ? BitmapFont.small() : BitmapFont.large();
        assertThat(again).isSameAs(font);
        assertThat(font.toString()).isEqualTo("BitmapFont[" + font.name() + ", " + font.cellWidth() + " x "
                + font.cellHeight() + ", 160 glyphs]");
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void namedFindsEachBuiltInFontByTheNameAnswerKeysRecord(BitmapFont font) {
        assertThat(BitmapFont.named(font.name())).isSameAs(font);
    }

    @Test
    void namedRefusesAnUnknownNameAndListsTheFonts() {
        assertThatThrownBy(() -> BitmapFont.named("Large"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no built-in bitmap font is named 'Large'; the fonts are small and large");
    }
}
