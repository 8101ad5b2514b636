package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PixelDecodingTest {

    private static Dataset image(int rows, int columns, int frames, int samples, int bits, int stored, int high,
                                 int rep, String photometric, int planar, byte[] pixels) {
        Dataset ds = new Dataset()
                .setInt(Tags.Rows, Vr.US, rows).setInt(Tags.Columns, Vr.US, columns)
                .setInt(Tags.SamplesPerPixel, Vr.US, samples).setInt(Tags.BitsAllocated, Vr.US, bits)
                .setInt(Tags.BitsStored, Vr.US, stored).setInt(Tags.HighBit, Vr.US, high)
                .setInt(Tags.PixelRepresentation, Vr.US, rep)
                .setString(Tags.PhotometricInterpretation, photometric)
                .setInt(Tags.NumberOfFrames, Vr.IS, frames);
        if (samples > 1) {
            ds.setInt(Tags.PlanarConfiguration, Vr.US, planar);
        }
        return ds.setBytes(Tags.PixelData, bits == 8 ? Vr.OB : Vr.OW, pixels);
    }

    private static Frame decode(Dataset ds, int frame) throws IOException {
        return PixelData.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).frame(frame);
    }

    @Test
    void signedTwelveBitsAreSignExtended() throws IOException {
        // 12 bits stored at bits 0-11: 0x0FFF is -1, 0x0800 is -2048, 0x07FF is 2047; bits 12-15 are not pixel data
        byte[] px = {(byte) 0xFF, (byte) 0xFF, 0x00, 0x08, (byte) 0xFF, 0x07, 0x05, 0x00};
        Frame f = decode(image(2, 2, 1, 1, 16, 12, 11, 1, "MONOCHROME2", 0, px), 0);
        assertThat(f.samples()).containsExactly(-1, -2048, 2047, 5);
    }

    @Test
    void highBitBelowTheTopShiftsTheStoredBits() throws IOException {
        // 8 bits stored with high bit 11: the value sits in bits 4-11
        byte[] px = {(byte) 0xA0, 0x0F, 0x10, 0x00};
        Frame f = decode(image(1, 2, 1, 1, 16, 8, 11, 0, "MONOCHROME1", 0, px), 0);
        assertThat(f.samples()).containsExactly(0xFA, 0x01);
        assertThat(f.photometricInterpretation()).isEqualTo("MONOCHROME1");
    }

    @Test
    void colorByPlaneBecomesColorByPixel() throws IOException {
        byte[] planar = {1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24};
        Frame f = decode(image(2, 2, 1, 3, 8, 8, 7, 0, "RGB", 1, planar), 0);
        assertThat(f.samples()).containsExactly(1, 11, 21, 2, 12, 22, 3, 13, 23, 4, 14, 24);
        assertThat(f.sample(1, 1, 2)).isEqualTo(24);
    }

    @Test
    void multiFrameNativeDataAreSplitByFrameLength() throws IOException {
        byte[] px = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        Dataset ds = image(2, 2, 3, 1, 8, 8, 7, 0, "MONOCHROME2", 0, px);
        assertThat(decode(ds, 2).samples()).containsExactly(9, 10, 11, 12);
    }

    @Test
    void tooFewBytesMakeThePixelsUndecodableWithTheReason() throws IOException {
        Dataset ds = image(4, 4, 2, 1, 16, 16, 15, 0, "MONOCHROME2", 0, new byte[40]);
        PixelData px = PixelData.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(px.undecodableReason()).get().asString().contains("40 bytes").contains("64");
        assertThatExceptionOfType(PixelDecodingException.class).isThrownBy(() -> px.frame(0))
                .withMessageContaining("40 bytes");
    }

    @Test
    void unsupportedEncodingsKeepTheirFragmentsAndSayWhy() throws IOException {
        Dataset ds = image(2, 2, 1, 1, 8, 8, 7, 0, "MONOCHROME2", 0, new byte[0]);
        ds.set(new Element(Tags.PixelData, Vr.OB, new Value.Fragments(Value.Bytes.EMPTY,
                List.of(Value.Bytes.of(new byte[] {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51})))));
        PixelData px = PixelData.of(ds, TransferSyntax.of("1.2.840.10008.1.2.4.90"));
        assertThat(px.undecodableReason()).get().asString().contains("JPEG 2000").contains("cannot be decoded");
        assertThat(px.encapsulatedFrames()).hasSize(1);
    }

    @Test
    void rleRoundTripOfSixteenBitColorData() throws IOException {
        byte[] px = TestDatasets.pixels(7, 9, 2, 16, 3);
        Dataset ds = image(7, 9, 2, 3, 16, 12, 11, 0, "RGB", 0, px);
        ds.setString(Tags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7").setString(Tags.SOPInstanceUID, "1.2.3");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(WriteOptions.of(TransferSyntax.RLE_LOSSLESS)).write(out, ds);
        DicomFile file = new DicomReader().read(out.toByteArray(), "rle");
        Value.Fragments fragments = (Value.Fragments) file.dataset().get(Tags.PixelData).orElseThrow().value();
        assertThat(fragments.fragments()).hasSize(2);
        assertThat(fragments.offsetTable().length()).isEqualTo(8);
        PixelData decoded = PixelData.of(file);
        for (int f = 0; f < 2; f++) {
            assertThat(decoded.frame(f).samples()).isEqualTo(decode(ds, f).samples());
        }
    }

    @Test
    void jpegBaselineFramesDecodeCloseToTheSource() throws IOException {
        int w = 32;
        int h = 24;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, 40 + x * 4 + y * 2);
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, "jpeg", jpeg)).isTrue();
        Dataset ds = image(h, w, 1, 1, 8, 8, 7, 0, "MONOCHROME2", 0, new byte[0]);
        ds.set(new Element(Tags.PixelData, Vr.OB, new Value.Fragments(Value.Bytes.EMPTY,
                List.of(Value.Bytes.of(jpeg.toByteArray())))));

        Frame f = PixelData.of(ds, TransferSyntax.JPEG_BASELINE).frame(0);

        long error = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                error += Math.abs(f.sample(x, y, 0) - (40 + x * 4 + y * 2));
            }
        }
        assertThat((double) error / (w * h)).isLessThan(3.0);
    }

    @Test
    void basicOffsetTableGroupsFragmentsIntoFrames() throws IOException {
        // frame 0 in two fragments, frame 1 in one; offsets count item headers (8 bytes each)
        byte[] a = {1, 2};
        byte[] b = {3, 4};
        byte[] c = {5, 6};
        byte[] table = {0, 0, 0, 0, 20, 0, 0, 0};
        Dataset ds = image(1, 4, 2, 1, 8, 8, 7, 0, "MONOCHROME2", 0, new byte[0]);
        ds.set(new Element(Tags.PixelData, Vr.OB, new Value.Fragments(Value.Bytes.of(table),
                List.of(Value.Bytes.of(a), Value.Bytes.of(b), Value.Bytes.of(c)))));
        PixelData px = PixelData.of(ds, TransferSyntax.of("1.2.840.10008.1.2.4.70"));
        assertThat(px.encapsulatedFrames()).hasSize(2);
        assertThat(px.encapsulatedFrames().get(0).toArray()).containsExactly(1, 2, 3, 4);
        assertThat(px.encapsulatedFrames().get(1).toArray()).containsExactly(5, 6);
    }
}
