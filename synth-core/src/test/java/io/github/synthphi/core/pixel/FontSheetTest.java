package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Draws every glyph of both fonts, and some specimen lines, into PNG files under
 * {@code target/font-sheets/} for a person to look at. Gray is the cell, blue the baseline row.
 */
class FontSheetTest {

    private static final int PER_ROW = 16;
    private static final int WHITE = 0xFFFFFF;
    private static final int CELL = 0xE4E4E4;
    private static final int BASELINE = 0xC8DCFF;
    private static final int INK = 0x000000;

    private static final List<String> SPECIMENS = List.of(
            "0O 1lI| 5S 8B 2Z 6G 9g qg rn m vy uv ij ;: ,. '\"`",
            "MÜLLER^HANS  1980-03-14  ID: PAT-0042/7",
            "Jürgen Groß, Zoë Ørsted, François Señor, Åsa Æbelø",
            "#A&B @x_y+z=100% *!?<>| (a) [b] {c} ~ $ \\ ° × ÷",
            "The quick brown fox jumps over the lazy dog.",
            "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG 0123456789",
            "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞß àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ");

    @Test
    void writesGlyphSheets() throws IOException {
        Path dir = Path.of("target", "font-sheets");
        Files.createDirectories(dir);
        for (BitmapFont font : List.of(BitmapFont.small(), BitmapFont.large())) {
            int scale = font == BitmapFont.small() ? 4 : 3;
            Path sheet = dir.resolve("glyphs-" + font.name() + ".png");
            ImageIO.write(glyphSheet(font, scale), "png", sheet.toFile());
            Path specimen = dir.resolve("specimen-" + font.name() + ".png");
            ImageIO.write(specimen(font, font == BitmapFont.small() ? 2 : 1), "png", specimen.toFile());
            assertThat(sheet).isNotEmptyFile();
            assertThat(specimen).isNotEmptyFile();
        }
    }

    private static BufferedImage glyphSheet(BitmapFont font, int scale) {
        List<Integer> codePoints = List.copyOf(font.codePoints());
        int gap = 2 * scale;
        int cw = font.cellWidth() * scale;
        int ch = font.cellHeight() * scale;
        int gridRows = (codePoints.size() + PER_ROW - 1) / PER_ROW;
        BufferedImage image = filled(gap + PER_ROW * (cw + gap), gap + gridRows * (ch + gap), WHITE);
        for (int i = 0; i < codePoints.size(); i++) {
            int ox = gap + (i % PER_ROW) * (cw + gap);
            int oy = gap + (i / PER_ROW) * (ch + gap);
            TextMask mask = TextMask.render(Character.toString(codePoints.get(i)), font, scale);
            for (int y = 0; y < ch; y++) {
                boolean baselineRow = y / scale == font.baseline() - 1;
                for (int x = 0; x < cw; x++) {
                    image.setRGB(ox + x, oy + y, mask.ink(x, y) ? INK : baselineRow ? BASELINE : CELL);
                }
            }
        }
        return image;
    }

    private static BufferedImage specimen(BitmapFont font, int scale) {
        int margin = 4 * scale;
        int width = SPECIMENS.stream().mapToInt(s -> TextMask.render(s, font, scale).width()).max().orElseThrow();
        int lineHeight = font.cellHeight() * scale;
        BufferedImage image = filled(width + 2 * margin, SPECIMENS.size() * lineHeight + 2 * margin, WHITE);
        for (int line = 0; line < SPECIMENS.size(); line++) {
            TextMask mask = TextMask.render(SPECIMENS.get(line), font, scale);
            int oy = margin + line * lineHeight;
            mask.mask().forEachInk((x, y) -> image.setRGB(margin + x, oy + y, INK));
        }
        return image;
    }

    private static BufferedImage filled(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
