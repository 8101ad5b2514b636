package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.ImagePixelModule;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.WriteOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** dcmtk reads the files synth writes: dcmdump prints our values without a warning, dcmdrle decodes our RLE. */
class DcmtkReadsSynthIT {

    private static final String PIXEL_DATA = Listing.path(Tags.PixelData);

    static Stream<Arguments> writeOptions() {
        return InteropDatasets.allWriteOptions().stream().map(o -> Arguments.of(InteropDatasets.describe(o), o));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeOptions")
    void dcmdumpPrintsOurValuesWithoutWarnings(String name, WriteOptions options, @TempDir Path dir) throws Exception {
        Path dcmdump = ExternalTools.require("dcmdump", "dcmtk");
        TransferSyntax ts = options.transferSyntax();
        for (PlantedText text : PlantedText.values()) {
            for (Shape shape : InteropDatasets.SHAPES) {
                Dataset ds = InteropDatasets.rich(shape, text);
                Path file = InteropDatasets.write(dir, text + "-" + shape.id() + ".dcm", ds, options);
                String what = "dcmdump of " + shape + " " + text + " in " + name;

                // -dc: no silent repairs of what dcmtk finds wrong; +L: values in full; -Un: UIDs as numbers
                ToolResult asStored = ExternalTools.runOk(dir, List.of(dcmdump.toString(), "-dc", "+L", "-Un",
                        file.toString()));
                Dcmtk.assertNoWarnings(asStored);
                // dcmdump prints text in the file's own character set
                DcmdumpListing stored = DcmdumpListing.parse(asStored.stdout(text.charset));
                assertSameElements(ds, stored.dataset(), ts, text, what);
                Listing.assertSameValues(Listing.of(DicomWriter.fileMeta(ds, ts)), stored.meta(), text.charset,
                        what + " (file meta)");

                // +U8: dcmtk converts from the character set we declared, which proves the declaration right
                ToolResult converted = ExternalTools.runOk(dir, List.of(dcmdump.toString(), "-dc", "+L", "-Un", "+U8",
                        file.toString()));
                Dcmtk.assertNoWarnings(converted);
                Listing utf8 = DcmdumpListing.parse(converted.stdout()).dataset();
                Dataset declaredUtf8 = ds.deepCopy().setString(Tags.SpecificCharacterSet, "ISO_IR 192");
                assertSameElements(declaredUtf8, utf8, ts, text, what + " +U8");

                assertThat(utf8.get("(0010,0010)").value()).isEqualTo(text.patientName);
                assertThat(utf8.get("(0010,0020)").value()).isEqualTo("MRN-0042");
                assertThat(utf8.get("(0008,0020)").value()).isEqualTo("20240131");
                assertThat(utf8.get("(0008,1030)").value()).isEqualTo(text.description);
                assertThat(utf8.get("(0008,0096)[0](0040,1101)[0](0008,0104)").value()).isEqualTo(text.codeMeaning);
                assertThat(utf8.get("(0010,1002)[1](0010,0020)").value()).isEqualTo("OTHER-2");
                assertThat(utf8.get("(0028,0010)").value()).isEqualTo(Integer.toString(shape.rows()));
                assertThat(utf8.get("(0028,0011)").value()).isEqualTo(Integer.toString(shape.columns()));
                Tag privateName = ds.find(InteropDatasets.PRIVATE_NAME).orElseThrow();
                Listing.Entry privateEntry = utf8.get(Listing.path(privateName));
                if (ts.explicitVr()) {
                    assertThat(privateEntry).isEqualTo(new Listing.Entry("LO", text.patientName));
                } else {
                    // Implicit VR: dcmtk cannot know the VR of our private element, so it keeps the bytes
                    assertThat(privateEntry.vr()).isEqualTo("UN");
                    assertThat(privateEntry.value()).isEqualTo(hexOfPadded(text.patientName, text));
                }
            }
        }
    }

    @Test
    void dcmdrleDecodesOurRleLosslessToTheSamePixels(@TempDir Path dir) throws Exception {
        Path dcmdrle = ExternalTools.require("dcmdrle", "dcmtk");
        for (Shape shape : InteropDatasets.SHAPES) {
            Dataset ds = InteropDatasets.rich(shape, PlantedText.LATIN_1);
            Path rle = InteropDatasets.write(dir, shape.id() + "-rle.dcm", ds,
                    WriteOptions.of(TransferSyntax.RLE_LOSSLESS));
            Path decoded = dir.resolve(shape.id() + "-native.dcm");
            ToolResult r = ExternalTools.runOk(dir, List.of(dcmdrle.toString(), rle.toString(), decoded.toString()));
            Dcmtk.assertNoWarnings(r);

            DicomFile file = new DicomReader().read(decoded);
            assertThat(file.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            int[] actual = Pixels.samples(Pixels.frames(PixelData.of(file)));
            assertThat(actual).as("dcmdrle's decoding of our RLE of %s", shape).isEqualTo(shape.values(false));
        }
    }

    /**
     * The elements dcmdump printed equal ours. Native pixel data must be our bytes plus at most one byte of
     * padding; encapsulated ones are checked by decoding them (see the RLE test).
     */
    private static void assertSameElements(Dataset ds, Listing printed, TransferSyntax ts, PlantedText text,
                                           String what) {
        Listing expected = Listing.of(ds);
        if (ts.encapsulated()) {
            assertThat(printed.get(PIXEL_DATA).value()).as("%s: fragments", what)
                    .isEqualTo("pixel items " + (ImagePixelModule.of(ds).frames() + 1));
        } else {
            String ours = expected.get(PIXEL_DATA).value();
            String theirs = printed.get(PIXEL_DATA).value();
            assertThat(theirs).as("%s: Pixel Data", what).startsWith(ours);
            assertThat(theirs.substring(ours.length())).as("%s: Pixel Data padding", what).isIn("", "00");
        }
        Listing.assertSameValues(expected.without(PIXEL_DATA::equals), printed.without(PIXEL_DATA::equals),
                text.charset, what);
    }

    private static String hexOfPadded(String value, PlantedText text) {
        byte[] b = value.getBytes(text.charset);
        byte[] padded = Arrays.copyOf(b, b.length + (b.length & 1));
        if (padded.length > b.length) {
            padded[b.length] = ' ';
        }
        return HexFormat.of().formatHex(padded);
    }
}
