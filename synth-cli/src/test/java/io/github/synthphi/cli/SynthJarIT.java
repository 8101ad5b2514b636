package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.dicom.interop.ToolResult;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.evaluate.ReferenceDeidentifiers;
import io.github.synthphi.core.evaluate.Reports;
import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar run as a process, as a shell user or a Python pipeline would run it. */
class SynthJarIT {

    @TempDir
    static Path shared;
    static StudyFixture ct;

    @TempDir
    Path dir;

    /** The shaded jar Maven builds in package; the failsafe configuration names it. */
    static Path jar() {
        String path = System.getProperty("synth.cli.jar");
        assertThat(path).as("system property synth.cli.jar (set by the failsafe configuration)").isNotNull();
        Path jar = Path.of(path);
        assertThat(jar).as("the executable jar; run mvn verify, which packages it first").isRegularFile();
        return jar;
    }

    static ToolResult synth(Path workDir, String... args) {
        return synthIn(List.of(), workDir, args);
    }

    /** Runs the jar in a JVM started with {@code jvmOptions}. */
    static ToolResult synthIn(List<String> jvmOptions, Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        return ExternalTools.run(workDir, command);
    }

    @BeforeAll
    static void generate() {
        ToolResult r = synth(shared, "generate", "--out", "ct", "--modality", "CT", "--count", "2", "--instances", "2",
                "--seed", "3");
        assertThat(r.exitCode()).as(r.describe()).isZero();
        assertThat(r.stdout()).contains("instances              4 written, 0 quarantined");
        assertThat(r.stderr()).contains("generated 4/4 instances");
        try {
            ct = FixtureFolder.open(shared.resolve("ct"));
        } catch (IOException e) {
            throw new AssertionError("the generated folder does not open", e);
        }
    }

    @Test
    void generateGivesTheSameBytesUnderATurkishLocaleAnotherZoneAndCharsetAndOneThread() throws Exception {
        String[] args = {"-q", "--modality", "us-cine", "--frames", "2", "--locale", "ja-JP", "--seed", "9"};
        ToolResult plain = synth(dir, GenerateCommandTest.concat(args, "generate", "--out", "a"));
        assertThat(plain.exitCode()).as(plain.describe()).isZero();
        ToolResult turkish = synthIn(List.of("-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1"), dir,
                GenerateCommandTest.concat(args, "generate", "--out", "b", "--threads", "1"));
        assertThat(turkish.exitCode()).as(turkish.describe()).isZero();
        assertThat(GenerateCommandTest.digests(dir.resolve("b"))).isEqualTo(GenerateCommandTest.digests(dir.resolve("a")))
                .hasSizeGreaterThan(5);
    }

    @Test
    void versionAndUsageErrors() {
        ToolResult version = synth(dir, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout()).startsWith("synth 0.");
        ToolResult bad = synth(dir, "generate", "--out", "x", "--modality", "CT", "--frames", "many");
        assertThat(bad.exitCode()).as(bad.describe()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(bad.stderr()).contains("--frames").contains("many");
        ToolResult none = synth(dir, "frobnicate");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(none.stderr()).contains("frobnicate");
    }

    @Test
    void evaluatePassesACorrectDeidentifierAndFailsALeakyOne() throws Exception {
        ReferenceDeidentifiers.deidentify(ct, Profile.DEFAULT, dir.resolve("good"));
        ToolResult good = synth(dir, "evaluate", "--fixtures", ct.directory().toString(), "--output", "good",
                "--report", "good-report");
        assertThat(good.exitCode()).as(good.describe()).isEqualTo(ExitCodes.PASSED);
        assertThat(good.stdout()).contains("no findings");
        assertThat(dir.resolve("good-report").resolve(Reports.HTML)).isNotEmptyFile();

        ReferenceDeidentifiers.deidentify(ct, Profile.DEFAULT, dir.resolve("leaky"), "PRIVATE_NAME_LEFT");
        ToolResult leaky = synth(dir, "evaluate", "--fixtures", ct.directory().toString(), "--output", "leaky",
                "--report", "leaky-report", "--json");
        assertThat(leaky.exitCode()).as(leaky.describe()).isEqualTo(ExitCodes.FINDINGS);
        List<Map<String, String>> findings = findings(leaky.stdout());
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.get("location")).contains("\"SYNTH PHI 1.0\""));
    }

    @Test
    void anOutputThatCannotBeReadIsAnInputErrorNotAPass() throws Exception {
        Files.writeString(dir.resolve("out"), "a file where a folder should be");
        ToolResult r = synth(dir, "evaluate", "--fixtures", ct.directory().toString(), "--output", "out");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.stderr()).contains("out is not a folder");
        assertThat(r.stdout()).doesNotContain("score");
    }

    @Test
    void aPythonDeidentifierIsRunAndWhatItLeftIsNamed() throws Exception {
        Path python = ExternalTools.requirePydicomPython();
        Path script = copy("deid_top_level_names.py");
        ToolResult r = synth(dir, "run", "--fixtures", ct.directory().toString(), "--output", "out", "--report",
                "report", "--json", "--", python.toString(), script.toString(), "{in}", "{out}");
        assertThat(r.exitCode()).as(r.describe()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.stderr()).contains("de-identified 4 files");
        List<Map<String, String>> findings = findings(r.stdout());
        // what the script removed is not reported at its place
        assertThat(findings).noneMatch(f -> f.get("location").equals("<(0010,0010)>")
                || f.get("location").equals("<(0008,0090)>") || f.get("location").equals("<(0010,0030)>"));
        // what it left is: names deeper in sequences, the private block, every burned line
        assertThat(findings).anyMatch(f -> f.get("location").contains("[<0000>]") && f.get("kind").equals("CHECK_FAILED"));
        assertThat(findings).anyMatch(f -> f.get("location").contains("\"SYNTH PHI 1.0\""));
        assertThat(findings.stream().filter(f -> f.get("action").equals("pixels_hidden")).count())
                .isEqualTo(ct.answerKey().byAction(Action.PIXELS_HIDDEN).size());
        assertThat(findings).noneMatch(f -> f.get("kind").equals("MISSING_INSTANCE"));
        assertThat(dir.resolve("report").resolve(Reports.HTML)).content().contains("pixels_hidden");
    }

    @Test
    void dumpHashesTheSamePixelsAsPydicom() throws Exception {
        Path python = ExternalTools.requirePydicomPython();
        ToolResult gen = synth(dir, "generate", "--out", "us", "--modality", "US_CINE", "--frames", "4", "--seed", "11",
                "-q");
        assertThat(gen.exitCode()).as(gen.describe()).isZero();
        List<Path> files = new ArrayList<>(FixtureFolder.open(dir.resolve("us")).files());
        files.addAll(ct.files());
        ToolResult mr = synth(dir, "generate", "--out", "mr", "--modality", "MR", "--instances", "1", "--seed", "12",
                "--transfer-syntax", "RLE_LOSSLESS", "-q");
        assertThat(mr.exitCode()).as(mr.describe()).isZero();
        files.addAll(FixtureFolder.open(dir.resolve("mr")).files());
        String code = "import sys, hashlib, numpy, pydicom\n"
                + "for f in sys.argv[1:]:\n"
                + "    ds = pydicom.dcmread(f)\n"
                + "    kind = ('<i' if ds.PixelRepresentation else '<u') + str(max(1, ds.BitsAllocated // 8))\n"
                + "    a = numpy.ascontiguousarray(ds.pixel_array).astype(kind)\n"
                + "    print(hashlib.sha256(a.tobytes()).hexdigest())\n";
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", code));
        files.forEach(f -> command.add(f.toString()));
        List<String> expected = ExternalTools.runOk(dir, command).stdout().lines().toList();
        assertThat(expected).hasSize(files.size());
        List<String> args = new ArrayList<>(List.of("dump"));
        files.forEach(f -> args.add(f.toString()));
        ToolResult dump = synth(dir, args.toArray(String[]::new));
        assertThat(dump.exitCode()).as(dump.describe()).isZero();
        List<String> hashes = dump.stdout().lines().filter(l -> l.contains("sha256 of decoded frames: "))
                .map(l -> l.substring(l.indexOf(": ") + 2)).toList();
        assertThat(hashes).as("one hash per file, in order").containsExactlyElementsOf(expected);
    }

    @Test
    void dumpOfAnUnreadableFileExitsWithTwoAndNamesTheByte() throws Exception {
        byte[] bytes = Files.readAllBytes(ct.files().get(0));
        Files.write(dir.resolve("cut.dcm"), java.util.Arrays.copyOf(bytes, 1000));
        ToolResult r = synth(dir, "dump", "cut.dcm");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(r.stderr()).contains("cut.dcm").contains("at byte");
    }

    private Path copy(String resource) throws IOException {
        Path target = dir.resolve(resource);
        try (InputStream in = SynthJarIT.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource " + resource).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }

    /** The {@code findings} array of a JSON verdict, each finding's string fields by name. */
    static List<Map<String, String>> findings(String json) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("findings")
                        && p.getParsingContext().getParent().inRoot()) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> f = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            f.put(name, p.getText());
                        }
                        out.add(f);
                    }
                    return out;
                }
            }
        }
        throw new AssertionError("no findings array in " + json);
    }
}
