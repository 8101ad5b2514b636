package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Writes PNG previews of every phantom to {@code target/phantom-previews} for a person to look at. */
class PhantomPreviewTest {

    private static final Path DIR = Path.of("target", "phantom-previews");

    @Test
    void writesPreviews() throws IOException {
        Files.createDirectories(DIR);
        UltrasoundPhantom us = new UltrasoundPhantom();
        List<FrameBuffer> cine = us.frames(42, 16, 480, 640);
        write("us-frame0", cine.get(0), 0, 255);
        write("us-frame8", cine.get(8), 0, 255);
        List<FrameBuffer> burned = withBanner(us, cine, 480, 640);
        write("us-banner", burned.get(0), 0, 255);
        write("ct-banner", withBanner(new CtPhantom(), List.of(new CtPhantom().frame(42, 0, 512, 512)), 512, 512)
                .get(0), -1350, 150);
        ProjectionPhantom mg = ProjectionPhantom.mammogram(ProjectionPhantom.Side.RIGHT);
        write("mg-banner", withBanner(mg, List.of(mg.frame(42, 0, 1024, 768)), 1024, 768).get(0), 0, 11000);
        ProjectionPhantom cr = ProjectionPhantom.chest();
        write("cr-banner", withBanner(cr, List.of(cr.frame(42, 0, 1024, 1024)), 1024, 1024).get(0), 0, 3000);
        MrPhantom mr = new MrPhantom();
        write("mr-banner", withBanner(mr, List.of(mr.frame(42, 0, 512, 512)), 512, 512).get(0), 0, 1600);
        ScannedFormPhantom sc = new ScannedFormPhantom();
        write("sc-banner", withBanner(sc, List.of(sc.frame(42, 0, 512, 512)), 512, 512).get(0), 0, 255);
        writeZoom("us-zoom", cine.get(0), new Box(260, 120, 160, 120), 4);
        write("ct", new CtPhantom().frame(42, 0, 512, 512), -1350, 150);
        write("ct-soft", new CtPhantom().frame(42, 0, 512, 512), -160, 240);
        write("mr", new MrPhantom().frame(42, 0, 256, 256), 0, 1600);
        write("cr", ProjectionPhantom.chest().frame(42, 0, 1024, 1024), 0, 3000);
        write("mg", ProjectionPhantom.mammogram(ProjectionPhantom.Side.LEFT).frame(42, 0, 1024, 768), 0, 11000);
        write("sc", new ScannedFormPhantom().frame(42, 0, 512, 512), 0, 255);
        assertThat(Files.size(DIR.resolve("us-frame0.png"))).isPositive();
    }

    /**
     * Copies of {@code frames} with a PHI banner in the phantom's banner area (the last line in low contrast),
     * clinical labels in its label area, and one line inside the imaging area.
     */
    static List<FrameBuffer> withBanner(Phantom phantom, List<FrameBuffer> frames, int rows, int columns) {
        List<FrameBuffer> out = new ArrayList<>();
        for (FrameBuffer f : frames) {
            out.add(f.copy());
        }
        Box area = phantom.bannerArea(rows, columns);
        List<PlacedText> phi = new BannerLayout(BitmapFont.large(), 1, 6).stack(List.of("ROBINSON, BRANDY S.",
                "MRN 4651775", "06/22/2021 18:50"), area.x() + 5, area.y() + 5);
        Box labelArea = phantom.labelArea(rows, columns);
        List<PlacedText> labels = new BannerLayout(BitmapFont.small(), 1, 3).place(List.of("LEFT", "5C2 4.0MHz"),
                labelArea, BannerLayout.Corner.BOTTOM_RIGHT, 4);
        Box imaging = phantom.imagingArea(rows, columns);
        PlacedText inside = new BannerLayout(BitmapFont.small(), 1, 0).stack(List.of("DOE^JANE"),
                imaging.x() + imaging.width() / 2 - 24, imaging.y() + imaging.height() * 3 / 4).get(0);
        BurnVerdict verdict = BurnSafety.check(out, BannerLayout.bounds(phi), phi, phantom.brightnessLimit());
        assertThat(verdict.safe()).as("%s: %s", phantom.getClass().getSimpleName(), verdict.reason()).isTrue();
        Ink high = phantom.ink(Contrast.HIGH);
        List<BannerLine> lines = new ArrayList<>(List.of(BannerLine.phi(phi.get(0), "PatientName", high),
                BannerLine.phi(phi.get(1), "PatientID", high),
                BannerLine.phi(phi.get(2), "StudyDate", phantom.ink(Contrast.LOW)),
                BannerLine.phi(inside, "PatientName", high)));
        for (PlacedText label : labels) {
            lines.add(BannerLine.label(label, high.samples().size() == 3 ? Ink.rgb(255, 220, 120) : high));
        }
        Banner.render(columns, rows, lines).burn(out);
        return out;
    }

    /** Writes {@code box} of an 8-bit frame enlarged {@code zoom} times, each pixel a block. */
    static void writeZoom(String name, FrameBuffer frame, Box box, int zoom) throws IOException {
        BufferedImage image = new BufferedImage(box.width() * zoom, box.height() * zoom, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = frame.sample(box.x() + x / zoom, box.y() + y / zoom, 0);
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        ImageIO.write(image, "png", DIR.resolve(name + ".png").toFile());
    }

    /** Writes {@code frame} as an 8-bit PNG, grey values windowed from {@code low} to {@code high}. */
    static void write(String name, FrameBuffer frame, int low, int high) throws IOException {
        int spp = frame.samplesPerPixel();
        BufferedImage image = new BufferedImage(frame.columns(), frame.rows(),
                spp == 3 ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < frame.rows(); y++) {
            for (int x = 0; x < frame.columns(); x++) {
                if (spp == 3) {
                    image.setRGB(x, y, frame.sample(x, y, 0) << 16 | frame.sample(x, y, 1) << 8 | frame.sample(x, y, 2));
                } else {
                    int v = (int) Math.round(255.0 * (frame.sample(x, y, 0) - low) / (high - low));
                    v = Math.max(0, Math.min(255, v));
                    image.getRaster().setSample(x, y, 0, v);
                }
            }
        }
        ImageIO.write(image, "png", DIR.resolve(name + ".png").toFile());
    }
}
