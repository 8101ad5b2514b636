package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextBurnerTest {

    private static final int COLUMNS = 200;
    private static final int ROWS = 60;
    private final TextBurner burner = new TextBurner(COLUMNS, ROWS);
    private final TextMask line = TextMask.render("MÜLLER^Jürgen 1980-03-14", BitmapFont.small(), 1);

    /** A background that never equals the burned values, so every burned pixel visibly changes. */
    private static int background(int x, int y) {
        return (x * 7 + y * 13) % 200;
    }

    private static byte[] gray8() {
        byte[] frame = new byte[COLUMNS * ROWS];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) background(i % COLUMNS, i / COLUMNS);
        }
        return frame;
    }

    @Test
    void burningGray8ChangesExactlyTheMaskPixels() {
        byte[] frame = gray8();
        byte[] before = frame.clone();
        burner.burnGray8(frame, line.mask(), 7, 5, 250);
        int changed = 0;
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS; x++) {
                int i = y * COLUMNS + x;
                if (line.ink(x - 7, y - 5)) {
                    assertThat(frame[i] & 0xFF).as("(%d, %d)", x, y).isEqualTo(250);
                } else {
                    assertThat(frame[i]).as("(%d, %d)", x, y).isEqualTo(before[i]);
                }
                changed += frame[i] != before[i] ? 1 : 0;
            }
        }
        assertThat(changed).isEqualTo(line.mask().inkCount());
    }

    @Test
    void theInkBoxInImageCoordinatesHoldsEveryChangedPixelAndTouchesAllFourEdges() {
        byte[] frame = gray8();
        byte[] before = frame.clone();
        burner.burnGray8(frame, line.mask(), 11, 3, 255);
        Box box = line.inkBoxAt(11, 3).orElseThrow();
        int left = Integer.MAX_VALUE;
        int right = -1;
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] != before[i]) {
                left = Math.min(left, i % COLUMNS);
                right = Math.max(right, i % COLUMNS);
                top = Math.min(top, i / COLUMNS);
                bottom = Math.max(bottom, i / COLUMNS);
            }
        }
        assertThat(box).isEqualTo(new Box(left, top, right - left + 1, bottom - top + 1));
    }

    @Test
    void burningRgbSetsAllThreeSamplesOfExactlyTheMaskPixels() {
        byte[] frame = new byte[3 * COLUMNS * ROWS];
        Arrays.fill(frame, (byte) 30);
        burner.burnRgb8(frame, line.mask(), 0, 0, 255, 128, 1);
        for (int i = 0; i < COLUMNS * ROWS; i++) {
            boolean ink = line.ink(i % COLUMNS, i / COLUMNS);
            assertThat(new int[] {frame[3 * i] & 0xFF, frame[3 * i + 1] & 0xFF, frame[3 * i + 2] & 0xFF})
                    .isEqualTo(ink ? new int[] {255, 128, 1} : new int[] {30, 30, 30});
        }
    }

    @Test
    void burningSixteenBitAndIntegerSamples() {
        short[] frame16 = new short[COLUMNS * ROWS];
        burner.burnGray16(frame16, line.mask(), 3, 4, 40_000);
        int[] samples = new int[2 * COLUMNS * ROWS];
        burner.burnSamples(samples, line.mask(), 3, 4, -5, 70_000);
        for (int i = 0; i < COLUMNS * ROWS; i++) {
            boolean ink = line.ink(i % COLUMNS - 3, i / COLUMNS - 4);
            assertThat(frame16[i] & 0xFFFF).isEqualTo(ink ? 40_000 : 0);
            assertThat(samples[2 * i]).isEqualTo(ink ? -5 : 0);
            assertThat(samples[2 * i + 1]).isEqualTo(ink ? 70_000 : 0);
        }
        burner.burnGray16(frame16, line.mask(), 3, 4, -1000);
        assertThat(frame16[(4 + line.inkBox().orElseThrow().y()) * COLUMNS + 3 + line.inkBox().orElseThrow().x()])
                .isIn((short) -1000, (short) 0);
    }

    @Test
    void aMaskThatDoesNotFitIsRefusedAndTheFrameIsUntouched() {
        byte[] frame = gray8();
        byte[] before = frame.clone();
        int tooFarRight = COLUMNS - line.width() + 1;
        assertThat(burner.fits(line.mask(), tooFarRight - 1, 0)).isTrue();
        assertThat(burner.fits(line.mask(), tooFarRight, 0)).isFalse();

        assertThatThrownBy(() -> burner.burnGray8(frame, line.mask(), tooFarRight, 2, 255))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a mask of 144 x 12 pixels drawn at (57, 2) covers columns 57 to 200 and rows 2 to 13, "
                        + "outside the frame of 200 x 60 pixels (columns 0 to 199, rows 0 to 59); move the origin "
                        + "or use a smaller font, scale or text");
        assertThatThrownBy(() -> burner.burnGray8(frame, line.mask(), 0, ROWS - 11, 255))
                .hasMessageContaining("rows 49 to 60");
        assertThatThrownBy(() -> burner.burnGray8(frame, line.mask(), -1, 0, 255))
                .hasMessageContaining("columns -1 to 142");
        // a dilated mask reaches one pixel left of and above its origin
        assertThatThrownBy(() -> burner.burnGray8(frame, line.dilate(1), 0, 5, 255))
                .hasMessageContaining("a mask of 146 x 14 pixels drawn at (0, 5) covers columns -1 to 144");
        assertThat(frame).isEqualTo(before);

        byte[] rgb = new byte[3 * COLUMNS * ROWS];
        assertThatThrownBy(() -> burner.burnRgb8(rgb, line.mask(), 0, 50, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rgb).containsOnly(0);
        short[] frame16 = new short[COLUMNS * ROWS];
        assertThatThrownBy(() -> burner.burnGray16(frame16, line.mask(), Integer.MAX_VALUE, 0, 1))
                .hasMessageContaining("covers columns 2147483647 to 2147483790");
        assertThat(frame16).containsOnly((short) 0);
    }

    @Test
    void wrongFramesAndValuesAreRefusedBeforeAnyPixelChanges() {
        byte[] frame = gray8();
        byte[] before = frame.clone();
        assertThatThrownBy(() -> burner.burnGray8(frame, line.mask(), 0, 0, 256))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value 256 is outside 0 to 255");
        assertThatThrownBy(() -> burner.burnRgb8(new byte[3 * COLUMNS * ROWS], line.mask(), 0, 0, 0, -1, 0))
                .hasMessage("green -1 is outside 0 to 255");
        assertThatThrownBy(() -> burner.burnGray16(new short[COLUMNS * ROWS], line.mask(), 0, 0, 65_536))
                .hasMessage("value 65536 is outside -32768 to 65535");
        assertThatThrownBy(() -> burner.burnGray8(new byte[10], line.mask(), 0, 0, 1))
                .hasMessage("the frame holds 10 samples, not 12000 (200 x 60 pixels x 1 samples)");
        assertThatThrownBy(() -> burner.burnRgb8(frame, line.mask(), 0, 0, 1, 1, 1))
                .hasMessage("the frame holds 12000 samples, not 36000 (200 x 60 pixels x 3 samples)");
        assertThatThrownBy(() -> burner.burnSamples(new int[COLUMNS * ROWS], line.mask(), 0, 0))
                .hasMessage("give one value per sample of a pixel, at least one");
        assertThatThrownBy(() -> burner.burnGray8(null, line.mask(), 0, 0, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("frame");
        assertThatThrownBy(() -> new TextBurner(0, 5))
                .hasMessage("a frame needs at least 1 column and 1 row, not 0 x 5");
        assertThat(frame).isEqualTo(before);
    }
}
