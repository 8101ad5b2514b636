package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.WriteOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * synth reads what dcmtk writes: a file of ours re-encoded by dcmconv (Implicit VR, Big Endian, Deflated,
 * undefined lengths) and dcmcrle (RLE, with and without a Basic Offset Table) has our values and our pixels;
 * one made lossless JPEG by dcmcjpeg, which synth does not decode, has our values and says why its pixels
 * are not decoded. JPEG Baseline: {@link SynthReadsDcmtkJpegIT}.
 */
class SynthReadsDcmtkIT {

    /** dcmtk's compressors compress the icon as well, so pixels are compared decoded. */
    private static final Predicate<String> PIXELS = InteropDatasets.PIXEL_PATHS;

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("dcmconv +ti", TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, List.of("dcmconv", "+ti")),
                Arguments.of("dcmconv +ti -e", TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
                        List.of("dcmconv", "+ti", "-e")),
                Arguments.of("dcmconv +tb", TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, List.of("dcmconv", "+tb")),
                Arguments.of("dcmconv +td", TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                        List.of("dcmconv", "+td")),
                Arguments.of("dcmconv +te -e", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                        List.of("dcmconv", "+te", "-e")),
                Arguments.of("dcmcrle", TransferSyntax.RLE_LOSSLESS, List.of("dcmcrle")),
                Arguments.of("dcmcrle -ot", TransferSyntax.RLE_LOSSLESS, List.of("dcmcrle", "-ot")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversions")
    void weReadDcmtkReencodingWithTheSameValuesAndPixels(String name, TransferSyntax expectedTs,
                                                         List<String> command, @TempDir Path dir) throws Exception {
        Path program = ExternalTools.require(command.get(0), "dcmtk");
        for (PlantedText text : PlantedText.values()) {
            for (Shape shape : InteropDatasets.SHAPES) {
                Dataset ours = InteropDatasets.rich(shape, text);
                Path source = InteropDatasets.write(dir, text + "-" + shape.id() + ".dcm", ours,
                        WriteOptions.defaults());
                Path converted = dir.resolve(text + "-" + shape.id() + "-converted.dcm");
                Dcmtk.convert(dir, program, command.subList(1, command.size()), source, converted);
                String what = name + " of " + shape + " " + text;

                DicomFile file = new DicomReader().read(converted);
                assertThat(file.transferSyntax()).as(what).isEqualTo(expectedTs);
                Listing.assertSameValues(Listing.of(ours).without(PIXELS), Listing.of(file.dataset()).without(PIXELS),
                        text.charset, what);
                assertThat(file.dataset().getString(Tags.PatientName)).as(what).contains(text.patientName);

                PixelData px = PixelData.of(file);
                assertThat(px.undecodableReason()).as(what).isEmpty();
                assertThat(Pixels.samples(Pixels.frames(px))).as("%s: pixels", what)
                        .isEqualTo(shape.values(false));
                assertThat(Pixels.iconSamples(file)).as("%s: icon pixels", what)
                        .isEqualTo(InteropDatasets.ICON.values(true));
            }
        }
    }

    @Test
    void weReadLosslessJpegValuesAndSayWhyItsPixelsAreNotDecoded(@TempDir Path dir) throws Exception {
        Path dcmcjpeg = ExternalTools.require("dcmcjpeg", "dcmtk");
        Shape shape = InteropDatasets.SHAPES.get(0);
        Dataset ours = InteropDatasets.rich(shape, PlantedText.LATIN_1);
        Path source = InteropDatasets.write(dir, "source.dcm", ours, WriteOptions.defaults());
        Path jpeg = dir.resolve("lossless.dcm");
        Dcmtk.convert(dir, dcmcjpeg, List.of(), source, jpeg); // dcmcjpeg's default: lossless, selection value 1

        DicomFile file = new DicomReader().read(jpeg);
        assertThat(file.transferSyntax().uid()).isEqualTo("1.2.840.10008.1.2.4.70");
        // lossless: same instance, only a Derivation Description (0008,2111) added
        Listing.assertSameValues(Listing.of(ours).without(PIXELS),
                Listing.of(file.dataset()).without(PIXELS.or("(0008,2111)"::equals)), PlantedText.LATIN_1.charset,
                "dcmcjpeg lossless");
        assertThat(file.dataset().getString(Tags.DerivationDescription)).get().asString()
                .containsIgnoringCase("lossless");
        PixelData px = PixelData.of(file);
        assertThat(px.undecodableReason()).get().asString().contains("cannot be decoded by synth");
        assertThat(px.encapsulatedFrames()).hasSize(1);
        assertThatThrownBy(() -> px.frame(0)).isInstanceOf(PixelDecodingException.class);
    }
}
