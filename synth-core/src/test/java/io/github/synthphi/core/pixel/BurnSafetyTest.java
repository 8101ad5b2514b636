package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BurnSafetyTest {

    private static final BrightnessLimit LIMIT = BrightnessLimit.atMost(30);
    private final List<PlacedText> lines = new BannerLayout(BitmapFont.large(), 1, 6)
            .stack(List.of("ROBINSON, BRANDY S.", "MRN 4651775"), 5, 5);

    private static FrameBuffer gray(int rows, int columns, int value) {
        FrameBuffer f = FrameBuffer.blank(PixelFormat.GRAY8, rows, columns);
        Arrays.fill(f.bytes(), (byte) value);
        return f;
    }

    private static String reason(BurnVerdict verdict) {
        assertThat(verdict.safe()).isFalse();
        return verdict.reason().orElseThrow();
    }

    @Test
    void aDarkRegionThatFitsIsSafe() {
        UltrasoundPhantom us = new UltrasoundPhantom();
        List<FrameBuffer> cine = us.frames(42, 3, 480, 640);
        BurnVerdict verdict = BurnSafety.check(cine, BannerLayout.bounds(lines), lines, us.brightnessLimit());
        assertThat(verdict).isEqualTo(BurnVerdict.ok());
        assertThat(verdict.reason()).isEmpty();
    }

    @Test
    void aRegionLargerThanTheImageIsQuarantinedWithThePipelinesReason() {
        // the pipeline's region: x 5, y 5, w 250, h 100
        BurnVerdict verdict = BurnSafety.check(List.of(gray(100, 200, 0)), new Box(5, 5, 250, 100), List.of(),
                LIMIT);
        assertThat(reason(verdict)).isEqualTo("burn_region_exceeds_image (need 255x105, image is 200x100)");
        assertThat(reason(BurnSafety.check(List.of(gray(100, 200, 0)), new Box(-3, 5, 20, 10), List.of(), LIMIT)))
                .isEqualTo("burn_region_exceeds_image (starts at (-3, 5), image is 200x100)");
    }

    @Test
    void aBrightRegionIsQuarantinedWithItsMeanRoundedAsPythonDoes() {
        FrameBuffer frame = gray(100, 200, 41);
        // a quarter of the 2 x 2 region one level brighter: mean 41.25, which Python prints as 41.2
        frame.setSample(10, 10, 0, 42);
        assertThat(reason(BurnSafety.check(List.of(frame), new Box(10, 10, 2, 2), List.of(), LIMIT)))
                .isEqualTo("burn_region_too_bright (mean=41.2)");
        assertThat(reason(BurnSafety.check(List.of(gray(100, 200, 31)), new Box(0, 0, 10, 10), List.of(), LIMIT)))
                .isEqualTo("burn_region_too_bright (mean=31.0)");
        assertThat(BurnSafety.check(List.of(gray(100, 200, 30)), new Box(0, 0, 10, 10), List.of(), LIMIT).safe())
                .isTrue();
        assertThat(reason(BurnSafety.check(List.of(gray(100, 200, 0)), new Box(3, 3, 0, 5), List.of(), LIMIT)))
                .isEqualTo("burn_region_too_bright (mean=nan)");
    }

    @Test
    void onlyTheFirstFrameIsCheckedForBrightnessAsInThePipeline() {
        List<FrameBuffer> frames = List.of(gray(100, 200, 10), gray(100, 200, 200));
        assertThat(BurnSafety.check(frames, new Box(0, 0, 50, 20), List.of(), LIMIT).safe()).isTrue();
    }

    @Test
    void insideTheUltrasoundSectorIsTooBright() {
        UltrasoundPhantom us = new UltrasoundPhantom();
        FrameBuffer frame = us.frame(42, 0, 480, 640);
        Box data = us.sector(480, 640).dataRegion();
        Box inFan = new Box(data.x() + data.width() / 2 - 60, data.y() + 4, 120, 60);
        double mean = frame.meanBrightness(inFan);
        assertThat(mean).isGreaterThan(30);
        assertThat(reason(BurnSafety.check(List.of(frame), inFan, List.of(), us.brightnessLimit())))
                .matches("burn_region_too_bright \\(mean=\\d+\\.\\d\\)")
                .isEqualTo("burn_region_too_bright (mean="
                        + new java.math.BigDecimal(mean).setScale(1, java.math.RoundingMode.HALF_EVEN) + ")");
    }

    @Test
    void darkInkNeedsALightRegion() {
        ScannedFormPhantom form = new ScannedFormPhantom();
        assertThat(reason(BurnSafety.check(List.of(gray(50, 50, 200)), new Box(0, 0, 10, 10), List.of(),
                form.brightnessLimit()))).isEqualTo("burn_region_too_dark (mean=200.0)");
        FrameBuffer page = form.frame(1, 0, 512, 512);
        Box area = form.bannerArea(512, 512);
        List<PlacedText> typed = new BannerLayout(BitmapFont.large(), 1, 4).stack(List.of("DOE^JANE"), area.x() + 4,
                area.y() + 4);
        assertThat(BurnSafety.check(List.of(page), BannerLayout.bounds(typed), typed, form.brightnessLimit()).safe())
                .isTrue();
    }

    @Test
    void aLineThatOverflowsTheImageIsReported() {
        List<PlacedText> wide = new BannerLayout(BitmapFont.large(), 1, 6).stack(List.of("MRN 4651775"), 5, 27);
        assertThat(reason(BurnSafety.check(List.of(gray(480, 90, 0)), new Box(0, 0, 10, 10), wide, LIMIT)))
                .isEqualTo("rendered PHI overflows image: 'MRN 4651775' at (5,27) size (99x16), image 90x480");
        List<PlacedText> above = List.of(new PlacedText(wide.get(0).text(), 5, -2));
        assertThat(reason(BurnSafety.check(List.of(gray(480, 200, 0)), new Box(0, 0, 10, 10), above, LIMIT)))
                .isEqualTo("rendered PHI overflows image: 'MRN 4651775' at (5,-2) size (99x16), image 200x480");
    }

    @Test
    void framesOfDifferentShapesOrFormatsAreReported() {
        List<FrameBuffer> frames = new ArrayList<>(List.of(FrameBuffer.blank(PixelFormat.RGB8, 600, 800),
                FrameBuffer.blank(PixelFormat.RGB8, 480, 640), FrameBuffer.blank(PixelFormat.RGB8, 600, 800)));
        assertThat(reason(BurnSafety.check(frames, new Box(0, 0, 1, 1), List.of(), LIMIT)))
                .isEqualTo("inconsistent_frame_shapes: [(480, 640, 3), (600, 800, 3)]");
        List<FrameBuffer> formats = List.of(FrameBuffer.blank(PixelFormat.gray16(12, true), 4, 4),
                FrameBuffer.blank(PixelFormat.gray16(12, false), 4, 4));
        assertThat(reason(BurnSafety.check(formats, new Box(0, 0, 1, 1), List.of(), LIMIT)))
                .isEqualTo("inconsistent_frame_formats: [12/16-bit MONOCHROME2, signed 12/16-bit MONOCHROME2]");
        assertThat(reason(BurnSafety.check(List.of(), new Box(0, 0, 1, 1), List.of(), LIMIT))).isEqualTo("no_frames");
    }

    @Test
    void theChecksRunInThePipelinesOrderAndTouchNoPixel() {
        List<FrameBuffer> frames = List.of(gray(100, 200, 250));
        FrameBuffer before = frames.get(0).copy();
        List<PlacedText> overflowing = List.of(new PlacedText(lines.get(0).text(), 190, 5));
        // too large beats too bright, which beats overflow
        assertThat(reason(BurnSafety.check(frames, new Box(5, 5, 250, 100), overflowing, LIMIT)))
                .startsWith("burn_region_exceeds_image");
        assertThat(reason(BurnSafety.check(frames, new Box(5, 5, 20, 20), overflowing, LIMIT)))
                .startsWith("burn_region_too_bright");
        assertThat(frames.get(0)).isEqualTo(before);
        assertThat(BurnVerdict.quarantined("x")).isEqualTo(new BurnVerdict(false, Optional.of("x")));
    }

    @Test
    void brightnessLimits() {
        assertThat(BrightnessLimit.scaledFor(PixelFormat.RGB8)).isEqualTo(BrightnessLimit.atMost(30));
        assertThat(BrightnessLimit.scaledFor(PixelFormat.gray16(12, false)).value()).isEqualTo(30.0 * 4095 / 255);
        assertThat(BrightnessLimit.scaledFor(PixelFormat.gray16(12, true)).value())
                .isEqualTo(-2048 + 30.0 * 4095 / 255);
        assertThat(BrightnessLimit.oneDecimal(0.25)).isEqualTo("0.2");
        assertThat(BrightnessLimit.oneDecimal(0.35)).isEqualTo("0.3");   // 0.35 is 0.34999... in binary
        assertThat(BrightnessLimit.oneDecimal(-0.04)).isEqualTo("-0.0");
        assertThat(BrightnessLimit.oneDecimal(-612.25)).isEqualTo("-612.2");
        assertThat(BrightnessLimit.atMost(-500).reason(-612.25)).isEqualTo("burn_region_too_bright (mean=-612.2)");
        assertThat(BrightnessLimit.atMost(1).allows(Double.NaN)).isFalse();
        assertThat(BrightnessLimit.atLeast(1).allows(Double.NaN)).isFalse();
    }
}
