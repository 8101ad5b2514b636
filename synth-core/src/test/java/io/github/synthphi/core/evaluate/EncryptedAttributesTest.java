package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Encrypted Attributes Sequence (0400,0500) that a PS3.15 E.1.1 de-identifier such as gdcmanon adds, holding
 * the original attributes encrypted for a recipient. Its CMS ciphertext is random bytes, which read as text spell
 * short planted words by chance (gdcmanon's did, in some runs over a CT): the residual search leaves the
 * ciphertext alone, and still searches Encrypted Content that is not a CMS envelope.
 */
class EncryptedAttributesTest {

    private static final Tag ENCRYPTED_ATTRIBUTES_SEQUENCE = Tag.of(0x0400, 0x0500);
    private static final Tag ENCRYPTED_CONTENT_TRANSFER_SYNTAX_UID = Tag.of(0x0400, 0x0510);
    private static final Tag ENCRYPTED_CONTENT = Tag.of(0x0400, 0x0520);

    /** The start of a CMS ContentInfo: SEQUENCE (long-form length), content type id-envelopedData, [0]. */
    private static final byte[] ENVELOPE = {0x30, (byte) 0x82, 0x01, 0x00, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48,
        (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07, 0x03, (byte) 0xA0, (byte) 0x81, (byte) 0xF2};

    @TempDir
    static Path work;

    private static StudyFixture study;

    @BeforeAll
    static void generate() throws IOException {
        study = new StudyGenerator(1).generate(StudySpec.builder(Modality.CT).size(320, 320).seed(43).build(),
                work.resolve("fixture"));
    }

    @Test
    void ciphertextThatSpellsAPlantedNameIsNoFinding() throws IOException {
        Path out = work.resolve("envelope");
        deidentifyWithEncryptedContent(out, concat(ENVELOPE, chanceSpelling()));

        Evaluation e = DeidOutput.of(study, out).evaluation();

        assertThat(Verdicts.keys(e)).as(Verdicts.describe(e)).isEmpty();
    }

    @Test
    void encryptedContentThatIsNotAnEnvelopeIsSearched() throws IOException {
        Path out = work.resolve("plain");
        String file = deidentifyWithEncryptedContent(out, chanceSpelling());

        Evaluation e = DeidOutput.of(study, out).evaluation();

        assertThat(Verdicts.keys(e)).as(Verdicts.describe(e))
                .containsExactly(Verdicts.residual(file, "<(0400,0500)>[<0000>]<(0400,0520)>"));
    }

    /** Random-looking bytes with the patient's family name between two non-letters, as ciphertext may hold it. */
    private static byte[] chanceSpelling() {
        AnswerKeyEntry name = study.answerKey().entries().stream()
                .filter(e -> e.keyword().equals("PatientName") && !e.isPixelEntry()).findFirst().orElseThrow();
        String family = name.value().split("\\^")[0];
        return concat(new byte[] {(byte) 0x9C, 0x11, (byte) 0xE4, 0x00}, family.getBytes(StandardCharsets.US_ASCII),
                new byte[] {0x1F, (byte) 0x8B, 0x07, 0x00});
    }

    /**
     * De-identifies the study correctly into {@code out}, then adds to its first output an Encrypted Attributes
     * Sequence whose Encrypted Content is {@code content}; returns that file's name.
     */
    private static String deidentifyWithEncryptedContent(Path out, byte[] content) throws IOException {
        ReferenceDeidentifier deid = new ReferenceDeidentifier(study, Profile.DEFAULT);
        deid.run(out);
        String name = deid.outputs().keySet().stream().sorted().findFirst().orElseThrow();
        Path file = out.resolve(name);
        DicomFile read = new DicomReader().read(file);
        Dataset item = new Dataset()
                .setString(ENCRYPTED_CONTENT_TRANSFER_SYNTAX_UID, Vr.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid())
                .setBytes(ENCRYPTED_CONTENT, Vr.OB, content);
        Dataset ds = read.dataset().setItems(ENCRYPTED_ATTRIBUTES_SEQUENCE, List.of(item));
        Part10.write(file, ds, read.transferSyntax());
        return name;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
