package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<Arguments> options() {
        List<Arguments> out = new ArrayList<>();
        for (TransferSyntax ts : TransferSyntax.writable()) {
            for (WriteOptions.Length seq : WriteOptions.Length.values()) {
                for (WriteOptions.Length item : WriteOptions.Length.values()) {
                    out.add(Arguments.of(ts.name(), WriteOptions.of(ts).withSequenceLength(seq).withItemLength(item)));
                }
            }
        }
        return out.stream();
    }

    static byte[] write(Dataset ds, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(options).write(out, ds);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("options")
    void everyValueSurvivesWritingAndReading(String name, WriteOptions options) throws IOException {
        for (int[] shape : new int[][] {{16, 20, 1, 16, 1}, {10, 12, 3, 8, 3}, {9, 7, 2, 8, 1}}) {
            Dataset original = TestDatasets.secondaryCapture(shape[0], shape[1], shape[2], shape[3], shape[4]);
            byte[] bytes = write(original, options);
            DicomFile file = new DicomReader().read(bytes, name);

            assertThat(file.hasPreamble()).isTrue();
            assertThat(file.transferSyntax()).isEqualTo(options.transferSyntax());
            assertThat(file.fileMeta().getString(Tags.MediaStorageSOPInstanceUID))
                    .isEqualTo(original.getString(Tags.SOPInstanceUID));
            assertThat(file.fileMeta().getString(Tags.ImplementationClassUID)).contains(Uids.IMPLEMENTATION_CLASS_UID);
            assertSameValues(original, file.dataset());

            PixelData px = PixelData.of(file);
            assertThat(px.undecodableReason()).isEmpty();
            PixelData source = PixelData.of(original, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            for (int f = 0; f < px.frameCount(); f++) {
                assertThat(px.frame(f).samples()).isEqualTo(source.frame(f).samples());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("options")
    void aFileHoldsTheBytesWrittenToAStreamAndReadsAsThem(String name, WriteOptions options, @TempDir Path dir)
            throws IOException {
        // 3 frames of 320x400 16-bit pixels: 768,000 bytes, more than one slice of the file writer and reader
        Dataset original = TestDatasets.secondaryCapture(320, 400, 3, 16, 1);
        Path file = dir.resolve("IM1.dcm");
        Files.write(file, new byte[] {1, 2, 3}); // replaced, not appended to
        new DicomWriter(options).write(file, original);
        byte[] bytes = write(original, options);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);

        DicomFile fromFile = new DicomReader().read(file);
        DicomFile fromBytes = new DicomReader().read(bytes, name);
        assertThat(fromFile.fileMeta()).isEqualTo(fromBytes.fileMeta());
        assertThat(fromFile.dataset()).isEqualTo(fromBytes.dataset());
    }

    /** Compares every element by its decoded meaning: text values, numbers, items, pixel bytes. */
    static void assertSameValues(Dataset expected, Dataset actual) {
        List<Tag> expectedTags = expected.elements().stream().map(Element::tag).toList();
        List<Tag> actualTags = actual.elements().stream().map(Element::tag).toList();
        assertThat(actualTags).isEqualTo(expectedTags);
        for (Element e : expected.elements()) {
            Element a = actual.get(e.tag()).orElseThrow();
            if (e.tag().equals(Tags.PixelData)) {
                continue; // compared as decoded frames
            }
            if (e.vr() == Vr.SQ) {
                List<Dataset> ei = expected.getItems(e.tag());
                List<Dataset> ai = actual.getItems(e.tag());
                assertThat(ai).as("items of %s", e.tag()).hasSameSizeAs(ei);
                for (int i = 0; i < ei.size(); i++) {
                    assertSameValues(ei.get(i), ai.get(i));
                }
            } else if (e.vr().isText() && a.vr() == Vr.UN) {
                // Implicit VR: a private element has no VR to read, so it comes back as UN bytes
                assertThat(e.tag().isPrivate()).as("%s read as UN", e.tag()).isTrue();
                Value.Bytes b = (Value.Bytes) a.value();
                String text = actual.characterSet().decode(b.array(), b.offset(), b.length(), e.vr()).text();
                assertThat(text.strip()).as("%s", e.tag()).isEqualTo(String.join("\\", expected.getStrings(e.tag())));
            } else if (e.vr().isText()) {
                assertThat(actual.getStrings(e.tag())).as("%s", e.tag()).isEqualTo(expected.getStrings(e.tag()));
            } else {
                assertThat(a.value()).as("%s", e.tag()).isEqualTo(e.value());
            }
        }
    }
}
