package io.github.synthphi.it.realdeid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.assertions.SynthAssertions;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GDCM's {@code gdcmanon} (Debian package libgdcm-tools) in its PS3.15 mode, end to end: synthetic studies of
 * several modalities go in, and synth's verdicts on what comes out must be exactly those that follow from what the
 * tool is documented to do.
 *
 * <p>gdcmanon implements Table E.1-1 of PS3.15-2008 (its manual names that edition; GDCM's {@code Anonymizer}
 * holds the table as a list of 48 tags): in the data set and in every item of every sequence, each listed
 * attribute present is emptied, or, when the IOD makes it Type 1 (and for Patient's Name, Patient ID and Study
 * ID), given a dummy value: UIDs a new one, the same new UID wherever an old one occurs in one run over a
 * folder; a listed sequence is emptied with all it holds. The
 * originals go, encrypted for the certificate's owner, into the Encrypted Attributes Sequence (0400,0500). Nothing
 * else is touched: not the dates and times the 2008 table does not list (it lists only the patient's birth date
 * and time), not private blocks, not the attributes later editions added (Consulting Physician's Name, Patient's
 * Address, Person's Address in identification sequences, Issuer of Patient ID, Acquisition UID, Irradiation Event
 * UID, Device UID, ...), not overlays, not pixels.
 *
 * <p>Two runs per modality: the reversible default, which keeps the ciphertext in the file, and the manual's
 * irreversible recipe, which then removes (0400,0500), (0012,0062) and (0012,0063) with {@code --dumb}. In the
 * first, the ciphertext must not be reported as residual PHI, however its random bytes read. The
 * certificate is a throw-away one made with the JDK's keytool; nothing of it reaches a fixture.
 */
class GdcmanonIT {

    /** PS3.15-2008 Table E.1-1, as gdcmanon applies it. */
    static final List<Tag> TABLE_2008 = List.of(
            Tag.of(0x0008, 0x0014), Tag.of(0x0008, 0x0018), Tag.of(0x0008, 0x0050), Tag.of(0x0008, 0x0080),
            Tag.of(0x0008, 0x0081), Tag.of(0x0008, 0x0090), Tag.of(0x0008, 0x0092), Tag.of(0x0008, 0x0094),
            Tag.of(0x0008, 0x1010), Tag.of(0x0008, 0x1030), Tag.of(0x0008, 0x103E), Tag.of(0x0008, 0x1040),
            Tag.of(0x0008, 0x1048), Tag.of(0x0008, 0x1050), Tag.of(0x0008, 0x1060), Tag.of(0x0008, 0x1070),
            Tag.of(0x0008, 0x1080), Tag.of(0x0008, 0x1155), Tag.of(0x0008, 0x2111), Tag.of(0x0010, 0x0010),
            Tag.of(0x0010, 0x0020), Tag.of(0x0010, 0x0030), Tag.of(0x0010, 0x0032), Tag.of(0x0010, 0x0040),
            Tag.of(0x0010, 0x1000), Tag.of(0x0010, 0x1001), Tag.of(0x0010, 0x1010), Tag.of(0x0010, 0x1020),
            Tag.of(0x0010, 0x1030), Tag.of(0x0010, 0x1090), Tag.of(0x0010, 0x2160), Tag.of(0x0010, 0x2180),
            Tag.of(0x0010, 0x21B0), Tag.of(0x0010, 0x4000), Tag.of(0x0018, 0x1000), Tag.of(0x0018, 0x1030),
            Tag.of(0x0020, 0x000D), Tag.of(0x0020, 0x000E), Tag.of(0x0020, 0x0010), Tag.of(0x0020, 0x0052),
            Tag.of(0x0020, 0x0200), Tag.of(0x0020, 0x4000), Tag.of(0x0040, 0x0275), Tag.of(0x0040, 0xA124),
            Tag.of(0x0040, 0xA730), Tag.of(0x0088, 0x0140), Tag.of(0x3006, 0x0024), Tag.of(0x3006, 0x00C2));

    private static final Tag ENCRYPTED_ATTRIBUTES_SEQUENCE = Tag.of(0x0400, 0x0500);
    private static final Tag PATIENT_IDENTITY_REMOVED = Tag.of(0x0012, 0x0062);

    /** Basic, as gdcmanon claims, with Clean Pixel Data: the question is whether burned-in text is left. */
    private static final Profile PROFILE = Profile.parse("BASIC,PIX");

    @TempDir
    static Path work;

    private static final Map<Modality, StudyFixture> STUDIES = new EnumMap<>(Modality.class);
    private static Path certificate;

    static Stream<Modality> modalities() {
        return Expected.modalities();
    }

    @ParameterizedTest
    @MethodSource("modalities")
    void reversibleModeLeavesWhatThe2008TableDoesNotList(Modality modality)
            throws IOException {
        Path gdcmanon = ExternalTools.require("gdcmanon", "libgdcm-tools");
        StudyFixture study = study(modality);
        Path out = work.resolve(modality + "-reversible");
        deidentify(gdcmanon, study, out);

        for (String file : Expected.filesBySop(study).values()) {
            assertThat(new DicomReader().read(out.resolve(file)).dataset().contains(ENCRYPTED_ATTRIBUTES_SEQUENCE))
                    .as("gdcmanon keeps the originals, encrypted, in %s of %s", ENCRYPTED_ATTRIBUTES_SEQUENCE, file)
                    .isTrue();
        }
        judge(study, out);
    }

    @ParameterizedTest
    @MethodSource("modalities")
    void irreversibleRecipeLeavesTheSame(Modality modality) throws IOException {
        Path gdcmanon = ExternalTools.require("gdcmanon", "libgdcm-tools");
        StudyFixture study = study(modality);
        Path reversible = work.resolve(modality + "-first-step");
        deidentify(gdcmanon, study, reversible);
        Path out = work.resolve(modality + "-irreversible");
        ExternalTools.runOk(work, List.of(gdcmanon.toString(), "--dumb", "--remove", "400,500", "--remove", "12,62",
                "--remove", "12,63", "-r", "-i", reversible.toString(), "-o", out.toString()));

        for (String file : Expected.filesBySop(study).values()) {
            var ds = new DicomReader().read(out.resolve(file)).dataset();
            assertThat(ds.contains(ENCRYPTED_ATTRIBUTES_SEQUENCE) || ds.contains(PATIENT_IDENTITY_REMOVED))
                    .as("the recipe's --dumb step removes the ciphertext and the de-identification flags of %s",
                            file)
                    .isFalse();
        }
        judge(study, out);
    }

    /** Runs the PS3.15 mode over the fixture folder (its CSV and marker files are skipped with --continue). */
    private static void deidentify(Path gdcmanon, StudyFixture study, Path out) {
        ExternalTools.runOk(work, List.of(gdcmanon.toString(), "--continue", "-r", "-c", certificate().toString(),
                "-i", study.directory().toString(), "-o", out.toString()));
    }

    private static void judge(StudyFixture study, Path out) throws IOException {
        DeidOutput output = Expected.assertFindingsExactly(study, out, PROFILE,
                path -> Expected.passesThrough(path, TABLE_2008));
        SynthAssertions.assertThat(output).isMissingNoInstances().keepsRequiredAttributes().retainsClinicalContent();
    }

    private static synchronized StudyFixture study(Modality modality) throws IOException {
        StudyFixture s = STUDIES.get(modality);
        if (s == null) {
            s = Expected.generate(modality, work.resolve("fixture-" + modality));
            STUDIES.put(modality, s);
        }
        return s;
    }

    /** A throw-away self-signed certificate in PEM, made once with keytool (gdcmanon needs no private key). */
    private static synchronized Path certificate() {
        if (certificate == null) {
            Path keytool = keytool();
            Path store = work.resolve("throw-away.p12");
            Path pem = work.resolve("throw-away-certificate.pem");
            ExternalTools.runOk(work, List.of(keytool.toString(), "-genkeypair", "-alias", "synth", "-keyalg", "RSA",
                    "-keysize", "2048", "-dname", "CN=synth throw-away", "-validity", "2", "-keystore",
                    store.toString(), "-storetype", "PKCS12", "-storepass", "throw-away", "-noprompt"));
            ExternalTools.runOk(work, List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", "synth", "-keystore",
                    store.toString(), "-storepass", "throw-away", "-file", pem.toString()));
            certificate = pem;
        }
        return certificate;
    }

    /** The JDK's keytool, which makes the throw-away certificate gdcmanon encrypts the original attributes for. */
    private static Path keytool() {
        Path p = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assertThat(p).as("the JDK running the tests has keytool").isExecutable();
        return p;
    }
}
