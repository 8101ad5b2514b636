package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * synth reads the files pydicom writes (pydicom_write.py: Explicit and Implicit VR Little Endian, Explicit
 * VR Big Endian, Deflated; Latin-1 and UTF-8 text; nested sequences; a private block; 16-bit pixels) with
 * the values and pixels pydicom reads back from them.
 */
class SynthReadsPydicomIT {

    private static final Map<String, TransferSyntax> SYNTAX_BY_SUFFIX = Map.of(
            "explicit-le.dcm", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            "implicit-le.dcm", TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            "explicit-be.dcm", TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            "deflated.dcm", TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);

    @Test
    void weReadWhatPydicomWritesWithPydicomsValuesAndPixels(@TempDir Path dir) throws Exception {
        List<Path> files = Pydicom.run(dir, "pydicom_write.py", dir.toString()).stdout().lines()
                .filter(l -> !l.isBlank()).map(dir::resolve).toList();
        assertThat(files).hasSize(5);
        List<PydicomDump> dumps = Pydicom.dump(dir, files);

        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            boolean utf8 = name.contains("utf8");
            Charset charset = utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            PydicomDump pydicom = dumps.get(i);
            DicomFile file = new DicomReader().read(files.get(i));

            TransferSyntax expectedTs = SYNTAX_BY_SUFFIX.entrySet().stream().filter(e -> name.endsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            assertThat(file.transferSyntax()).as(name).isEqualTo(expectedTs);
            assertThat(Listing.inexactText(file.dataset())).as("%s: text we could not decode", name).isEmpty();
            Listing ours = Listing.of(file.dataset()).without(Listing.path(Tags.PixelData)::equals);
            Listing.assertSameValues(pydicom.dataset(), ours, charset, "synth's reading of " + name);
            Listing.assertSameValues(pydicom.meta(), Listing.of(file.fileMeta()), charset, name + " (file meta)");

            // the values the script wrote, as a reader of the files would name them
            assertThat(file.dataset().getString(Tags.PatientName))
                    .contains(utf8 ? "Ødegård^Zoë=山田^花子" : "Müller^Anna");
            assertThat(file.dataset().getItems(Tags.ReferringPhysicianIdentificationSequence).get(0)
                    .getItems(Tags.PersonIdentificationCodeSequence).get(0).getString(Tags.CodeMeaning))
                    .contains(utf8 ? "Ärztin 医師" : "Ärztin");
            assertThat(file.dataset().getItems(Tags.OtherPatientIDsSequence)).hasSize(2);
            assertThat(ours.get("(0028,0009)")).isEqualTo(new Listing.Entry("AT", "00181063")); // Frame Time

            PixelData px = PixelData.of(file);
            assertThat(px.undecodableReason()).as(name).isEmpty();
            int[] samples = Pixels.samples(Pixels.frames(px));
            assertThat(pydicom.pixelShape()).as(name).isEqualTo("3,6,5");
            assertThat(Pixels.sha256(samples)).as("%s: our pixels against pydicom's pixel_array", name)
                    .isEqualTo(pydicom.pixelSha256());
            assertThat(samples).as("%s: pixels", name).isEqualTo(scriptPixels());
        }
    }

    /** The values pixels() in pydicom_write.py makes: (i * 37 + 5) mod 4096. */
    private static int[] scriptPixels() {
        int[] out = new int[3 * 6 * 5];
        for (int i = 0; i < out.length; i++) {
            out[i] = (i * 37 + 5) % 4096;
        }
        return out;
    }
}
