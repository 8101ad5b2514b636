package io.github.synthphi.core.dicom.internal;

import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.ImagePixelModule;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Value;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes JPEG Baseline frames with the JDK's javax.imageio reader. Color frames come back as RGB (the
 * reader converts YCbCr); grey frames as their single band. A memory-cached stream avoids ImageIO's
 * temporary files and its global cache setting.
 */
public final class JpegBaseline {

    /**
     * The most pixels one byte of a JPEG Baseline frame can encode. Each 8x8 block of a component takes at
     * least 2 bits (a DC code and an end of block), and the component sampled most often horizontally has
     * a block for at least every 8x32 pixels. ImageIO fills a truncated scan with grey instead of failing,
     * so without this bound a few bytes declaring a large image would allocate all of it.
     */
    private static final long MAX_PIXELS_PER_BYTE = 1024;

    private JpegBaseline() {
    }

    public static Frame decode(Value.Bytes encoded, ImagePixelModule m, int index) throws PixelDecodingException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            throw new PixelDecodingException("this Java runtime has no JPEG reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(
                new ByteArrayInputStream(encoded.array(), encoded.offset(), encoded.length()))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width != m.columns() || height != m.rows()) {
                throw new PixelDecodingException("frame " + index + ": JPEG of " + width + "x" + height
                        + " where the data set says " + m.columns() + "x" + m.rows());
            }
            if ((long) width * height > MAX_PIXELS_PER_BYTE * encoded.length()) {
                throw new PixelDecodingException("frame " + index + ": a JPEG of " + width + "x" + height
                        + " cannot be held in " + encoded.length() + " bytes; it is truncated or corrupt");
            }
            int spp = m.samplesPerPixel();
            int[] samples = new int[width * height * spp];
            if (spp == 1) {
                Raster raster = reader.readRaster(0, null);
                raster.getSamples(0, 0, width, height, 0, samples);
                return new Frame(index, height, width, 1, m.photometricInterpretation(), samples);
            }
            BufferedImage image = reader.read(0);
            if (image.getRaster().getNumBands() < 3) {
                throw new PixelDecodingException("frame " + index + ": JPEG has "
                        + image.getRaster().getNumBands() + " components where the data set says 3");
            }
            image.getRaster().getPixels(0, 0, width, height, samples);
            return new Frame(index, height, width, 3, "RGB", samples);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PixelDecodingException p) {
                throw p;
            }
            throw new PixelDecodingException("frame " + index + ": JPEG cannot be decoded: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }
}
