package io.github.synthphi.core.study.iod;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.dicom.interop.Dciodvfy;
import io.github.synthphi.core.dicom.interop.Dcmtk;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.dicom.interop.ToolResult;
import io.github.synthphi.core.study.Modality;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every IOD synth generates passes dciodvfy (dicom3tools) without an error, and dcmdump (dcmtk) reads it
 * without a warning: each modality's template with a gradient as pixels, with the identity attributes empty
 * (as the template leaves them) and filled with dummy values (as planting leaves them), in Explicit VR Little
 * Endian, Implicit VR Little Endian and RLE Lossless; the ultrasound ones also color-by-plane.
 *
 * <p>dciodvfy's warnings must be exactly the ones listed here, so that a new one fails the test: the only ones
 * left are the two DICOMDIR warnings about an empty Patient ID and Study ID, which an empty template cannot
 * avoid (both are Type 2, and planting fills them).
 */
class IodTemplatesDciodvfyIT {

    /** dciodvfy's warnings for a template whose Type 2 identity attributes are empty. */
    static final List<String> EMPTY_IDENTITY_WARNINGS = List.of(
            "Warning - Missing attribute or value that would be needed to build DICOMDIR - Patient ID",
            "Warning - Missing attribute or value that would be needed to build DICOMDIR - Study ID");

    private static final List<TransferSyntax> SYNTAXES = List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.RLE_LOSSLESS);

    static Stream<Arguments> instances() {
        List<Arguments> out = new ArrayList<>();
        for (Modality m : Modality.values()) {
            List<Integer> planar = m.samplesPerPixel() == 3 ? List.of(0, 1) : List.of(0);
            for (int planarConfiguration : planar) {
                for (boolean dummy : new boolean[] {false, true}) {
                    for (TransferSyntax ts : SYNTAXES) {
                        String name = m + (planarConfiguration == 1 ? " color-by-plane" : "")
                                + (dummy ? ", dummy identities, " : ", empty identities, ") + ts.name();
                        out.add(Arguments.of(name, m, planarConfiguration, dummy, ts));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void dciodvfyFindsNoErrorAndDcmdumpNoWarning(String name, Modality modality, int planarConfiguration,
                                                 boolean dummy, TransferSyntax ts, @TempDir Path dir,
                                                 TestReporter reporter) throws Exception {
        ExternalTools.require("dciodvfy", "dicom3tools");
        Path dcmdump = ExternalTools.require("dcmdump", "dcmtk");
        TechnicalParameters p = IodFixtures.builder(modality).frames(modality.isMultiFrame() ? 8 : 1)
                .planarConfiguration(planarConfiguration).build();
        Dataset ds = IodFixtures.withPixels(p);
        if (dummy) {
            IodFixtures.withDummyIdentities(ds, IodTemplate.of(modality));
        }
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + ".dcm");
        new DicomWriter(WriteOptions.of(ts)).write(file, ds);

        Dciodvfy.Report r = Dciodvfy.run(dir, file);
        r.assertNoErrors(name, Dciodvfy.iodName(modality.sopClassUid()));
        reporter.publishEntry("dciodvfy warnings", r.warningsOrNone());
        System.out.println("dciodvfy warnings for " + name + ": " + r.warningsOrNone().replace("\n", "; "));
        assertThat(r.warnings()).as("dciodvfy warnings for %s:\n%s", name, r.result().describe())
                .containsExactlyElementsOf(dummy ? List.of() : EMPTY_IDENTITY_WARNINGS);

        ToolResult dump = ExternalTools.runOk(dir, List.of(dcmdump.toString(), "-dc", "+L", file.toString()));
        Dcmtk.assertNoWarnings(dump);
    }

    /**
     * dcmtk decodes our RLE of an RGB ultrasound image, color-by-pixel or color-by-plane, back to the very bytes
     * we encoded, and keeps the Planar Configuration: the RLE segments are one per color either way (PS3.5 G.2),
     * and the attribute describes the decoded data.
     */
    @ParameterizedTest(name = "{0} Planar Configuration {1}")
    @MethodSource("rgbRle")
    void dcmdrleDecodesOurRgbRleToTheBytesWeEncoded(Modality modality, int planarConfiguration, @TempDir Path dir)
            throws Exception {
        Path dcmdrle = ExternalTools.require("dcmdrle", "dcmtk");
        TechnicalParameters p = IodFixtures.builder(modality).frames(modality.isMultiFrame() ? 3 : 1)
                .planarConfiguration(planarConfiguration).build();
        Path rle = dir.resolve("rle.dcm");
        new DicomWriter(WriteOptions.of(TransferSyntax.RLE_LOSSLESS)).write(rle, IodFixtures.withPixels(p));
        Path decoded = dir.resolve("decoded.dcm");
        Dcmtk.assertNoWarnings(ExternalTools.runOk(dir, List.of(dcmdrle.toString(), rle.toString(),
                decoded.toString())));

        Dataset back = new DicomReader().read(decoded).dataset();
        assertThat(back.getInt(Tags.PlanarConfiguration)).hasValue(planarConfiguration);
        Value.Bytes pixels = (Value.Bytes) back.get(Tags.PixelData).orElseThrow().value();
        assertThat(pixels.toArray()).isEqualTo(IodFixtures.gradient(p));
    }

    static Stream<Arguments> rgbRle() {
        return Stream.of(Arguments.of(Modality.US, 0), Arguments.of(Modality.US, 1), Arguments.of(Modality.US_CINE, 0),
                Arguments.of(Modality.US_CINE, 1));
    }
}
