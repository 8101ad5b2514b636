package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.WriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * synth reads the JPEG Baseline that dcmcjpeg makes of a file of ours (grey and color, single and
 * multi-frame): the values dcmcjpeg keeps are ours, the pixels are those dcmdjpeg decodes and close to ours.
 */
class SynthReadsDcmtkJpegIT {

    /** Images for JPEG Baseline: 8-bit, large enough for several 8x8 blocks, smooth. */
    private static final List<Shape> JPEG_SHAPES = List.of(new Shape(40, 48, 1, 8, 1), new Shape(40, 48, 1, 8, 3),
            new Shape(24, 32, 3, 8, 1), new Shape(24, 32, 2, 8, 3));

    /**
     * What dcmcjpeg changes when it compresses lossily: new instance UID, derivation, YBR, lossy flags, and
     * Smallest and Largest Image Pixel Value, which it removes as they may no longer hold.
     */
    private static final Set<String> CHANGED_BY_LOSSY_COMPRESSION = Set.of("(0008,0018)", "(0008,2111)",
            "(0008,2112)", "(0008,9215)", "(0028,0004)", "(0028,0106)", "(0028,0107)", "(0028,2110)",
            "(0028,2112)", "(0028,2114)");

    /** What dcmcjpeg changes when it shifts grey values: the VOI window moves with them. */
    private static final Set<String> CHANGED_BY_SHIFTING = Set.of("(0028,1050)", "(0028,1051)", "(0028,1055)");

    /** Both decoders descend from the IJG library and agree exactly here; allow rounding on other JDKs. */
    private static final int MAX_DECODER_DIFFERENCE = 1;

    /** JPEG Baseline at dcmcjpeg's default quality loses little on a smooth image. */
    private static final double MAX_MEAN_JPEG_ERROR = 3.0;

    static Stream<Arguments> jpegBaseline() {
        List<Arguments> out = new ArrayList<>();
        for (Shape shape : JPEG_SHAPES) {
            out.add(Arguments.of("dcmcjpeg +eb, " + shape, shape, List.of("+eb")));
            // +sr keeps grey values as they are; by default dcmcjpeg shifts them to start at 0 (+sp)
            out.add(Arguments.of("dcmcjpeg +eb +sr, " + shape, shape, List.of("+eb", "+sr")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jpegBaseline")
    void weDecodeDcmcjpegBaselineAsDcmdjpegDoesAndCloseToTheOriginal(String what, Shape shape, List<String> options,
                                                                     @TempDir Path dir) throws Exception {
        Path dcmcjpeg = ExternalTools.require("dcmcjpeg", "dcmtk");
        Path dcmdjpeg = ExternalTools.require("dcmdjpeg", "dcmtk");
        Dataset ours = InteropDatasets.smooth(shape, PlantedText.LATIN_1);
        Path source = InteropDatasets.write(dir, "source.dcm", ours, WriteOptions.defaults());
        Path jpeg = dir.resolve("jpeg.dcm");
        Dcmtk.convert(dir, dcmcjpeg, options, source, jpeg);

        boolean shifted = shape.samples() == 1 && !options.contains("+sr");
        DicomFile file = new DicomReader().read(jpeg);
        assertThat(file.transferSyntax()).as(what).isEqualTo(TransferSyntax.JPEG_BASELINE);
        Listing.assertSameValues(withoutLossyChanges(Listing.of(ours), shifted),
                withoutLossyChanges(Listing.of(file.dataset()), shifted), PlantedText.LATIN_1.charset, what);
        Dataset read = file.dataset();
        assertThat(read.getString(Tags.PhotometricInterpretation))
                .contains(shape.samples() == 3 ? "YBR_FULL_422" : "MONOCHROME2");
        assertThat(read.getString(Tags.LossyImageCompression)).contains("01");
        // dcmcjpeg gives the lossy copy a new UID and points back at ours
        assertThat(read.getString(Tags.SOPInstanceUID)).isNotEqualTo(ours.getString(Tags.SOPInstanceUID));
        assertThat(Uids.isValid(read.getString(Tags.SOPInstanceUID).orElseThrow())).isTrue();
        assertThat(read.getItems(Tags.SourceImageSequence).get(0).getString(Tags.ReferencedSOPInstanceUID))
                .isEqualTo(ours.getString(Tags.SOPInstanceUID));

        PixelData px = PixelData.of(file);
        assertThat(px.undecodableReason()).as(what).isEmpty();
        int[] decoded = Pixels.samples(Pixels.frames(px));

        Path decompressed = dir.resolve("dcmdjpeg.dcm");
        Dcmtk.convert(dir, dcmdjpeg, List.of(), jpeg, decompressed);
        DicomFile byDcmtk = new DicomReader().read(decompressed);
        assertThat(byDcmtk.dataset().getString(Tags.PhotometricInterpretation))
                .contains(shape.samples() == 3 ? "RGB" : "MONOCHROME2");
        int[] dcmtkDecoded = Pixels.samples(Pixels.frames(PixelData.of(byDcmtk)));
        assertThat(Pixels.maxAbsoluteError(decoded, dcmtkDecoded)).as("%s: against dcmdjpeg's decoding", what)
                .isLessThanOrEqualTo(MAX_DECODER_DIFFERENCE);
        assertThat(Pixels.maxAbsoluteError(Pixels.iconSamples(file), Pixels.iconSamples(byDcmtk)))
                .as("%s: the icon against dcmdjpeg's decoding", what).isLessThanOrEqualTo(MAX_DECODER_DIFFERENCE);

        int[] original = shape.values(true);
        int[] expected = original;
        if (shifted) {
            // dcmcjpeg's default +sp maps the smallest grey value to 0; our range fits 8 bits, so no scaling
            int min = Arrays.stream(original).min().orElseThrow();
            expected = Arrays.stream(original).map(v -> v - min).toArray();
        }
        assertThat(Pixels.meanAbsoluteError(decoded, expected)).as("%s: mean error against the original", what)
                .isLessThan(MAX_MEAN_JPEG_ERROR);
        System.out.printf(Locale.ROOT, "%s: mean error %.3f (max %d) against the original; max %d against dcmdjpeg%n",
                what, Pixels.meanAbsoluteError(decoded, expected), Pixels.maxAbsoluteError(decoded, expected),
                Pixels.maxAbsoluteError(decoded, dcmtkDecoded));
    }

    private static Listing withoutLossyChanges(Listing listing, boolean shifted) {
        return listing.without(path -> InteropDatasets.PIXEL_PATHS.test(path)
                || CHANGED_BY_LOSSY_COMPRESSION.stream().anyMatch(path::startsWith)
                || shifted && CHANGED_BY_SHIFTING.contains(path));
    }
}
