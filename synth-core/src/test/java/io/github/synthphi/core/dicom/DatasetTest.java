package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void keepsElementsInUnsignedTagOrderWhateverTheInsertionOrder() {
        Dataset ds = new Dataset()
                .setBytes(Tags.PixelData, Vr.OW, new byte[2])
                .setString(Tags.PatientName, "A^B")
                .setBytes(Tag.of(0xFFFA, 0xFFFA), Vr.OB, new byte[2])
                .setString(Tags.Modality, "CT");
        assertThat(ds.elements()).extracting(Element::tag)
                .containsExactly(Tags.Modality, Tags.PatientName, Tags.PixelData, Tag.of(0xFFFA, 0xFFFA));
        ds.setString(Tags.PatientName, "C^D");
        assertThat(ds.size()).isEqualTo(4);
        assertThat(ds.remove(Tags.Modality)).isPresent();
        assertThat(ds.getString(Tags.PatientName)).contains("C^D");
        assertThat(ds.elements()).extracting(Element::tag).first().isEqualTo(Tags.PatientName);
    }

    @Test
    void privateCreatorsReserveBlocks() {
        Dataset ds = new Dataset();
        ds.setString(Tag.of(0x0009, 0x0010), Vr.LO, "SOMEONE ELSE");
        PrivateTag mine = new PrivateTag("SYNTH", 0x0009, 0x05);
        Tag tag = ds.reserve(mine);
        assertThat(tag).isEqualTo(Tag.of(0x0009, 0x1105));
        assertThat(ds.getString(Tag.of(0x0009, 0x0011))).contains("SYNTH");
        assertThat(ds.reserve(new PrivateTag("SYNTH", 0x0009, 0x06))).isEqualTo(Tag.of(0x0009, 0x1106));
        assertThat(ds.find(new PrivateTag("NOBODY", 0x0009, 0x06))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivateTag("X", 0x0010, 1));
    }

    @Test
    void numbersFromBinaryAndText() {
        Dataset ds = new Dataset()
                .setInt(Tags.Rows, Vr.US, 65535)
                .setInt(Tags.SmallestImagePixelValue, Vr.SS, -5)
                .setInt(Tags.SeriesNumber, Vr.IS, -12)
                .setString(Tags.SliceThickness, " 2.50 ")
                .setString(Tags.InstanceNumber, "abc");
        assertThat(ds.getInt(Tags.Rows)).hasValue(65535);
        assertThat(ds.getInt(Tags.SmallestImagePixelValue)).hasValue(-5);
        assertThat(ds.getInt(Tags.SeriesNumber)).hasValue(-12);
        assertThat(ds.getDouble(Tags.SliceThickness)).hasValue(2.5);
        assertThat(ds.getInt(Tags.PatientWeight)).isEmpty();
        assertThatExceptionOfType(DicomValueException.class).isThrownBy(() -> ds.getInt(Tags.InstanceNumber))
                .withMessageContaining("(0020,0013)").withMessageContaining("abc");
        assertThatExceptionOfType(DicomValueException.class).isThrownBy(() -> ds.getInt(Tags.SliceThickness))
                .withMessageContaining("not an int");
    }

    @Test
    void itemsInheritTheCharacterSetOfTheDataSetThatHoldsThemEvenIfAskedBefore() throws Exception {
        Dataset item = new Dataset().setString(Tags.PatientName, "Ærø^Åse");
        assertThat(item.characterSet()).isEqualTo(SpecificCharacterSet.DEFAULT);
        Dataset ds = new Dataset().setString(Tags.SpecificCharacterSet, "ISO_IR 100")
                .setString(Tags.SOPClassUID, "1.2.3").setString(Tags.SOPInstanceUID, "1.2.3.4")
                .setItems(Tags.OtherPatientIDsSequence, List.of(item));
        assertThat(item.characterSet()).isEqualTo(SpecificCharacterSet.of("ISO_IR 100"));
        byte[] bytes = RoundTripTest.write(ds, WriteOptions.defaults());
        Dataset read = new DicomReader().read(bytes, "items").dataset();
        assertThat(read.getItems(Tags.OtherPatientIDsSequence).get(0).getString(Tags.PatientName))
                .contains("Ærø^Åse");
    }

    @Test
    void deepCopiesDoNotShareItems() {
        Dataset item = new Dataset().setString(Tags.PatientID, "1");
        Dataset ds = new Dataset().setItems(Tags.OtherPatientIDsSequence, List.of(item));
        Dataset copy = ds.deepCopy();
        copy.getItems(Tags.OtherPatientIDsSequence).get(0).setString(Tags.PatientID, "2");
        assertThat(item.getString(Tags.PatientID)).contains("1");
        assertThat(copy).isNotEqualTo(ds);
    }

    @Test
    void rejectsValuesThatCannotBeEncoded() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Dataset().setString(Tags.ImageType, "A\\B"))
                .withMessageContaining("backslash");
        assertThatIllegalArgumentException().isThrownBy(() -> new Dataset().setString(Tags.Rows, "1"))
                .withMessageContaining("US");
        Dataset ds = new Dataset().setString(Tags.SOPClassUID, "1.2").setString(Tags.SOPInstanceUID, "1.2.3")
                .setString(Tags.PatientName, "Müller");
        assertThatExceptionOfType(DicomWriteException.class)
                .isThrownBy(() -> RoundTripTest.write(ds, WriteOptions.defaults()))
                .withMessageContaining("(0010,0010)").withMessageContaining("U+00FC");
    }

    @Test
    void writingNeedsTheSopInstanceUid() {
        assertThatExceptionOfType(DicomWriteException.class)
                .isThrownBy(() -> RoundTripTest.write(new Dataset().setString(Tags.SOPClassUID, "1.2"),
                        WriteOptions.defaults()))
                .withMessageContaining("SOP Instance UID");
    }
}
