package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths and renderings as pydicom 2.x's str(value) gives them, written by hand. */
class PydicomValuesTest {

    @Test
    void pathsAndValues() {
        Dataset ref = new Dataset().setString(Tags.ReferencedSOPInstanceUID, Vr.UI, "1.2.3.9");
        Dataset ds = new Dataset()
                .setString(Tags.ImageType, Vr.CS, "ORIGINAL", "PRIMARY")
                .setString(Tags.AccessionNumber, Vr.SH, "")
                .setString(Tags.PatientName, Vr.PN, "DOE^JANE")
                .setString(Tags.OtherPatientNames, Vr.PN, "DOE^J", "ROE^J")
                .setString(Tags.PixelSpacing, Vr.DS, "0.5", "0.25")
                .setString(Tags.StudyDescription, Vr.LO, "  CT CHEST  ")
                .setInt(Tags.Rows, Vr.US, 512)
                .setInt(Tags.BitsAllocated, Vr.US, 16)
                .setString(Tag.of(0x0019, 0x0010), Vr.LO, "Siemens CT VA0  COAD")
                .setString(Tag.of(0x0019, 0x1092), Vr.LO, "SFOV")
                .setBytes(Tag.of(0x0009, 0x1001), Vr.OB, "ab'c\n\u0001".getBytes(StandardCharsets.ISO_8859_1))
                .setItems(Tags.ReferencedImageSequence, List.of(new Dataset(), ref))
                .setBytes(Tags.PixelData, Vr.OW, new byte[] {1, 0, 2, 0});
        Map<String, String> flat = PydicomValues.flatten(ds);
        assertThat(flat).containsEntry("<(0008,0008)>", "<['ORIGINAL', 'PRIMARY']>")
                .containsEntry("<(0008,0050)>", "<>")
                .containsEntry("<(0010,0010)>", "<DOE^JANE>")
                .containsEntry("<(0010,1001)>", "<[DOE^J, ROE^J]>")
                .containsEntry("<(0028,0030)>", "<[0.5, 0.25]>")
                .containsEntry("<(0008,1030)>", "<CT CHEST>")
                .containsEntry("<(0028,0010)>", "<512>")
                .containsEntry("<(0019,0010)>", "<Siemens CT VA0  COAD>")
                .containsEntry("<(0019,\"SIEMENS CT VA0  COAD\",92)>", "<SFOV>")
                .containsEntry("<(0009,1001)>", "<b\"ab'c\\n\\x01\">")
                .containsEntry("<(0008,1140)>[<0001>]<(0008,1155)>", "<1.2.3.9>")
                .containsEntry("<(7fe0,0010)>", "<REMOVED>");
        assertThat(flat.get("<(0008,1140)>")).startsWith("<[").contains("1.2.3.9");
    }

    @Test
    void pythonReprs() {
        assertThat(PydicomValues.pythonFloat(1e-5)).isEqualTo("1e-05");
        assertThat(PydicomValues.pythonFloat(0.5)).isEqualTo("0.5");
        assertThat(PydicomValues.pythonFloat(3.0)).isEqualTo("3.0");
        assertThat(PydicomValues.pythonFloat(1e16)).isEqualTo("1e+16");
        assertThat(PydicomValues.pythonFloat(123456789012345.0)).isEqualTo("123456789012345.0");
        assertThat(PydicomValues.pythonFloat(-2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(PydicomValues.pythonFloat((double) 0.1f)).isEqualTo("0.10000000149011612");
        assertThat(PydicomValues.bytesRepr(new byte[] {'a', '\\', 0x7F})).isEqualTo("b'a\\\\\\x7f'");
        assertThat(PydicomValues.bytesRepr(new byte[] {'\'', '"'})).isEqualTo("b'\\'\"'");
    }
}
