package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameBufferTest {

    @Test
    void signedSamplesAreLittleEndianTwosComplement() {
        FrameBuffer f = FrameBuffer.blank(PixelFormat.gray16(12, true), 1, 3);
        f.setSample(0, 0, 0, -1000);
        f.setSample(1, 0, 0, 2047);
        f.setSample(2, 0, 0, -2048);
        assertThat(f.sample(0, 0, 0)).isEqualTo(-1000);
        assertThat(f.samples()).containsExactly(-1000, 2047, -2048);
        assertThat(f.toLittleEndian()).containsExactly(0x18, 0xFC, 0xFF, 0x07, 0x00, 0xF8);
        assertThatThrownBy(() -> f.setSample(0, 0, 0, 2048))
                .hasMessage("2048 is outside -2048 to 2047 of signed 12/16-bit MONOCHROME2");
    }

    @Test
    void unsignedAndRgbSamples() {
        FrameBuffer u = FrameBuffer.blank(PixelFormat.gray16(16, false), 1, 1);
        u.setSample(0, 0, 0, 40_000);
        assertThat(u.sample(0, 0, 0)).isEqualTo(40_000);
        assertThat(u.toLittleEndian()).containsExactly(0x40, 0x9C);
        FrameBuffer rgb = FrameBuffer.blank(PixelFormat.RGB8, 1, 2);
        rgb.setSample(1, 0, 0, 200);
        rgb.setSample(1, 0, 2, 7);
        assertThat(rgb.toLittleEndian()).containsExactly(0, 0, 0, 200, 0, 7);
        assertThat(rgb.shape()).isEqualTo("(1, 2, 3)");
        assertThat(u.shape()).isEqualTo("(1, 1)");
        assertThat(rgb.meanBrightness(new Box(1, 0, 1, 1))).isCloseTo((299 * 200 + 114 * 7) / 1000.0, within(1e-9));
    }

    @Test
    void pixelDataConcatenatesFramesOfOneShape() {
        FrameBuffer a = FrameBuffer.blank(PixelFormat.GRAY8, 2, 2);
        FrameBuffer b = a.copy();
        b.setSample(1, 1, 0, 9);
        assertThat(FrameBuffer.pixelData(List.of(a, b))).containsExactly(0, 0, 0, 0, 0, 0, 0, 9);
        assertThat(a).isNotEqualTo(b).isEqualTo(FrameBuffer.blank(PixelFormat.GRAY8, 2, 2));
        assertThat(a.hashCode()).isEqualTo(FrameBuffer.blank(PixelFormat.GRAY8, 2, 2).hashCode());
        assertThatThrownBy(() -> FrameBuffer.pixelData(List.of(a, FrameBuffer.blank(PixelFormat.GRAY8, 2, 3))))
                .hasMessage("frame 1 is FrameBuffer[3 x 2, 8/8-bit MONOCHROME2], frame 0 is "
                        + "FrameBuffer[2 x 2, 8/8-bit MONOCHROME2]");
        assertThatThrownBy(() -> FrameBuffer.pixelData(List.of())).hasMessage("no frames to write");
    }

    @Test
    void formats() {
        assertThat(PixelFormat.gray16(12, true).minValue()).isEqualTo(-2048);
        assertThat(PixelFormat.gray16(14, false).maxValue()).isEqualTo(16383);
        assertThat(PixelFormat.gray16(12, true).highBit()).isEqualTo(11);
        assertThat(PixelFormat.gray16(12, true).pixelRepresentation()).isEqualTo(1);
        assertThat(PixelFormat.RGB8.frameLength(600, 800)).isEqualTo(1_440_000);
        assertThatThrownBy(() -> new PixelFormat(3, 16, 16, false, "RGB")).hasMessageStartingWith(
                "unsupported pixel format: 3 samples, 16 bits allocated");
        assertThatThrownBy(() -> FrameBuffer.blank(PixelFormat.GRAY8, 0, 1)).hasMessageContaining("0 x 1");
    }
}
