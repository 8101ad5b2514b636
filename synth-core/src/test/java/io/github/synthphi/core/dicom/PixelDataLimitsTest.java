package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.synthphi.core.dicom.DicomReaderRobustnessTest.Generated;
import io.github.synthphi.core.dicom.internal.Rle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pixel data whose Image Pixel module declares sizes that the bytes cannot hold: decoding says so with a
 * {@link PixelDecodingException} before allocating anything of the declared size.
 */
class PixelDataLimitsTest {

    private static final String EXPLICIT_LE = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid();
    private static final String RLE = TransferSyntax.RLE_LOSSLESS.uid();

    private static PixelData pixels(byte[] file) throws IOException {
        return PixelData.of(new DicomReader().read(file, "px.dcm"));
    }

    @Test
    void rleFrameOfMoreBytesThanItsSegmentsCanHoldIsRefused() throws IOException {
        // 46000 x 46000 from a 66-byte fragment allocated 2 GB before finding the segment too short
        PixelData px = pixels(Generated.pixelFile(RLE, 46000, 46000, 1, 8, "1", Generated.rleFragment(1, 2)));

        assertThat(px.undecodableReason()).isEmpty();
        assertThatExceptionOfType(PixelDecodingException.class).isThrownBy(() -> px.frame(0))
                .withMessage("frame 0: RLE segment 1 has 2 bytes, too few for the 2116000000 bytes of its byte plane");
    }

    @Test
    void rleDecoderRefusesFramesLargerThanAnArray() {
        // 65535 x 65535 overflowed int to a negative array size
        byte[] fragment = TestEncoder.explicitLittle().u32(2).u32(64).u32(64).raw(new byte[52]).toByteArray();

        assertThatIllegalArgumentException().isThrownBy(() -> Rle.decodeFrame(fragment, 0, fragment.length,
                65535, 65535, 1, 2)).withMessage("an RLE frame of 65535x65535 with 2 segments is too large to decode");
    }

    @Test
    void rleOfSixteenSegmentsIsRefused() throws IOException {
        // 4 samples of 32 bits need 16 segments, one more than the 64-byte header can list
        PixelData px = pixels(Generated.pixelFile(RLE, 2, 2, 4, 32, "1", Generated.rleFragment(16, 0)));

        assertThatExceptionOfType(PixelDecodingException.class).isThrownBy(() -> px.frame(0))
                .withMessage("frame 0: RLE holds at most 15 segments, 16 needed for 4 samples of 4 bytes");
    }

    @Test
    void nativeFramesWhoseTotalLengthOverflowsAreUndecodable() throws IOException {
        // 2147483647 frames of 46340 x 46340 x 4 bytes: the total wrapped to a negative long and passed
        PixelData px = pixels(Generated.pixelFile(EXPLICIT_LE, 46340, 46340, 1, 32, "2147483647",
                Generated.nativePixels(8)));

        assertThat(px.undecodableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("Pixel Data have 8 bytes, fewer than the 18445987738559012800 (2147483647 frame(s) of "
                        + "8589582400 bytes)"));
        assertThatExceptionOfType(PixelDecodingException.class).isThrownBy(() -> px.frame(0));
    }

    @Test
    void framesOfMoreSamplesThanAnArrayHoldsAreUndecodable() throws IOException {
        PixelData px = pixels(Generated.pixelFile(RLE, 65535, 65535, 3, 8, "1", Generated.rleFragment(3, 2)));

        assertThat(px.undecodableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo("a frame of 65535x65535 with 3 sample(s) per pixel has more samples than a Java array holds"));
        assertThatExceptionOfType(PixelDecodingException.class).isThrownBy(() -> px.frame(0));
    }

    @Test
    void jpegDeclaringMorePixelsThanItsBytesCanHoldIsRefused() throws IOException {
        // ImageIO fills the missing scan with grey, so 46000 x 46000 went on to allocate 8 GB
        PixelData px = pixels(Generated.jpegDeclaring(46000, 46000));

        assertThatExceptionOfType(PixelDecodingException.class).isThrownBy(() -> px.frame(0))
                .withMessageStartingWith("frame 0: a JPEG of 46000x46000 cannot be held in ")
                .withMessageEndingWith(" bytes; it is truncated or corrupt");
    }

    @Test
    void getIntsOnPixelDataFailsWithoutAllocatingIt() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported(), "per-thread allocation is not measured here");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Dataset ds = new Dataset().setBytes(Tags.PixelData, Vr.OW, new byte[32 << 20]);

        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatExceptionOfType(DicomValueException.class).isThrownBy(() -> ds.getInts(Tags.PixelData))
                .withMessageEndingWith("VR OW does not hold integers");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).as("bytes allocated by getInts").isLessThan(1 << 20);
    }
}
