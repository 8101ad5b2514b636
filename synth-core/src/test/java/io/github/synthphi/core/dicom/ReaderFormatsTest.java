package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderFormatsTest {

    private static final long UNDEFINED = 0xFFFFFFFFL;

    /** A Part 10 header: preamble, DICM and a file meta naming {@code tsUid}. */
    private static EncodedBytes part10(String tsUid) {
        byte[] ts = EncodedBytes.text(tsUid.length() % 2 == 0 ? tsUid : tsUid + "\0");
        EncodedBytes meta = EncodedBytes.littleEndian().explicitShort(0x0002, 0x0010, "UI", ts);
        return EncodedBytes.littleEndian().raw(new byte[128]).ascii("DICM")
                .explicitShort(0x0002, 0x0000, "UL", EncodedBytes.littleEndian().u32(meta.size()).toArray())
                .raw(meta.toArray());
    }

    @Test
    void explicitBigEndianValuesComeBackLittleEndian() throws IOException {
        EncodedBytes body = EncodedBytes.bigEndian()
                .explicitShort(0x0010, 0x0010, "PN", EncodedBytes.text("DOE^JOHN"))
                .explicitShort(0x0028, 0x0010, "US", new byte[] {0x01, 0x02})
                .explicitShort(0x0028, 0x0106, "SS", new byte[] {(byte) 0xFF, (byte) 0xFE})
                .explicitShort(0x0018, 0x1063, "DS", EncodedBytes.text("33.3"))
                .explicitShort(0x0020, 0x9241, "FL", new byte[] {0x3F, (byte) 0xC0, 0, 0});
        byte[] file = part10("1.2.840.10008.1.2.2").raw(body.toArray()).toArray();

        DicomFile f = new DicomReader().read(file, "big-endian");

        assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        assertThat(f.dataset().getString(Tags.PatientName)).contains("DOE^JOHN");
        assertThat(f.dataset().getInt(Tags.Rows)).hasValue(0x0102);
        assertThat(f.dataset().getInt(Tag.of(0x0028, 0x0106))).hasValue(-2);
        assertThat(f.dataset().getDouble(Tag.of(0x0020, 0x9241))).hasValue(1.5);
    }

    @Test
    void bareImplicitDataSetWithoutPreamble() throws IOException {
        byte[] bare = EncodedBytes.littleEndian()
                .implicit(0x0008, 0x0060, 2).ascii("CT")
                .implicit(0x0010, 0x0010, 8).ascii("DOE^JANE")
                .implicit(0x0028, 0x0103, 2).u16(1)
                .implicit(0x0028, 0x0106, 2).u16(0xFFFF) // US or SS: signed because of Pixel Representation
                .toArray();

        DicomFile f = new DicomReader().read(bare, "bare");

        assertThat(f.hasPreamble()).isFalse();
        assertThat(f.fileMeta().isEmpty()).isTrue();
        assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(f.dataset().getString(Tags.PatientName)).contains("DOE^JANE");
        assertThat(f.dataset().get(Tag.of(0x0028, 0x0106)).orElseThrow().vr()).isEqualTo(Vr.SS);
        assertThat(f.dataset().getInt(Tag.of(0x0028, 0x0106))).hasValue(-1);
    }

    @Test
    void bareExplicitDataSetIsRecognised() throws IOException {
        byte[] bare = EncodedBytes.littleEndian()
                .explicitShort(0x0008, 0x0060, "CS", EncodedBytes.text("MR"))
                .explicitShort(0x0010, 0x0020, "LO", EncodedBytes.text("ID42")).toArray();
        DicomFile f = new DicomReader().read(bare, "bare-explicit");
        assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(f.dataset().getString(Tags.PatientID)).contains("ID42");
    }

    /** PS3.5 6.2.2: UN of undefined length holds a sequence in Implicit VR Little Endian. */
    @Test
    void unknownVrOfUndefinedLengthIsReadAsImplicitSequence() throws IOException {
        EncodedBytes body = EncodedBytes.littleEndian()
                .explicitShort(0x0009, 0x0010, "LO", EncodedBytes.text("VENDOR X"))
                .explicitLong(0x0009, 0x1001, "UN", UNDEFINED)
                .tag(0xFFFE, 0xE000).u32(UNDEFINED)
                .implicit(0x0010, 0x0010, 10).ascii("SMITH^ANN ")
                .tag(0xFFFE, 0xE00D).u32(0)
                .tag(0xFFFE, 0xE0DD).u32(0);
        byte[] file = part10("1.2.840.10008.1.2.1").raw(body.toArray()).toArray();

        Dataset ds = new DicomReader().read(file, "un-sequence").dataset();

        Element e = ds.get(Tag.of(0x0009, 0x1001)).orElseThrow();
        assertThat(e.vr()).isEqualTo(Vr.SQ);
        assertThat(ds.getItems(e.tag())).singleElement()
                .satisfies(item -> assertThat(item.getString(Tags.PatientName)).contains("SMITH^ANN"));
        assertThat(ds.find(new PrivateTag("VENDOR X", 0x0009, 0x01))).contains(Tag.of(0x0009, 0x1001));
    }

    @Test
    void itemsInheritTheCharacterSetOfTheirDataSet() throws IOException {
        EncodedBytes item = EncodedBytes.littleEndian()
                .explicitShort(0x0010, 0x0010, "PN", new byte[] {'M', (byte) 0xFC, 'L', 'L', 'E', 'R', ' ', ' '});
        EncodedBytes body = EncodedBytes.littleEndian()
                .explicitShort(0x0008, 0x0005, "CS", EncodedBytes.text("ISO_IR 100"))
                .explicitLong(0x0010, 0x1002, "SQ", 8 + item.size())
                .tag(0xFFFE, 0xE000).u32(item.size()).raw(item.toArray());
        byte[] file = part10("1.2.840.10008.1.2.1").raw(body.toArray()).toArray();

        Dataset ds = new DicomReader().read(file, "charset").dataset();

        assertThat(ds.getItems(Tags.OtherPatientIDsSequence).get(0).getString(Tags.PatientName)).contains("MüLLER");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.dcm");
        assertThatExceptionOfType(java.nio.file.NoSuchFileException.class)
                .isThrownBy(() -> new DicomReader().read(missing))
                .withMessageContaining("nothing.dcm");
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws IOException {
        Dataset ds = TestDatasets.secondaryCapture(8, 8, 1, 8, 1);
        Path file = dir.resolve("sc.dcm");
        new DicomWriter().write(file, ds);
        assertThat(Files.size(file) % 2).isZero();
        DicomFile read = new DicomReader().read(file);
        assertThat(read.dataset().getString(Tags.PatientName)).contains("Müller^Anna");
    }
}
