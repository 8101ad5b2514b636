package io.github.synthphi.core.study.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.study.Modality;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLoaderTest {

    @TempDir
    Path dir;

    /** The samples of a decoded image as [y][x][band]. */
    private static int[][][] samples(Raster r) {
        int[][][] out = new int[r.getHeight()][r.getWidth()][];
        for (int y = 0; y < r.getHeight(); y++) {
            for (int x = 0; x < r.getWidth(); x++) {
                out[y][x] = r.getPixel(x, y, (int[]) null);
            }
        }
        return out;
    }

    private static int[][][] transpose(int[][][] a) {
        int[][][] out = new int[a[0].length][a.length][];
        for (int y = 0; y < out.length; y++) {
            for (int x = 0; x < out[0].length; x++) {
                out[y][x] = a[x][y];
            }
        }
        return out;
    }

    private static int[][][] flipLeftRight(int[][][] a) {
        int[][][] out = new int[a.length][][];
        for (int y = 0; y < a.length; y++) {
            out[y] = new int[a[y].length][];
            for (int x = 0; x < a[y].length; x++) {
                out[y][x] = a[y][a[y].length - 1 - x];
            }
        }
        return out;
    }

    private static int[][][] flipTopBottom(int[][][] a) {
        int[][][] out = new int[a.length][][];
        for (int y = 0; y < a.length; y++) {
            out[y] = a[a.length - 1 - y];
        }
        return out;
    }

    /** The displayed image of orientation {@code o}, built from flips and a transpose as EXIF defines it. */
    private static int[][][] oriented(int[][][] stored, int o) {
        switch (o) {
            case 2: return flipLeftRight(stored);
            case 3: return flipTopBottom(flipLeftRight(stored));
            case 4: return flipTopBottom(stored);
            case 5: return transpose(stored);
            case 6: return flipLeftRight(transpose(stored));   // 90 degrees clockwise
            case 7: return flipTopBottom(flipLeftRight(transpose(stored)));
            case 8: return flipTopBottom(transpose(stored));   // 90 degrees counter-clockwise
            default: return stored;
        }
    }

    private static void assertFrame(FrameBuffer f, int[][][] expected) {
        assertThat(f.rows()).isEqualTo(expected.length);
        assertThat(f.columns()).isEqualTo(expected[0].length);
        for (int y = 0; y < f.rows(); y++) {
            for (int x = 0; x < f.columns(); x++) {
                for (int s = 0; s < f.samplesPerPixel(); s++) {
                    assertThat(f.sample(x, y, s)).as("(%d,%d) sample %d", x, y, s).isEqualTo(expected[y][x][s]);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void appliesTheExifOrientationOfAJpegExactly(int orientation) throws Exception {
        byte[] jpeg = SourceFiles.jpeg(SourceFiles.rgb(24, 16, 5));
        int[][][] stored = samples(ImageIO.read(new ByteArrayInputStream(jpeg)).getRaster());
        FrameBuffer f = ImageFrames.decode(SourceFiles.withExif(jpeg, SourceFiles.tiff(orientation)), PixelFormat.RGB8);
        assertThat(f.columns()).isEqualTo(orientation >= 5 ? 16 : 24);
        assertFrame(f, oriented(stored, orientation));
    }

    @Test
    void turnsAGreyJpegAndAPngWithExifToo() throws Exception {
        BufferedImage grey = SourceFiles.grey(20, 12, 8);
        byte[] jpeg = SourceFiles.jpeg(grey);
        int[][][] stored = samples(ImageIO.read(new ByteArrayInputStream(jpeg)).getRaster());
        assertFrame(ImageFrames.decode(SourceFiles.withExif(jpeg, SourceFiles.tiff(true, 3, 1, 8)),
                PixelFormat.GRAY8), oriented(stored, 8));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(grey, "png", png);
        assertFrame(ImageFrames.decode(SourceFiles.withExifChunk(png.toByteArray(), SourceFiles.tiff(3)),
                PixelFormat.GRAY8), oriented(samples(grey.getRaster()), 3));
    }

    @Test
    void convertsColourAndDepthByTheDocumentedRules() throws Exception {
        BufferedImage rgb = SourceFiles.rgb(12, 10, 9);
        Path png = SourceFiles.writePng(dir.resolve("rgb.png"), rgb);
        FrameBuffer grey = load(png, Modality.SC, PixelFormat.GRAY8).frames().get(0);
        FrameBuffer ct = load(png, Modality.CT, PixelFormat.gray16(12, true)).frames().get(0);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                int[] p = rgb.getRaster().getPixel(x, y, (int[]) null);
                int luma = (19595 * p[0] + 38470 * p[1] + 7471 * p[2] + 32768) >> 16;   // Pillow's convert("L")
                assertThat(grey.sample(x, y, 0)).isEqualTo(luma);
                assertThat(ct.sample(x, y, 0)).isEqualTo(-2048 + (luma * 4095 + 127) / 255);
            }
        }
        BufferedImage deep = SourceFiles.grey(12, 10, 16);
        Path png16 = SourceFiles.writePng(dir.resolve("deep.png"), deep);
        FrameBuffer us = load(png16, Modality.US, PixelFormat.RGB8).frames().get(0);
        int v = deep.getRaster().getSample(7, 3, 0);
        assertThat(new int[] {us.sample(7, 3, 0), us.sample(7, 3, 1), us.sample(7, 3, 2)})
                .containsExactly((v * 255 + 32767) / 65535, (v * 255 + 32767) / 65535, (v * 255 + 32767) / 65535);
    }

    @Test
    void refusesMalformedExifAndUndecodableImages() throws Exception {
        byte[] jpeg = SourceFiles.jpeg(SourceFiles.rgb(24, 16, 5));
        Path nine = SourceFiles.write(dir.resolve("nine.jpg"), SourceFiles.withExif(jpeg, SourceFiles.tiff(9)));
        assertReason(nine, "EXIF orientation 9 is not valid");
        byte[] corrupt = SourceFiles.tiff(6);
        corrupt[4] = 99; // IFD0 offset 99
        Path bad = SourceFiles.write(dir.resolve("bad.jpg"), SourceFiles.withExif(jpeg, corrupt));
        assertReason(bad, "malformed EXIF: IFD0 at offset 99 is outside the 38-byte TIFF block");
        Path junk = SourceFiles.write(dir.resolve("junk.png"), "plain text".getBytes());
        assertReason(junk, "pixels cannot be decoded: not a PNG or JPEG file");
        Path truncated = SourceFiles.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        assertThatThrownBy(() -> load(truncated, Modality.US, PixelFormat.RGB8))
                .isInstanceOf(UnusableSourceException.class).hasMessageStartingWith("pixels cannot be decoded: ");
    }

    @Test
    void aCineHasItsFramesInNaturalOrderAndOneShape() throws Exception {
        for (int i : new int[] {1, 2, 10}) {
            SourceFiles.writePng(dir.resolve("zone/frame_" + i + ".png"), SourceFiles.rgb(30, 20, i));
        }
        SourceLoader loader = new SourceLoader(dir, Modality.US_CINE, PixelFormat.RGB8);
        SourceItem cine = SourceFolder.scan(dir, Modality.US_CINE).items().get(0);
        List<FrameBuffer> frames = loader.load(cine).frames();
        assertThat(frames).hasSize(3);
        assertThat(frames.get(2).sample(0, 0, 0)).isEqualTo(10); // frame_10 is last: its dark band starts at 10
        SourceFiles.writePng(dir.resolve("zone/frame_3.png"), SourceFiles.rgb(30, 24, 3));
        SourceItem uneven = SourceFolder.scan(dir, Modality.US_CINE).items().get(0);
        assertThatThrownBy(() -> loader.load(uneven)).isInstanceOf(UnusableSourceException.class)
                .hasMessage("inconsistent frame shapes in folder zone: [(20, 30, 3), (24, 30, 3)]");
        SourceFiles.write(dir.resolve("zone/frame_3.png"), SourceFiles.withExif(
                SourceFiles.jpeg(SourceFiles.rgb(30, 20, 3)), SourceFiles.tiff(11)));
        SourceItem badFrame = SourceFolder.scan(dir, Modality.US_CINE).items().get(0);
        assertThatThrownBy(() -> loader.load(badFrame)).isInstanceOf(UnusableSourceException.class)
                .hasMessage("frame_3.png: EXIF orientation 11 is not valid");
    }

    @Test
    void aDicomSourceKeepsItsPixelsAndTechnicalAttributesOnly() throws Exception {
        Dataset ct = SourceFiles.ct(24, 32, "ct");
        ct.setString(Tags.PatientName, "SOURCE^SECRET").setString(Tags.PatientID, "SRC-1");
        Path file = SourceFiles.writeDicom(dir.resolve("ct.dcm"), ct);
        LoadedSource source = load(file, Modality.CT, PixelFormat.gray16(12, true));
        FrameBuffer f = source.frames().get(0);
        assertThat(f.format()).isEqualTo(PixelFormat.gray16(12, true));
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 32; x++) {
                assertThat(f.sample(x, y, 0)).isEqualTo(SourceFiles.ctValue(x, y));
            }
        }
        Dataset kept = source.attributes().orElseThrow();
        assertThat(kept.getString(Tags.KVP)).contains("120");
        assertThat(kept.getStrings(Tags.PixelSpacing)).containsExactly("0.703125", "0.703125");
        assertThat(kept.contains(Tags.PatientName)).isFalse();
        assertThat(kept.contains(Tags.SOPInstanceUID)).isFalse();
        assertThat(kept.contains(Tags.StudyInstanceUID)).isFalse();
        assertThat(source.display().black()).isEqualTo(-160.0);
        assertThat(source.display().white()).isEqualTo(239.0);
    }

    @Test
    void refusesDicomOfAnotherModalityUnreadableOrUndecodable() throws Exception {
        Path ct = SourceFiles.writeDicom(dir.resolve("ct.dcm"), SourceFiles.ct(24, 32, "ct"));
        assertThatThrownBy(() -> load(ct, Modality.MR, PixelFormat.gray16(12, false)))
                .hasMessage("not a MR source: its SOP Class UID is 1.2.840.10008.5.1.4.1.1.2 (CT Image Storage), the "
                        + "spec's modality needs 1.2.840.10008.5.1.4.1.1.4 (MR Image Storage)");
        Path j2k = SourceFiles.writeEncapsulated(dir.resolve("j2k.dcm"), SourceFiles.ct(24, 32, "j2k"),
                "1.2.840.10008.1.2.4.90");
        assertThatThrownBy(() -> load(j2k, Modality.CT, PixelFormat.gray16(12, true)))
                .hasMessageStartingWith("pixels cannot be decoded: pixels encoded in ")
                .hasMessageContaining("1.2.840.10008.1.2.4.90");
        byte[] junk = new byte[200];
        junk[128] = 'D';
        junk[129] = 'I';
        junk[130] = 'C';
        junk[131] = 'M';
        Path broken = SourceFiles.write(dir.resolve("broken.dcm"), junk);
        assertThatThrownBy(() -> load(broken, Modality.CT, PixelFormat.gray16(12, true)))
                .hasMessageStartingWith("unreadable DICOM: broken.dcm: at byte ");
    }

    @Test
    void aFileThatCannotBeReadIsNamedByItsRelativePath() {
        SourceItem gone = new SourceItem("zone/gone.png", SourceItem.Kind.IMAGE, List.of("zone/gone.png"));
        assertThatThrownBy(() -> new SourceLoader(dir, Modality.US, PixelFormat.RGB8).load(gone))
                .isInstanceOf(SourceReadException.class)
                .hasMessage("zone/gone.png cannot be read (NoSuchFileException)");
    }

    private LoadedSource load(Path file, Modality modality, PixelFormat format) throws Exception {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        SourceItem.Kind kind = rel.endsWith(".dcm") ? SourceItem.Kind.DICOM : SourceItem.Kind.IMAGE;
        return new SourceLoader(dir, modality, format).load(new SourceItem(rel, kind, List.of(rel)));
    }

    private void assertReason(Path file, String reason) {
        assertThatThrownBy(() -> load(file, Modality.US, PixelFormat.RGB8)).isInstanceOf(UnusableSourceException.class)
                .hasMessage(reason);
    }
}
