package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhantomTest {

    /** Every phantom with a size of its modality's default proportions (smaller, to keep the test fast). */
    static Map<String, Object[]> phantoms() {
        Map<String, Object[]> m = new TreeMap<>();
        m.put("US", new Object[] {new UltrasoundPhantom(), 480, 640});
        m.put("CT", new Object[] {new CtPhantom(), 512, 512});
        m.put("MR", new Object[] {new MrPhantom(), 256, 256});
        m.put("CR", new Object[] {ProjectionPhantom.chest(), 512, 512});
        m.put("MG-L", new Object[] {ProjectionPhantom.mammogram(ProjectionPhantom.Side.LEFT), 512, 384});
        m.put("MG-R", new Object[] {ProjectionPhantom.mammogram(ProjectionPhantom.Side.RIGHT), 512, 384});
        m.put("SC", new Object[] {new ScannedFormPhantom(), 512, 512});
        return m;
    }

    @Test
    void theSameSeedGivesEqualFramesAndAnotherSeedOtherFrames() {
        phantoms().forEach((name, p) -> {
            Phantom phantom = (Phantom) p[0];
            int rows = (int) p[1];
            int columns = (int) p[2];
            FrameBuffer a = phantom.frame(7, 1, rows, columns);
            assertThat(phantom.frame(7, 1, rows, columns)).as(name).isEqualTo(a);
            assertThat(phantom.frame(8, 1, rows, columns)).as(name).isNotEqualTo(a);
            assertThat(phantom.frames(7, 2, rows, columns)).as(name).hasSize(2).element(1).isEqualTo(a);
            assertThat(a.format()).as(name).isEqualTo(phantom.format());
            assertThat(a.rows()).isEqualTo(rows);
            assertThat(a.columns()).isEqualTo(columns);
        });
    }

    @Test
    void ultrasoundFramesDifferAndThePleuralLineMovesLikeBreathing() {
        UltrasoundPhantom us = new UltrasoundPhantom();
        List<FrameBuffer> cine = us.frames(42, 40, 480, 640);
        SectorGeometry fan = us.sector(480, 640);
        TreeSet<Integer> depths = new TreeSet<>();
        for (int f = 0; f < cine.size(); f++) {
            if (f > 0) {
                assertThat(cine.get(f)).isNotEqualTo(cine.get(f - 1));
            }
            depths.add(brightestRow(cine.get(f), (int) fan.apexX(), fan.dataRegion()));
        }
        // the line moves over a range of a few percent of the depth, and back
        assertThat(depths.size()).isGreaterThan(4);
        assertThat(depths.last() - depths.first()).isBetween(8, (int) (0.07 * fan.depthPixels()));
        assertThat(brightestRow(cine.get(0), (int) fan.apexX(), fan.dataRegion()))
                .isBetween(fan.dataRegion().y() + (int) (0.25 * fan.depthPixels()),
                        fan.dataRegion().y() + (int) (0.45 * fan.depthPixels()));
    }

    /** The row whose mean over 41 columns around {@code x} is brightest: the pleural line. */
    static int brightestRow(FrameBuffer frame, int x, Box region) {
        int best = -1;
        long bestSum = -1;
        for (int y = region.y(); y < region.bottom(); y++) {
            long sum = 0;
            for (int dx = -20; dx <= 20; dx++) {
                sum += frame.sample(x + dx, y, 0);
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = y;
            }
        }
        return best;
    }

    @Test
    void ultrasoundIsGreyRgbWithANearBlackBackgroundOutsideTheFan() {
        UltrasoundPhantom us = new UltrasoundPhantom();
        FrameBuffer frame = us.frame(3, 0, 480, 640);
        SectorGeometry fan = us.sector(480, 640);
        long inside = 0;
        long insideCount = 0;
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int r = frame.sample(x, y, 0);
                assertThat(frame.sample(x, y, 1)).isEqualTo(r);
                assertThat(frame.sample(x, y, 2)).isEqualTo(r);
                if (fan.contains(x, y)) {
                    inside += r;
                    insideCount++;
                } else {
                    assertThat(r).as("(%d, %d)", x, y).isBetween(4, 15);
                }
            }
        }
        assertThat((double) inside / insideCount).isBetween(25.0, 120.0);
        assertThat(frame.meanBrightness(new Box(0, 0, 640, 90))).isCloseTo(9.5, within(0.5));
    }

    @Test
    void theSectorFillsTheImageBelowTheBannerBand() {
        SectorGeometry fan = new UltrasoundPhantom().sector(480, 640);
        Box region = fan.dataRegion();
        assertThat(region.y()).isBetween(94, 98);
        assertThat(region.bottom()).isBetween(460, 470);
        assertThat(region.x()).isBetween(64, 110);
        assertThat(region.right()).isEqualTo(640 - region.x());
        assertThat(fan.centimetresPerPixel() * fan.depthPixels()).isCloseTo(14.0, within(1e-9));
        // the box is tight: each edge holds a pixel of the fan
        assertThat(java.util.stream.IntStream.range(region.x(), region.right())
                .anyMatch(x -> fan.contains(x, region.y()))).isTrue();
        assertThat(java.util.stream.IntStream.range(region.y(), region.bottom())
                .anyMatch(y -> fan.contains(region.x(), y))).isTrue();
    }

    @Test
    void ctValuesAreHounsfieldUnits() {
        CtPhantom ct = new CtPhantom();
        FrameBuffer slice = ct.frame(42, 0, 512, 512);
        assertThat(slice.meanBrightness(new Box(0, 0, 80, 80))).isCloseTo(-1000, within(3.0));
        assertThat(slice.meanBrightness(new Box(256 - 87 - 10, 256 - 10, 20, 20))).as("right lung")
                .isBetween(-880.0, -700.0);
        assertThat(slice.meanBrightness(new Box(58, 250, 6, 10))).as("chest wall muscle")
                .isBetween(0.0, 80.0);
        assertThat(slice.sample(256, 256 + 92, 0)).as("vertebral body").isBetween(150, 350);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : slice.samples()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isBetween(-1100, -1000);
        assertThat(max).isBetween(800, 1000);
        assertThat(ct.ink(Contrast.HIGH)).isEqualTo(Ink.gray(2000));
        assertThat(ct.ink(Contrast.LOW)).isEqualTo(Ink.gray(-518));
    }

    @Test
    void mrProjectionAndFormValuesArePlausible() {
        FrameBuffer mr = new MrPhantom().frame(42, 0, 256, 256);
        assertThat(mr.meanBrightness(new Box(0, 0, 40, 40))).isBetween(15.0, 35.0);
        assertThat(mr.meanBrightness(new Box(128 - 30, 128 + 15 - 60, 12, 12))).as("white matter")
                .isBetween(900.0, 1300.0);
        assertThat(max(mr)).isBetween(1400, 4095);

        FrameBuffer chest = ProjectionPhantom.chest().frame(42, 0, 512, 512);
        assertThat(chest.meanBrightness(new Box(0, 0, 60, 60))).isCloseTo(120, within(5.0));
        double lung = chest.meanBrightness(new Box(256 - 87 - 8, 256 - 8, 16, 16));
        double abdomen = chest.meanBrightness(new Box(256 - 87 - 8, 480, 16, 16));
        assertThat(lung).isBetween(500.0, 1300.0).isLessThan(abdomen - 300);
        assertThat(max(chest)).isLessThan(4096);

        FrameBuffer mg = ProjectionPhantom.mammogram(ProjectionPhantom.Side.LEFT).frame(42, 0, 512, 384);
        assertThat(mg.meanBrightness(new Box(300, 0, 84, 60))).isCloseTo(80, within(10.0));
        assertThat(mg.meanBrightness(new Box(20, 236, 40, 40))).isBetween(3000.0, 12000.0);
        assertThat(max(mg)).isLessThan(16384);
        FrameBuffer mirrored = ProjectionPhantom.mammogram(ProjectionPhantom.Side.RIGHT).frame(42, 0, 512, 384);
        assertThat(mirrored.meanBrightness(new Box(384 - 60, 236, 40, 40))).isBetween(3000.0, 12000.0);

        FrameBuffer form = new ScannedFormPhantom().frame(42, 0, 512, 512);
        assertThat(form.meanBrightness(new ScannedFormPhantom().bannerArea(512, 512))).isBetween(226.0, 236.0);
    }

    private static int max(FrameBuffer frame) {
        int max = Integer.MIN_VALUE;
        for (int v : frame.samples()) {
            max = Math.max(max, v);
        }
        return max;
    }

    @Test
    void bannerAndLabelAreasAreBackgroundApartFromTheImagingArea() {
        phantoms().forEach((name, p) -> {
            Phantom phantom = (Phantom) p[0];
            int rows = (int) p[1];
            int columns = (int) p[2];
            Box imaging = phantom.imagingArea(rows, columns);
            Box banner = phantom.bannerArea(rows, columns);
            Box labels = phantom.labelArea(rows, columns);
            FrameBuffer frame = phantom.frame(11, 0, rows, columns);
            for (Box area : List.of(banner, labels)) {
                assertThat(area.isEmpty()).as("%s %s", name, area).isFalse();
                assertThat(area.x() >= 0 && area.y() >= 0 && area.right() <= columns && area.bottom() <= rows)
                        .as("%s %s inside the image", name, area).isTrue();
                assertThat(BannerLayout.intersect(area, imaging)).as("%s %s and imaging %s", name, area, imaging)
                        .isFalse();
                double mean = frame.meanBrightness(area);
                assertThat(phantom.brightnessLimit().allows(mean)).as("%s %s mean %s", name, area, mean).isTrue();
            }
            assertThat(BannerLayout.intersect(banner, labels)).as(name).isFalse();
        });
    }

    @Test
    void theUltrasoundBannerAreaIsTheDarkBandAboveTheSector() {
        UltrasoundPhantom us = new UltrasoundPhantom();
        Box banner = us.bannerArea(480, 640);
        SectorGeometry fan = us.sector(480, 640);
        assertThat(banner).isEqualTo(new Box(0, 0, 640, fan.dataRegion().y()));
        for (int y = banner.y(); y < banner.bottom(); y++) {
            for (int x = banner.x(); x < banner.right(); x++) {
                assertThat(fan.contains(x, y)).isFalse();
            }
        }
        assertThat(us.ink(Contrast.HIGH)).isEqualTo(Ink.rgb(255, 255, 255));
        assertThat(us.ink(Contrast.LOW)).isEqualTo(Ink.rgb(40, 40, 40));
        assertThat(us.brightnessLimit()).isEqualTo(BrightnessLimit.atMost(30));
    }

    @Test
    void badArgumentsAreRefused() {
        CtPhantom ct = new CtPhantom();
        assertThatThrownBy(() -> ct.frame(1, -1, 10, 10)).hasMessage("a frame index of at least 0 is needed, not -1");
        assertThatThrownBy(() -> ct.frame(1, 0, 0, 10))
                .hasMessage("a frame needs 1 to 65535 rows and columns, not 0 x 10");
        assertThatThrownBy(() -> ct.frames(1, -2, 10, 10))
                .hasMessage("a frame count of at least 0 is needed, not -2");
        assertThat(new UltrasoundPhantom().frames(1, 0, 10, 10)).isEmpty();
        assertThatThrownBy(() -> ProjectionPhantom.mammogram(null)).hasMessage("chestWall");
    }

    @Test
    void tinyImagesStillWork() {
        phantoms().forEach((name, p) -> {
            Phantom phantom = (Phantom) p[0];
            for (int[] size : new int[][] {{1, 1}, {3, 2}, {17, 5}}) {
                FrameBuffer f = phantom.frame(1, 2, size[0], size[1]);
                assertThat(f.rows()).as(name).isEqualTo(size[0]);
                phantom.imagingArea(size[0], size[1]);
                phantom.bannerArea(size[0], size[1]);
                phantom.labelArea(size[0], size[1]);
            }
        });
    }
}
