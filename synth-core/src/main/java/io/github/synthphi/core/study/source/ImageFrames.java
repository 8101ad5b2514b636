package io.github.synthphi.core.study.source;

import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.PixelFormat;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a PNG or JPEG source into one frame of the spec's pixel format, turned by its EXIF orientation.
 *
 * <p>The decoder is the JDK's javax.imageio, which ignores EXIF; {@link Exif} reads the orientation and the
 * raster is turned here, exactly (no resampling). Samples are taken from the raster as stored (no colour
 * management, no gamma), alpha is dropped (not composited), a palette is looked up. Conversion, with
 * {@code max} the largest stored sample of the image ({@code 2^bits - 1}):
 * <ul>
 *   <li>to RGB: each channel {@code round(v * 255 / max)}; grey is copied to all three;</li>
 *   <li>to grey: colour first becomes luma {@code (19595 R + 38470 G + 7471 B + 32768) >> 16}, as Pillow's
 *       {@code convert("L")} computes it; then {@code min + round(v * (max' - min) / max)} onto the format's
 *       stored range {@code min..max'} (8-bit grey stays as it is).</li>
 * </ul>
 * A decoder warning (such as a truncated scan, which javax.imageio fills with grey) makes the image
 * undecodable rather than silently wrong.
 */
final class ImageFrames {

    /** The most pixels of one image: 32 Mi, more than a 5k x 6k radiograph. */
    static final long MAX_PIXELS = 1L << 25;
    /** A JPEG cannot hold more pixels than this per byte (see the JPEG Baseline decoder); more means corrupt. */
    private static final long MAX_JPEG_PIXELS_PER_BYTE = 1024;
    private static final String UNDECODABLE = "pixels cannot be decoded: ";

    private ImageFrames() {
    }

    /**
     * The frame of a PNG or JPEG file's bytes in {@code target}'s format.
     *
     * @throws UnusableSourceException with the reason, when the EXIF is malformed or the pixels cannot be decoded
     */
    static FrameBuffer decode(byte[] bytes, PixelFormat target) throws UnusableSourceException {
        Exif.Result exif = Exif.read(bytes);
        if (exif.problem().isPresent()) {
            throw new UnusableSourceException(exif.problem().get());
        }
        String format = SourceFolder.startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) ? "png"
                : bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? "jpeg" : null;
        if (format == null) {
            throw new UnusableSourceException(UNDECODABLE + "not a PNG or JPEG file");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new UnusableSourceException(UNDECODABLE + "this Java runtime has no " + format + " reader");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSize(width, height, format.equals("jpeg") ? bytes.length : -1);
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new UnusableSourceException(UNDECODABLE + warnings.get(0));
            }
            return convert(image, exif.orientation(), target);
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new UnusableSourceException(UNDECODABLE + message);
        } finally {
            reader.dispose();
        }
    }

    private static void checkSize(int width, int height, long jpegBytes) throws UnusableSourceException {
        long pixels = (long) width * height;
        if (width < 1 || height < 1 || width > 0xFFFF || height > 0xFFFF || pixels > MAX_PIXELS) {
            throw new UnusableSourceException(UNDECODABLE + "an image of " + width + "x" + height + " is outside 1 to "
                    + "65535 pixels a side and " + MAX_PIXELS + " pixels in all");
        }
        if (jpegBytes >= 0 && pixels > MAX_JPEG_PIXELS_PER_BYTE * jpegBytes) {
            throw new UnusableSourceException(UNDECODABLE + "a JPEG of " + width + "x" + height + " cannot be held in "
                    + jpegBytes + " bytes; it is truncated or corrupt");
        }
    }

    private static FrameBuffer convert(BufferedImage image, Orientation o, PixelFormat target)
            throws UnusableSourceException {
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        int width = raster.getWidth();
        int height = raster.getHeight();
        IndexColorModel palette = cm instanceof IndexColorModel ? (IndexColorModel) cm : null;
        boolean grey = palette == null && cm.getNumColorComponents() == 1;
        boolean rgb = palette == null && cm.getNumColorComponents() == 3
                && cm.getColorSpace().getType() == ColorSpace.TYPE_RGB;
        if (palette == null && !grey && !rgb) {
            throw new UnusableSourceException(UNDECODABLE + "its " + cm.getNumColorComponents() + " colour "
                    + "components are neither grey nor RGB");
        }
        int max = palette != null ? 255 : (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        int rows = o.swapsAxes() ? width : height;
        int columns = o.swapsAxes() ? height : width;
        FrameBuffer out = FrameBuffer.blank(target, rows, columns);
        boolean toRgb = target.samplesPerPixel() == 3;
        int[] rgbSamples = new int[3];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                int sx = o.sourceX(x, y, width, height);
                int sy = o.sourceY(x, y, width, height);
                if (grey) {
                    int v = raster.getSample(sx, sy, 0);
                    if (toRgb) {
                        int c = scale(v, max, 255);
                        out.setSample(x, y, 0, c);
                        out.setSample(x, y, 1, c);
                        out.setSample(x, y, 2, c);
                    } else {
                        out.setSample(x, y, 0, toGrey(v, max, target));
                    }
                    continue;
                }
                colour(raster, palette, sx, sy, rgbSamples);
                if (toRgb) {
                    for (int s = 0; s < 3; s++) {
                        out.setSample(x, y, s, scale(rgbSamples[s], max, 255));
                    }
                } else {
                    out.setSample(x, y, 0, toGrey(luma(rgbSamples), max, target));
                }
            }
        }
        return out;
    }

    private static void colour(Raster raster, IndexColorModel palette, int x, int y, int[] out) {
        if (palette != null) {
            int index = raster.getSample(x, y, 0);
            out[0] = palette.getRed(index);
            out[1] = palette.getGreen(index);
            out[2] = palette.getBlue(index);
        } else {
            for (int s = 0; s < 3; s++) {
                out[s] = raster.getSample(x, y, s);
            }
        }
    }

    /** Pillow's luma of RGB: {@code (19595 R + 38470 G + 7471 B + 32768) >> 16}. */
    static int luma(int[] rgb) {
        return (int) ((19595L * rgb[0] + 38470L * rgb[1] + 7471L * rgb[2] + 0x8000) >> 16);
    }

    /** A grey sample of {@code 0..max} mapped linearly onto the stored range of {@code target}. */
    private static int toGrey(int v, int max, PixelFormat target) {
        return target.minValue() + scale(v, max, target.maxValue() - target.minValue());
    }

    /** {@code round(v * range / max)}, halves up. */
    static int scale(int v, int max, int range) {
        return (int) ((v * (long) range + max / 2) / max);
    }
}
