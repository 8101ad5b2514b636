package io.github.synthphi.core.study.source;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.study.Modality;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Source files the source tests write: images, JPEG and PNG files with EXIF built byte by byte, DICOM files. */
public final class SourceFiles {

    /** Rows of the dark band at the top of every test image, where the banner goes. */
    public static final int DARK_ROWS = 130;

    private SourceFiles() {
    }

    /**
     * An RGB image with a dark band of {@link #DARK_ROWS} rows (samples 0 to 19) and a colourful pattern below,
     * every pixel depending on its position and {@code seed}.
     */
    public static BufferedImage rgb(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        WritableRaster r = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean dark = y < DARK_ROWS;
                r.setSample(x, y, 0, dark ? (x + seed) % 20 : (x * 3 + y + seed) % 256);
                r.setSample(x, y, 1, dark ? (y + seed) % 20 : (x + y * 5 + seed) % 256);
                r.setSample(x, y, 2, dark ? (x + y) % 20 : (x * 7 + y * 2 + seed) % 256);
            }
        }
        return image;
    }

    /** A grey image like {@link #rgb}, with {@code bits} 8 or 16. */
    public static BufferedImage grey(int width, int height, int bits) {
        BufferedImage image = new BufferedImage(width, height,
                bits == 16 ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = image.getRaster();
        int max = (1 << bits) - 1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                r.setSample(x, y, 0, y < DARK_ROWS ? (x + y) % 20 * (max / 255) : (x * 31 + y * 17) % (max + 1));
            }
        }
        return image;
    }

    /** An image of one colour. */
    public static BufferedImage flat(int width, int height, int r, int g, int b) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setPixel(x, y, new int[] {r, g, b});
            }
        }
        return image;
    }

    public static Path writePng(Path file, BufferedImage image) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        return file;
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** A baseline JPEG of {@code image} (JFIF, no EXIF), quality 0.9. */
    public static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JPEG with an APP1 {@code Exif\0\0} segment holding {@code tiff} right after SOI. */
    public static byte[] withExif(byte[] jpeg, byte[] tiff) {
        int length = 2 + 6 + tiff.length;
        ByteBuffer b = ByteBuffer.allocate(jpeg.length + 2 + length);
        b.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).put((byte) (length >> 8)).put((byte) length);
        b.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(tiff);
        b.put(jpeg, 2, jpeg.length - 2);
        return b.array();
    }

    /** The PNG with an {@code eXIf} chunk holding {@code tiff} right after IHDR. */
    public static byte[] withExifChunk(byte[] png, byte[] tiff) {
        int afterIhdr = 8 + 8 + 13 + 4;
        byte[] type = "eXIf".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(tiff);
        ByteBuffer b = ByteBuffer.allocate(png.length + 12 + tiff.length);
        b.put(png, 0, afterIhdr).putInt(tiff.length).put(type).put(tiff).putInt((int) crc.getValue());
        b.put(png, afterIhdr, png.length - afterIhdr);
        return b.array();
    }

    /**
     * A TIFF block whose IFD0 holds a Software entry, then Orientation ({@code type}, {@code count},
     * {@code value}), then nothing else.
     */
    public static byte[] tiff(boolean bigEndian, int type, int count, int value) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(bigEndian ? ByteOrder.BIG_ENDIAN
                : ByteOrder.LITTLE_ENDIAN);
        b.put((byte) (bigEndian ? 'M' : 'I')).put((byte) (bigEndian ? 'M' : 'I')).putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0131).putShort((short) 2).putInt(4).putInt(0); // Software, its value elsewhere
        b.putShort((short) 0x0112).putShort((short) type).putInt(count).putShort((short) value).putShort((short) 0);
        b.putInt(0);
        return b.array();
    }

    /** A TIFF block with Orientation {@code value}, little endian. */
    public static byte[] tiff(int value) {
        return tiff(false, 3, 1, value);
    }

    /** The value of CT pixel ({@code x}, {@code y}) of {@link #ct}: air in the dark band, tissue below. */
    public static int ctValue(int x, int y) {
        return y < DARK_ROWS ? -1000 + (x + y) % 16 : (x * 37 + y * 11) % 3000 - 1000;
    }

    /**
     * A PHI-free CT slice as an archive would hold it: 12 bits stored signed, window 40/400, technical
     * attributes, pixels {@link #ctValue}.
     */
    public static Dataset ct(int rows, int columns, String key) {
        Dataset ds = new Dataset()
                .setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL")
                .setString(Tags.SOPClassUID, Modality.CT.sopClassUid())
                .setString(Tags.SOPInstanceUID, Uids.generate(99, key + "/sop"))
                .setString(Tags.Modality, "CT")
                .setString(Tags.Manufacturer, "ACME MEDICAL")
                .setString(Tags.StudyInstanceUID, Uids.generate(99, key + "/study"))
                .setString(Tags.SeriesInstanceUID, Uids.generate(99, key + "/series"))
                .setString(Tags.BodyPartExamined, "CHEST")
                .setString(Tags.KVP, "120")
                .setString(Tags.PixelSpacing, "0.703125", "0.703125")
                .setString(Tags.RescaleIntercept, "0")
                .setString(Tags.RescaleSlope, "1")
                .setString(Tags.WindowCenter, "40")
                .setString(Tags.WindowWidth, "400")
                .setInt(Tags.SamplesPerPixel, Vr.US, 1)
                .setString(Tags.PhotometricInterpretation, "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, rows)
                .setInt(Tags.Columns, Vr.US, columns)
                .setInt(Tags.BitsAllocated, Vr.US, 16)
                .setInt(Tags.BitsStored, Vr.US, 12)
                .setInt(Tags.HighBit, Vr.US, 11)
                .setInt(Tags.PixelRepresentation, Vr.US, 1);
        ByteBuffer pixels = ByteBuffer.allocate(rows * columns * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                pixels.putShort((short) ctValue(x, y));
            }
        }
        ds.setBytes(Tags.PixelData, Vr.OW, pixels.array());
        return ds;
    }

    /** Writes {@code ds} as Explicit VR Little Endian. */
    public static Path writeDicom(Path file, Dataset ds) throws IOException {
        Files.createDirectories(file.getParent());
        new DicomWriter().write(file, ds);
        return file;
    }

    /**
     * Writes {@code ds} with encapsulated junk fragments as Pixel Data under the transfer syntax {@code tsUid}
     * (which synth does not write), by writing RLE Lossless and swapping the file meta.
     */
    public static Path writeEncapsulated(Path file, Dataset ds, String tsUid) throws IOException {
        Dataset copy = ds.deepCopy();
        byte[] junk = "not a JPEG 2000 codestream, only junk bytes".getBytes(StandardCharsets.US_ASCII);
        copy.set(new io.github.synthphi.core.dicom.Element(Tags.PixelData, Vr.OB,
                new Value.Fragments(Value.Bytes.EMPTY, List.of(Value.Bytes.of(junk)))));
        ByteArrayOutputStream rle = new ByteArrayOutputStream();
        new DicomWriter(WriteOptions.of(TransferSyntax.RLE_LOSSLESS)).write(rle, copy);
        byte[] written = rle.toByteArray();
        int metaLength = ByteBuffer.wrap(written, 140, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int dataStart = 144 + metaLength;
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        element(meta, 0x0001, "OB", new byte[] {0, 1});
        element(meta, 0x0002, "UI", uid(ds.getString(Tags.SOPClassUID).orElseThrow()));
        element(meta, 0x0003, "UI", uid(ds.getString(Tags.SOPInstanceUID).orElseThrow()));
        element(meta, 0x0010, "UI", uid(tsUid));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x0000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size()).array());
        out.write(meta.toByteArray());
        out.write(written, dataStart, written.length - dataStart);
        return write(file, out.toByteArray());
    }

    private static byte[] uid(String uid) {
        byte[] text = uid.getBytes(StandardCharsets.US_ASCII);
        return text.length % 2 == 0 ? text : java.util.Arrays.copyOf(text, text.length + 1);
    }

    private static void element(ByteArrayOutputStream out, int element, String vr, byte[] value) {
        ByteBuffer b = ByteBuffer.allocate(12 + value.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 2).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB")) {
            b.putShort((short) 0).putInt(value.length);
        } else {
            b.putShort((short) value.length);
        }
        b.put(value);
        out.write(b.array(), 0, b.position());
    }
}
