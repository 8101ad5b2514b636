package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelMaskTest {

    private final PixelMask text = TextMask.render("Jy&Å", BitmapFont.small(), 1).mask();

    @Test
    void dilationMarksEveryPixelWithinTheRadiusOfInk() {
        for (int radius = 1; radius <= 3; radius++) {
            PixelMask grown = text.dilate(radius);
            assertThat(grown.bounds()).isEqualTo(text.bounds().grow(radius));
            for (int y = grown.bounds().y(); y < grown.bounds().bottom(); y++) {
                for (int x = grown.bounds().x(); x < grown.bounds().right(); x++) {
                    assertThat(grown.ink(x, y)).as("radius %d at (%d, %d)", radius, x, y)
                            .isEqualTo(inkNear(text, x, y, radius));
                }
            }
        }
    }

    private static boolean inkNear(PixelMask mask, int x, int y, int radius) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                if (mask.ink(x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void inkAtTheEdgeOfTheBoundsIsNotCutOffByDilation() {
        PixelMask underscore = TextMask.render("_", BitmapFont.small(), 1).mask();
        assertThat(underscore.inkBox().orElseThrow().bottom()).isEqualTo(underscore.bounds().bottom());
        PixelMask grown = underscore.dilate(2);
        assertThat(grown.inkBox()).contains(underscore.inkBox().orElseThrow().grow(2));
        assertThat(grown.ink(0, 13)).isTrue();
    }

    @Test
    void dilationByZeroIsTheMaskAndNegativeRadiiAreRefused() {
        assertThat(text.dilate(0)).isSameAs(text);
        assertThatThrownBy(() -> text.dilate(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("radius must be at least 0, not -1");
    }

    @Test
    void forEachInkVisitsExactlyTheInkPixelsInRowOrder() {
        PixelMask grown = text.dilate(1);
        List<int[]> visited = new ArrayList<>();
        grown.forEachInk((x, y) -> visited.add(new int[] {x, y}));
        assertThat(visited).hasSize(grown.inkCount());
        int previous = Integer.MIN_VALUE;
        for (int[] p : visited) {
            assertThat(grown.ink(p[0], p[1])).isTrue();
            int order = (p[1] - grown.bounds().y()) * grown.bounds().width() + p[0] - grown.bounds().x();
            assertThat(order).isGreaterThan(previous);
            previous = order;
        }
    }

    @Test
    void artShowsTheMaskRowByRow() {
        PixelMask dot = TextMask.render(".", BitmapFont.small(), 1).mask();
        assertThat(dot.art().split("\n")).hasSize(12).contains("......", ".##...");
        assertThat(dot.inkBox()).contains(new Box(1, 8, 2, 2));
        assertThat(dot.toString()).isEqualTo("PixelMask[Box[x=0, y=0, width=6, height=12], 4 ink pixels]");
    }
}
