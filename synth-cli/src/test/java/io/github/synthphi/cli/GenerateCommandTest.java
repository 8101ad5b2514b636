package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudySpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyFlagReachesTheSpec() throws Exception {
        Path out = dir.resolve("us");
        Cli r = Cli.run("generate", "--out", out.toString(), "--modality", "us-cine", "--count", "2",
                "--studies-per-patient", "2", "--series", "1", "--instances", "1", "--frames", "3", "--rows", "480",
                "--columns", "640", "--transfer-syntax", "rle-lossless", "--locale", "de-DE", "--charset", "ISO_IR 192",
                "--burn-variants", "low_contrast,SOME-FRAMES", "--locations",
                "standard-attributes,dates,burned-in,uids", "--seed", "99", "--threads", "2", "--json", "-q");
        assertThat(r.code()).as(r.toString()).isZero();
        StudySpec expected = StudySpec.builder(Modality.US_CINE).patients(2).studiesPerPatient(2).seriesPerStudy(1)
                .instancesPerSeries(1).frames(3).size(640, 480).transferSyntax(TransferSyntax.RLE_LOSSLESS)
                .locale(IdentityLocale.DE_DE).specificCharacterSet(List.of("ISO_IR 192"))
                .burnVariants(EnumSet.of(BurnVariant.LOW_CONTRAST, BurnVariant.SOME_FRAMES))
                .locations(EnumSet.of(PlantingLocation.STANDARD_ATTRIBUTES, PlantingLocation.DATES,
                        PlantingLocation.BURNED_IN, PlantingLocation.UIDS))
                .seed(99).build();
        Map<String, String> json = topLevel(r.out());
        assertThat(json.get("spec")).isEqualTo(expected.canonicalForm());
        StudyFixture fixture = FixtureFolder.open(out);
        assertThat(fixture.spec()).isEqualTo(expected);
        assertThat(json.get("instances")).isEqualTo(Integer.toString(fixture.files().size())).isEqualTo("4");
        assertThat(json.get("answerKeyEntries")).isEqualTo(Integer.toString(fixture.answerKey().size()));
        long bytes = 0;
        for (Path f : fixture.files()) {
            bytes += Files.size(f);
        }
        assertThat(json.get("bytes")).isEqualTo(Long.toString(bytes));
        assertThat(r.err()).as("--quiet").isEmpty();
    }

    @Test
    void bitsAndPhotometricAndBurnInReachTheSpec() throws Exception {
        Path out = dir.resolve("mr");
        Cli r = Cli.run("generate", "--out", out.toString(), "--modality", "MR", "--instances", "2", "--rows", "64",
                "--columns", "64", "--bits-stored", "10", "--no-burn-in", "--transfer-syntax", "1.2.840.10008.1.2",
                "-q");
        assertThat(r.code()).as(r.toString()).isZero();
        StudySpec spec = FixtureFolder.open(out).spec();
        assertThat(spec).isEqualTo(StudySpec.builder(Modality.MR).instancesPerSeries(2).size(64, 64).bits(16, 10)
                .burnIn(false).transferSyntax(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN).build());
        assertThat(r.out()).contains("instances              2 written, 0 quarantined");
    }

    @Test
    void progressGoesToStandardErrorAndTheSummaryToStandardOutput() {
        Cli r = Cli.run("generate", "--out", dir.resolve("ct").toString(), "--modality", "CT", "--instances", "3",
                "--seed", "3");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("generated 3/3 instances").contains("done in");
        assertThat(r.out()).contains("generated " + dir.resolve("ct").toAbsolutePath())
                .contains("instances              3 written").contains("text_removed");
    }

    @Test
    void theFilesDoNotDependOnTheThreads() throws Exception {
        String[] common = {"--modality", "CT", "--count", "2", "--instances", "2", "--seed", "5",
                "-q"};
        assertThat(Cli.run(concat(common, "generate", "--out", dir.resolve("one").toString(), "--threads", "1"))
                .code()).isZero();
        assertThat(Cli.run(concat(common, "generate", "--out", dir.resolve("two").toString(), "--threads", "2"))
                .code()).isZero();
        assertThat(digests(dir.resolve("one"))).isEqualTo(digests(dir.resolve("two"))).isNotEmpty();
    }

    @Test
    void theMidiKeyIsWrittenUnlessTurnedOff() throws Exception {
        String[] common = {"--modality", "MR", "--instances", "1", "-q"};
        assertThat(Cli.run(concat(common, "generate", "--out", dir.resolve("with").toString())).code()).isZero();
        assertThat(Cli.run(concat(common, "generate", "--out", dir.resolve("without").toString(), "--no-midi-key"))
                .code()).isZero();
        assertThat(dir.resolve("with").resolve("answer-key.db")).isNotEmptyFile();
        assertThat(dir.resolve("without").resolve("answer-key.db")).doesNotExist();
        assertThat(FixtureFolder.open(dir.resolve("without")).answerKey())
                .isEqualTo(FixtureFolder.open(dir.resolve("with")).answerKey());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        Cli r = Cli.run("generate", "--out", out.toString(), "--modality", "CT", "--rows", "256", "--columns", "256");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains(out.toAbsolutePath().toString()).contains("not an empty folder");
        assertThat(out.resolve("mine.txt")).hasContent("keep me");
    }

    @Test
    void aStudyWhoseEveryInstanceIsQuarantinedFailsWithTheReason() {
        Cli r = Cli.run("generate", "--out", dir.resolve("small").toString(), "--modality", "CT", "--rows", "64",
                "--columns", "64", "-q");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.err()).contains("no instance was written").contains("burn_region_exceeds_image")
                .contains("--no-burn-in");
    }

    static String[] concat(String[] tail, String... head) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** The scalar fields of a JSON object's top level, as text. */
    static Map<String, String> topLevel(String json) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else {
                    out.put(name, p.getText());
                }
            }
        }
        return out;
    }

    static Map<String, String> digests(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(f)) {
                sha.update(in.readAllBytes());
            }
            out.put(folder.relativize(f).toString(), HexFormat.of().formatHex(sha.digest()));
        }
        return out;
    }
}
