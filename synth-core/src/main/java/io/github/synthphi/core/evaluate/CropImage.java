package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.pixel.Box;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a leaked line's crops side by side, before (source) on the left and after (output) on the right,
 * scaled up by nearest neighbour, windowed to 8 bits, with the ink box outlined in red on the before half, and
 * encodes the picture as PNG. Both halves share one window so that a change of intensity shows. An output
 * that cannot be compared is drawn as a grey half.
 */
final class CropImage {

    /** The largest scale factor. */
    static final int MAX_SCALE = 4;
    /** The widest picture a scale factor above 1 may give. */
    static final int MAX_WIDTH = 1600;
    /** White columns between the halves. */
    static final int GAP = 8;

    private static final int OUTLINE = 0xFF0000;
    private static final int GREY = 0x808080;
    private static final int WHITE = 0xFFFFFF;

    private CropImage() {
    }

    /** The scale factor of a crop {@code width} pixels wide: as large as fits {@link #MAX_WIDTH}, 1 to 4. */
    static int scale(int width) {
        return Math.max(1, Math.min(MAX_SCALE, (MAX_WIDTH - GAP) / Math.max(1, 2 * width)));
    }

    /** The PNG of the before and after crops, the ink box {@code ink} in image coordinates. */
    static byte[] png(LeakCrops.Crop before, Optional<LeakCrops.Crop> after, Box ink) throws IOException {
        Box box = before.box();
        int s = scale(box.width());
        int w = box.width() * s;
        int h = box.height() * s;
        BufferedImage image = new BufferedImage(2 * w + GAP, h, BufferedImage.TYPE_INT_RGB);
        int[] window = window(before, after);
        draw(image, 0, before, s, window);
        for (int y = 0; y < h; y++) {
            for (int x = w; x < w + GAP; x++) {
                image.setRGB(x, y, WHITE);
            }
        }
        if (after.isPresent()) {
            draw(image, w + GAP, after.get(), s, window);
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = w + GAP; x < 2 * w + GAP; x++) {
                    image.setRGB(x, y, GREY);
                }
            }
        }
        outline(image, (ink.x() - box.x()) * s - 1, (ink.y() - box.y()) * s - 1, (ink.right() - box.x()) * s,
                (ink.bottom() - box.y()) * s, w, h);
        return encode(image);
    }

    /** Low and high sample of both crops' grey values; color is shown as it is (8-bit samples). */
    private static int[] window(LeakCrops.Crop before, Optional<LeakCrops.Crop> after) {
        if (before.samplesPerPixel() != 1) {
            return new int[] {0, 255};
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int v : before.samples()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (after.isPresent() && after.get().samplesPerPixel() == 1) {
            for (int v : after.get().samples()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new int[] {lo, hi > lo ? hi : lo + 1};
    }

    private static void draw(BufferedImage image, int left, LeakCrops.Crop crop, int s, int[] window) {
        int cw = crop.box().width();
        int spp = crop.samplesPerPixel();
        boolean invert = crop.photometric().equals("MONOCHROME1");
        boolean ybr = crop.photometric().startsWith("YBR");
        int[] px = crop.samples();
        for (int y = 0; y < crop.box().height(); y++) {
            for (int x = 0; x < cw; x++) {
                int i = (y * cw + x) * spp;
                int rgb;
                if (spp == 1) {
                    int g = level(px[i], window);
                    rgb = grey(invert ? 255 - g : g);
                } else if (spp >= 3 && ybr) {
                    rgb = fromYbr(px[i], px[i + 1], px[i + 2]);
                } else if (spp >= 3) {
                    rgb = clamp(px[i]) << 16 | clamp(px[i + 1]) << 8 | clamp(px[i + 2]);
                } else {
                    rgb = grey(clamp(px[i]));
                }
                for (int dy = 0; dy < s; dy++) {
                    for (int dx = 0; dx < s; dx++) {
                        image.setRGB(left + x * s + dx, y * s + dy, rgb);
                    }
                }
            }
        }
    }

    private static int level(int v, int[] window) {
        return clamp((int) Math.round((v - window[0]) * 255.0 / (window[1] - window[0])));
    }

    private static int grey(int g) {
        return g << 16 | g << 8 | g;
    }

    /** YBR_FULL to RGB (PS3.3 C.7.6.3.1.2). */
    private static int fromYbr(int y, int cb, int cr) {
        int r = clamp((int) Math.round(y + 1.402 * (cr - 128)));
        int g = clamp((int) Math.round(y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128)));
        int b = clamp((int) Math.round(y + 1.772 * (cb - 128)));
        return r << 16 | g << 8 | b;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** A one-pixel rectangle, clipped to the {@code w} by {@code h} before half. */
    private static void outline(BufferedImage image, int x0, int y0, int x1, int y1, int w, int h) {
        for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
            set(image, x, y0, w, h);
            set(image, x, y1, w, h);
        }
        for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
            set(image, x0, y, w, h);
            set(image, x1, y, w, h);
        }
    }

    private static void set(BufferedImage image, int x, int y, int w, int h) {
        if (x >= 0 && y >= 0 && x < w && y < h) {
            image.setRGB(x, y, OUTLINE);
        }
    }

    /** PNG bytes, encoded in memory: no cache file, and the same image always gives the same bytes. */
    private static byte[] encode(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("the JDK has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
