package io.github.synthphi.core.study.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExifTest {

    private static byte[] jpeg() throws IOException {
        return SourceFiles.jpeg(SourceFiles.rgb(24, 16, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsEveryOrientationInBothByteOrders(int value) throws IOException {
        for (boolean big : new boolean[] {false, true}) {
            Exif.Result r = Exif.read(SourceFiles.withExif(jpeg(), SourceFiles.tiff(big, 3, 1, value)));
            assertThat(r.problem()).isEmpty();
            assertThat(r.orientation().value()).isEqualTo(value);
        }
    }

    @Test
    void noExifAndNoOrientationAreNormal() throws IOException {
        assertThat(Exif.read(jpeg())).isEqualTo(Exif.Result.of(Orientation.NORMAL));
        byte[] noOrientation = SourceFiles.tiff(1);
        noOrientation[10 + 12] = 0x13; // the second entry's tag becomes 0x0113, which is not Orientation
        assertThat(Exif.read(SourceFiles.withExif(jpeg(), noOrientation)))
                .isEqualTo(Exif.Result.of(Orientation.NORMAL));
        assertThat(Exif.read(new byte[] {1, 2, 3})).isEqualTo(Exif.Result.of(Orientation.NORMAL));
    }

    @Test
    void anOrientationOutsideOneToEightIsNotValid() throws IOException {
        assertThat(problem(SourceFiles.tiff(9))).contains("EXIF orientation 9 is not valid");
        assertThat(problem(SourceFiles.tiff(0))).contains("EXIF orientation 0 is not valid");
        assertThat(problem(SourceFiles.tiff(true, 3, 1, 0xFFFF))).contains("EXIF orientation 65535 is not valid");
    }

    @Test
    void malformedTiffGivesAReasonNamingTheFault() throws IOException {
        assertThat(problem(SourceFiles.tiff(false, 4, 1, 6)))
                .contains("malformed EXIF: Orientation has type 4 and count 1, not SHORT (3) and 1");
        assertThat(problem(SourceFiles.tiff(false, 3, 2, 6)))
                .contains("malformed EXIF: Orientation has type 3 and count 2, not SHORT (3) and 1");
        byte[] order = SourceFiles.tiff(6);
        order[0] = 'X';
        assertThat(problem(order)).contains("malformed EXIF: the TIFF byte order is neither II nor MM");
        byte[] magic = SourceFiles.tiff(6);
        magic[2] = 43;
        assertThat(problem(magic)).contains("malformed EXIF: the TIFF magic number is 43, not 42");
        byte[] offset = SourceFiles.tiff(6);
        ByteBuffer.wrap(offset).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1000);
        assertThat(problem(offset)).contains("malformed EXIF: IFD0 at offset 1000 is outside the 38-byte TIFF block");
        byte[] hugeOffset = SourceFiles.tiff(6);
        ByteBuffer.wrap(hugeOffset).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -2);
        assertThat(problem(hugeOffset))
                .contains("malformed EXIF: IFD0 at offset 4294967294 is outside the 38-byte TIFF block");
        byte[] count = SourceFiles.tiff(6);
        ByteBuffer.wrap(count).order(ByteOrder.LITTLE_ENDIAN).putShort(8, (short) 100);
        assertThat(problem(count))
                .contains("malformed EXIF: IFD0 declares 100 entries, more than the 28 bytes after it hold");
        assertThat(problem(new byte[] {'I', 'I', 42, 0}))
                .contains("malformed EXIF: the TIFF header needs 8 bytes, the block has 4");
    }

    @Test
    void anApp1SegmentLongerThanTheFileIsMalformed() throws IOException {
        byte[] withExif = SourceFiles.withExif(jpeg(), SourceFiles.tiff(6));
        byte[] cut = Arrays.copyOf(withExif, 30);
        assertThat(Exif.read(cut).problem())
                .contains("malformed EXIF: the APP1 segment at byte 2 declares 46 bytes, but 26 remain");
    }

    @Test
    void readsThePngExifChunk() throws IOException {
        byte[] png = pngBytes();
        Exif.Result r = Exif.read(SourceFiles.withExifChunk(png, SourceFiles.tiff(true, 3, 1, 6)));
        assertThat(r).isEqualTo(Exif.Result.of(Orientation.ROTATE_90_CW));
        assertThat(Exif.read(png)).isEqualTo(Exif.Result.of(Orientation.NORMAL));
        byte[] bad = SourceFiles.withExifChunk(png, SourceFiles.tiff(7000));
        assertThat(Exif.read(bad).problem()).contains("EXIF orientation 7000 is not valid");
    }

    @Test
    void neverThrowsOnDamagedBytes() throws IOException {
        byte[] good = SourceFiles.withExif(jpeg(), SourceFiles.tiff(true, 3, 1, 6));
        for (int length = 0; length <= 80; length++) {
            byte[] cut = Arrays.copyOf(good, length);
            assertThatCode(() -> Exif.read(cut)).as("cut at %d", length).doesNotThrowAnyException();
        }
        Random random = new Random(5);
        for (int i = 0; i < 5000; i++) {
            byte[] damaged = good.clone();
            for (int k = 0; k < 3; k++) {
                damaged[2 + random.nextInt(60)] = (byte) random.nextInt(256);
            }
            Exif.Result r = Exif.read(damaged);
            assertThat(r.orientation()).isNotNull();
        }
    }

    private static Optional<String> problem(byte[] tiff) throws IOException {
        return Exif.read(SourceFiles.withExif(jpeg(), tiff)).problem();
    }

    private static byte[] pngBytes() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(SourceFiles.rgb(8, 8, 0), "png", out);
        return out.toByteArray();
    }
}
