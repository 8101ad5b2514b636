package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BannerTest {

    private static final int ROWS = 480;
    private static final int COLUMNS = 640;
    private static final int FRAMES = 6;
    private final UltrasoundPhantom us = new UltrasoundPhantom();
    private final List<PlacedText> phi = new BannerLayout(BitmapFont.large(), 1, 6)
            .stack(List.of("ROBINSON, BRANDY S.", "MRN 4651775", "DOB 03/14/1951", "06/22/2021 18:50"), 5, 5);
    private final List<PlacedText> labels = new BannerLayout(BitmapFont.small(), 1, 3)
            .place(List.of("B-MODE", "LEFT", "5C2 4.0MHz"), us.labelArea(ROWS, COLUMNS),
                    BannerLayout.Corner.BOTTOM_RIGHT, 4);

    private Banner banner() {
        Ink white = us.ink(Contrast.HIGH);
        return Banner.render(COLUMNS, ROWS, List.of(
                BannerLine.phi(phi.get(0), "PatientName", white),
                BannerLine.phi(phi.get(1), "PatientID", white),
                BannerLine.phi(phi.get(2), "PatientBirthDate", us.ink(Contrast.LOW)),
                BannerLine.phi(phi.get(3), "StudyDate", white).withFrames(FrameSelection.range(2, 5)),
                BannerLine.label(labels.get(0), Ink.rgb(255, 220, 120)),
                BannerLine.label(labels.get(1), Ink.rgb(255, 220, 120)).withFrames(FrameSelection.of(0, 5)),
                BannerLine.label(labels.get(2), Ink.rgb(255, 220, 120))));
    }

    private List<FrameBuffer> cine() {
        return new ArrayList<>(us.frames(42, FRAMES, ROWS, COLUMNS));
    }

    private static List<FrameBuffer> copies(List<FrameBuffer> frames) {
        List<FrameBuffer> out = new ArrayList<>();
        for (FrameBuffer f : frames) {
            out.add(f.copy());
        }
        return out;
    }

    /** The pixels (any sample) that differ between two frames, as a mask over the image. */
    private static boolean[] changed(FrameBuffer before, FrameBuffer after) {
        int spp = before.samplesPerPixel();
        boolean[] out = new boolean[before.rows() * before.columns()];
        int[] a = before.samples();
        int[] b = after.samples();
        for (int i = 0; i < a.length; i++) {
            out[i / spp] |= a[i] != b[i];
        }
        return out;
    }

    @Test
    void theLayoutKeepsPhiAndLabelsApartAndEverythingOutsideTheSector() {
        Box region = BannerLayout.bounds(phi);
        assertThat(region).isEqualTo(new Box(5, 5, 19 * 9, 4 * 16 + 3 * 6));
        assertThat(phi.get(1).originY() - phi.get(0).originY()).isEqualTo(22);
        Box sector = us.sector(ROWS, COLUMNS).dataRegion();
        assertThat(BannerLayout.intersect(region, sector)).isFalse();
        Box labelBox = BannerLayout.bounds(labels);
        assertThat(BannerLayout.intersect(labelBox, region)).isFalse();
        assertThat(BannerLayout.intersect(labelBox, sector)).isFalse();
        assertThat(labelBox.right()).isEqualTo(COLUMNS - 4);
        assertThat(labelBox.bottom()).isEqualTo(ROWS - 4);
        for (PlacedText label : labels) {
            assertThat(label.cellBox().right()).as(label.text().text()).isEqualTo(COLUMNS - 4);
        }
    }

    @Test
    void burningChangesExactlyTheMaskOfTheLinesOnEachChosenFrame() {
        List<FrameBuffer> before = cine();
        List<FrameBuffer> frames = copies(before);
        Banner banner = banner();
        List<BurnedLine> burned = banner.burn(frames);

        assertThat(burned).extracting(BurnedLine::frames).containsExactly(List.of(0, 1, 2, 3, 4, 5),
                List.of(0, 1, 2, 3, 4, 5), List.of(0, 1, 2, 3, 4, 5), List.of(2, 3, 4), List.of(0, 1, 2, 3, 4, 5),
                List.of(0, 5), List.of(0, 1, 2, 3, 4, 5));
        boolean[] union = new boolean[ROWS * COLUMNS];
        for (int f = 0; f < FRAMES; f++) {
            boolean[] diff = changed(before.get(f), frames.get(f));
            PixelMask expected = banner.maskOn(f);
            int count = 0;
            for (int y = 0; y < ROWS; y++) {
                for (int x = 0; x < COLUMNS; x++) {
                    assertThat(diff[y * COLUMNS + x]).as("frame %d (%d, %d)", f, x, y).isEqualTo(expected.ink(x, y));
                    count += diff[y * COLUMNS + x] ? 1 : 0;
                    union[y * COLUMNS + x] |= diff[y * COLUMNS + x];
                }
            }
            assertThat(count).isEqualTo(expected.inkCount());
        }
        assertThat(banner.maskOn(1).inkCount()).isLessThan(banner.maskOn(0).inkCount());
        for (int i = 0; i < union.length; i++) {
            assertThat(union[i]).isEqualTo(banner.mask().ink(i % COLUMNS, i / COLUMNS));
        }
    }

    @Test
    void theInkBoxOfEveryLineIsTheBoxOfItsChangedPixelsAndItsMaskCanBeRecomputed() {
        List<FrameBuffer> before = cine();
        List<FrameBuffer> frames = copies(before);
        List<BurnedLine> burned = banner().burn(frames);
        for (BurnedLine line : burned) {
            int f = line.frames().get(0);
            boolean[] diff = changed(before.get(f), frames.get(f));
            TextMask recomputed = TextMask.render(line.text(),
                    line.font().equals("large") ? BitmapFont.large() : BitmapFont.small(), line.scale());
            Box cells = new Box(line.originX(), line.originY(), recomputed.width(), recomputed.height());
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = -1;
            int bottom = -1;
            for (int y = cells.y(); y < cells.bottom(); y++) {
                for (int x = cells.x(); x < cells.right(); x++) {
                    boolean d = diff[y * COLUMNS + x];
                    assertThat(d).as("%s at (%d, %d)", line.text(), x, y)
                            .isEqualTo(recomputed.ink(x - line.originX(), y - line.originY()));
                    if (d) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            assertThat(line.inkBox()).as(line.text())
                    .isEqualTo(new Box(left, top, right - left + 1, bottom - top + 1));
            assertThat(line.glyphBoxes()).isNotEmpty().allSatisfy(g -> assertThat(
                    BannerLayout.intersect(g.box(), line.inkBox())).isTrue());
        }
        assertThat(burned).filteredOn(BurnedLine::isPhi).extracting(BurnedLine::mirrors)
                .containsExactly("PatientName", "PatientID", "PatientBirthDate", "StudyDate");
        assertThat(burned).filteredOn(l -> !l.isPhi()).extracting(BurnedLine::text)
                .containsExactly("B-MODE", "LEFT", "5C2 4.0MHz");
    }

    @Test
    void lowContrastInkIsAboutThirtyLevelsAboveItsSurroundings() {
        List<FrameBuffer> frames = cine();
        banner().burn(frames);
        FrameBuffer frame = frames.get(0);
        assertThat(contrast(frame, phi.get(0))).isGreaterThan(230);
        assertThat(contrast(frame, phi.get(2))).isBetween(25.0, 35.0);
    }

    /** Mean of the ink pixels minus the mean of the one-pixel ring around them, first sample. */
    static double contrast(FrameBuffer frame, PlacedText line) {
        PixelMask mask = line.text().mask();
        PixelMask ring = mask.dilate(1);
        long ink = 0;
        long inkCount = 0;
        long around = 0;
        long aroundCount = 0;
        for (int y = ring.bounds().y(); y < ring.bounds().bottom(); y++) {
            for (int x = ring.bounds().x(); x < ring.bounds().right(); x++) {
                int v = frame.sample(x + line.originX(), y + line.originY(), 0);
                if (mask.ink(x, y)) {
                    ink += v;
                    inkCount++;
                } else if (ring.ink(x, y)) {
                    around += v;
                    aroundCount++;
                }
            }
        }
        return (double) ink / inkCount - (double) around / aroundCount;
    }

    @Test
    void lowContrastOnCtIsThirtyLevelsOfTwoHundredFiftyFiveAboveAir() {
        CtPhantom ct = new CtPhantom();
        FrameBuffer slice = ct.frame(5, 0, 512, 512);
        PlacedText line = new BannerLayout(BitmapFont.large(), 2, 4).stack(List.of("DOE^JANE"), 10, 10).get(0);
        Banner.render(512, 512, List.of(BannerLine.phi(line, "PatientName", ct.ink(Contrast.LOW))))
                .burn(List.of(slice));
        assertThat(contrast(slice, line)).isBetween(482 - 10.0, 482 + 10.0);
        FrameBuffer bright = ct.frame(5, 0, 512, 512);
        Banner.render(512, 512, List.of(BannerLine.phi(line, "PatientName", ct.ink(Contrast.HIGH))))
                .burn(List.of(bright));
        assertThat(contrast(bright, line)).isBetween(2990.0, 3010.0);
    }

    @Test
    void burnsGreyAndSixteenBitFormats() {
        for (Phantom phantom : List.of(new ScannedFormPhantom(), new MrPhantom(), ProjectionPhantom.chest())) {
            FrameBuffer frame = phantom.frame(1, 0, 256, 256);
            FrameBuffer before = frame.copy();
            Box area = phantom.bannerArea(256, 256);
            PlacedText line = new BannerLayout(BitmapFont.small(), 1, 2).stack(List.of("DOE^JANE"), area.x() + 2,
                    area.y() + 2).get(0);
            Ink ink = phantom.ink(Contrast.HIGH);
            Banner.render(256, 256, List.of(BannerLine.phi(line, "PatientName", ink))).burn(List.of(frame));
            line.text().mask().forEachInk((x, y) -> assertThat(frame.sample(x + line.originX(),
                    y + line.originY(), 0)).isEqualTo(ink.first()));
            boolean[] diff = changed(before, frame);
            int count = 0;
            for (boolean d : diff) {
                count += d ? 1 : 0;
            }
            assertThat(count).as(phantom.getClass().getSimpleName()).isEqualTo(line.text().mask().inkCount());
        }
    }

    @Test
    void nothingIsBurnedWhenAnyLineOrFrameIsWrong() {
        List<FrameBuffer> frames = cine();
        List<FrameBuffer> before = copies(frames);
        Banner tooFewFrames = Banner.render(COLUMNS, ROWS, List.of(
                BannerLine.phi(phi.get(0), "PatientName", us.ink(Contrast.HIGH)),
                BannerLine.phi(phi.get(1), "PatientID", us.ink(Contrast.HIGH)).withFrames(FrameSelection.of(6))));
        assertThatThrownBy(() -> tooFewFrames.burn(frames))
                .hasMessage("frame 6 is chosen, but the instance has 6 frames (0 to 5)");
        Banner grey = Banner.render(COLUMNS, ROWS, List.of(BannerLine.phi(phi.get(0), "PatientName", Ink.gray(255))));
        assertThatThrownBy(() -> grey.burn(frames)).hasMessage("Ink[255] of \"ROBINSON, BRANDY S.\" does not suit "
                + "8/8-bit RGB: give 3 sample(s) from 0 to 255");
        List<FrameBuffer> mixed = new ArrayList<>(frames);
        mixed.set(3, FrameBuffer.blank(PixelFormat.RGB8, ROWS, COLUMNS - 1));
        assertThatThrownBy(() -> banner().burn(mixed)).hasMessage("frame 3 is FrameBuffer[639 x 480, 8/8-bit RGB], "
                + "but the banner is for 640 x 480 frames of 8/8-bit RGB");
        assertThatThrownBy(() -> banner().burn(List.of())).hasMessage("no frames to burn into");
        assertThat(frames).isEqualTo(before);
    }

    @Test
    void renderingRefusesLinesThatDoNotFitOrOverlap() {
        PlacedText offRight = new PlacedText(phi.get(0).text(), COLUMNS - 10, 5);
        assertThatThrownBy(() -> Banner.render(COLUMNS, ROWS, List.of(BannerLine.phi(offRight, "PatientName",
                Ink.rgb(255, 255, 255))))).hasMessageStartingWith("a mask of 171 x 16 pixels drawn at (630, 5)");
        PlacedText shifted = new PlacedText(phi.get(1).text(), 5, 15);
        assertThatThrownBy(() -> Banner.render(COLUMNS, ROWS, List.of(
                BannerLine.phi(phi.get(0), "PatientName", Ink.rgb(255, 255, 255)),
                BannerLine.phi(shifted, "PatientID", Ink.rgb(255, 255, 255)))))
                .hasMessage("the cells of \"MRN 4651775\" at Box[x=5, y=15, width=99, height=16] overlap those of "
                        + "\"ROBINSON, BRANDY S.\" at Box[x=5, y=5, width=171, height=16]; lay the lines out apart");
        PlacedText blank = new PlacedText(TextMask.render("   ", BitmapFont.small(), 1), 0, 0);
        assertThatThrownBy(() -> BannerLine.label(blank, Ink.gray(1))).hasMessageContaining("has no ink");
    }

    @Test
    void frameSelections() {
        assertThat(FrameSelection.all().resolve(3)).containsExactly(0, 1, 2);
        assertThat(FrameSelection.of(4, 1, 4).resolve(5)).containsExactly(1, 4);
        assertThat(FrameSelection.range(2, 4).contains(3)).isTrue();
        assertThat(FrameSelection.range(2, 4).contains(4)).isFalse();
        assertThat(FrameSelection.all().contains(1000)).isTrue();
        assertThat(FrameSelection.of(1, 2)).isEqualTo(FrameSelection.range(1, 3));
        assertThatThrownBy(FrameSelection::of).hasMessage("choose at least one frame");
        assertThatThrownBy(() -> FrameSelection.range(3, 3)).hasMessage("a frame range needs 0 <= from < to, not 3 to 3");
    }
}
