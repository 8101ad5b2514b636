package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same spec and seed give byte-identical files (every DICOM file, every CSV file and the marker) in a
 * second run, on two threads, in a JVM whose default locale, time zone and charset are Turkish, Kiribati and
 * Latin-1, and on the Temurin 25 JDK; different seeds give different people and UIDs.
 *
 * <p>The cases are small but cover every modality, every locale, both character sets of a locale, every
 * transfer syntax the writer writes, every burn variant, a longitudinal patient, two patients, a spec without
 * burned text with some locations only, and a quarantined spec.
 */
class GeneratorDeterminismIT {

    /** The environment variable that turns a missing Temurin 25 from a skip into a failure. */
    static final String REQUIRE_VARIABLE = "SYNTH_REQUIRE_INTEROP";

    private static final List<String> HOSTILE_DEFAULTS = List.of("-Duser.language=tr", "-Duser.country=TR",
            "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1");
    private static final long FORK_TIMEOUT_MINUTES = 10;

    private static final Map<String, StudySpec> CASES = cases();

    @TempDir
    static Path root;

    private static Map<String, FolderDigests> reference;

    static Map<String, StudySpec> cases() {
        Map<String, StudySpec> c = new LinkedHashMap<>();
        c.put("us-cine-rle-all-variants", StudySpec.builder(Modality.US_CINE).frames(3).size(320, 240)
                .transferSyntax(TransferSyntax.RLE_LOSSLESS).burnVariants(EnumSet.allOf(BurnVariant.class)).seed(42L)
                .build());
        c.put("us-ja-deflated", StudySpec.builder(Modality.US).size(320, 240).locale(IdentityLocale.JA_JP)
                .transferSyntax(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN).seed(7L).build());
        c.put("ct-longitudinal-implicit", StudySpec.builder(Modality.CT).size(320, 320).studiesPerPatient(2)
                .instancesPerSeries(2).transferSyntax(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN).seed(-1L).build());
        c.put("mr-ja-utf8", StudySpec.builder(Modality.MR).size(320, 320).locale(IdentityLocale.JA_JP)
                .specificCharacterSet(List.of("ISO_IR 192")).build());
        c.put("cr-rle-16-bit", StudySpec.builder(Modality.CR).size(384, 512)
                .transferSyntax(TransferSyntax.RLE_LOSSLESS).seed(Long.MAX_VALUE).build());
        c.put("dx-de-utf8-deflated-small-faint", StudySpec.builder(Modality.DX).size(384, 512)
                .locale(IdentityLocale.DE_DE).specificCharacterSet(List.of("ISO_IR 192"))
                .transferSyntax(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN)
                .burnVariants(EnumSet.of(BurnVariant.LOW_CONTRAST, BurnVariant.SMALL_TEXT)).seed(3L).build());
        c.put("mg-14-bit", StudySpec.builder(Modality.MG).size(768, 576).seed(11L).build());
        c.put("sc-de-inside-image", StudySpec.builder(Modality.SC).size(384, 384).locale(IdentityLocale.DE_DE)
                .burnVariants(EnumSet.of(BurnVariant.INSIDE_IMAGE)).seed(5L).build());
        c.put("sc-quarantined", StudySpec.builder(Modality.SC).size(64, 64).seed(5L).build());
        c.put("ct-two-patients-no-burn", StudySpec.builder(Modality.CT).size(256, 256).patients(2).burnIn(false)
                .locations(EnumSet.of(PlantingLocation.STANDARD_ATTRIBUTES, PlantingLocation.UIDS,
                        PlantingLocation.DATES, PlantingLocation.PRIVATE_BLOCKS))
                .seed(Long.MIN_VALUE).build());
        return c;
    }

    @BeforeAll
    static void generateTheReference() throws IOException {
        reference = generateInProcess(root.resolve("reference"), 1);
        reference.forEach((name, digests) -> assertThat(digests.digests()).as("files of case %s", name)
                .containsKeys(FixtureFolder.MARKER, "answer-key.csv", "phi_overlays.csv", "run_manifest.csv",
                        "patient-mapping.csv"));
    }

    @Test
    void aSecondRunGivesTheSameBytes() throws IOException {
        assertSameBytes(generateInProcess(root.resolve("second-run"), 1), "a second run in the same JVM");
    }

    @Test
    void twoThreadsGiveTheSameBytes() throws IOException {
        assertSameBytes(generateInProcess(root.resolve("two-threads"), 2), "a run with two generator threads");
    }

    @Test
    void aJvmWithTurkishLocaleKiribatiTimeAndLatin1CharsetGivesTheSameBytes() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertSameBytes(generateInFork(java, root.resolve("forked")), "a forked JVM (" + java + ") with "
                + String.join(" ", HOSTILE_DEFAULTS));
    }

    @Test
    void temurin25GivesTheSameBytes() throws Exception {
        Optional<Path> java = temurin25();
        if (java.isEmpty()) {
            unavailable("no JDK whose folder name contains temurin-25 under /usr/lib/jvm");
        }
        assertSameBytes(generateInFork(java.get(), root.resolve("temurin-25")), "Temurin 25 (" + java.get()
                + ") in a forked JVM with " + String.join(" ", HOSTILE_DEFAULTS));
    }

    @Test
    void differentSeedsGiveDifferentNamesMrnsAndUids() throws IOException {
        StudySpec spec = CASES.get("ct-longitudinal-implicit").toBuilder().patients(2).build();
        AnswerKey a = new StudyGenerator().generate(spec.toBuilder().seed(1L).build(), root.resolve("seed-1"))
                .answerKey();
        AnswerKey b = new StudyGenerator().generate(spec.toBuilder().seed(2L).build(), root.resolve("seed-2"))
                .answerKey();

        Set<String> namesA = values(a, "PatientName", Action.TEXT_REMOVED);
        Set<String> namesB = values(b, "PatientName", Action.TEXT_REMOVED);
        assertThat(namesA).as("patient names under seed 1").hasSize(2);
        assertThat(namesB).as("patient names under seed 2 (seed 1 gave %s)", namesA).hasSize(2)
                .doesNotContainAnyElementsOf(namesA);
        Set<String> mrnsA = values(a, "PatientID", Action.TEXT_REMOVED);
        Set<String> mrnsB = values(b, "PatientID", Action.TEXT_REMOVED);
        assertThat(mrnsA).as("MRNs under seed 1").hasSize(2);
        assertThat(mrnsB).as("MRNs under seed 2 (seed 1 gave %s)", mrnsA).hasSize(2)
                .doesNotContainAnyElementsOf(mrnsA);

        List<AnswerKeyEntry> uidsA = a.byAction(Action.UID_CHANGED);
        List<AnswerKeyEntry> uidsB = b.byAction(Action.UID_CHANGED);
        assertThat(uidsB).as("UID entries under seed 2 and seed 1").hasSameSizeAs(uidsA);
        Set<String> valuesA = new TreeSet<>();
        uidsA.forEach(e -> valuesA.add(e.value()));
        for (AnswerKeyEntry e : uidsB) {
            assertThat(valuesA).as("UID %s at %s under seed 2 also occurs under seed 1", e.value(),
                    e.tagPath().orElseThrow()).doesNotContain(e.value());
        }
    }

    private static Set<String> values(AnswerKey key, String keyword, Action action) {
        Set<String> out = new TreeSet<>();
        for (AnswerKeyEntry e : key.byAction(action)) {
            if (e.keyword().equals(keyword) && e.tagPath().orElseThrow().depth() == 0) {
                out.add(e.value());
            }
        }
        return out;
    }

    private static Map<String, FolderDigests> generateInProcess(Path folder, int threads) throws IOException {
        StudyGenerator generator = new StudyGenerator(threads);
        for (Map.Entry<String, StudySpec> c : CASES.entrySet()) {
            StudyFixture fixture = generator.generate(c.getValue(), folder.resolve(c.getKey()));
            // every case but one must really write files, or its sameness would prove little
            ManifestEntry.Status expected = c.getKey().equals("sc-quarantined") ? ManifestEntry.Status.QUARANTINED
                    : ManifestEntry.Status.PROCESSED;
            assertThat(fixture.manifest()).as("manifest of case %s", c.getKey()).isNotEmpty()
                    .allMatch(m -> m.status() == expected, "status " + expected);
        }
        return digests(folder);
    }

    private static Map<String, FolderDigests> digests(Path folder) throws IOException {
        Map<String, FolderDigests> out = new LinkedHashMap<>();
        for (String name : CASES.keySet()) {
            out.put(name, FolderDigests.of(folder.resolve(name)));
        }
        return out;
    }

    private static void assertSameBytes(Map<String, FolderDigests> run, String description) {
        for (String name : CASES.keySet()) {
            Optional<String> difference = reference.get(name).firstDifference(run.get(name),
                    "the reference run (1 thread, this JVM)", description);
            if (difference.isPresent()) {
                fail("case " + name + " (" + CASES.get(name).canonicalForm() + ") is not byte-identical: "
                        + difference.get());
            }
        }
    }

    /** Generates every case with {@link GenerateMain} in a new JVM run by {@code java}, with hostile defaults. */
    private static Map<String, FolderDigests> generateInFork(Path java, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m"));
        command.addAll(HOSTILE_DEFAULTS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GenerateMain.class.getName()));
        for (Map.Entry<String, StudySpec> c : CASES.entrySet()) {
            command.add(folder.resolve(c.getKey()).toString());
            command.add(c.getValue().canonicalForm());
        }
        Path out = folder.resolveSibling(folder.getFileName() + ".out.txt");
        Path err = folder.resolveSibling(folder.getFileName() + ".err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // options from the environment would override the ones under test
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"));
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(FORK_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            fail(java + " did not finish generating within " + FORK_TIMEOUT_MINUTES + " minutes; its output:\n"
                    + output(out, err));
        }
        if (process.exitValue() != 0) {
            fail(java + " " + GenerateMain.class.getSimpleName() + " exited with " + process.exitValue()
                    + "; its output:\n" + output(out, err));
        }
        String environment;
        try (Stream<String> lines = Files.lines(out, StandardCharsets.ISO_8859_1)) {
            environment = lines.filter(l -> l.startsWith(GenerateMain.ENVIRONMENT)).findFirst()
                    .orElseThrow(() -> new AssertionError("the forked JVM did not describe itself; its output:\n"
                            + output(out, err)));
        }
        // the run proves something only if the defaults really were the hostile ones
        assertThat(environment).as("the forked JVM's defaults").contains("charset=ISO-8859-1", "locale=tr-TR",
                "zone=Pacific/Kiritimati");
        System.out.println(GeneratorDeterminismIT.class.getSimpleName() + ": " + java + ": " + environment);
        return digests(folder);
    }

    private static String output(Path out, Path err) {
        try {
            return "--- stdout\n" + Files.readString(out, StandardCharsets.ISO_8859_1) + "--- stderr\n"
                    + Files.readString(err, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(the output cannot be read: " + e + ")";
        }
    }

    /** The java launcher of the first JDK under /usr/lib/jvm whose folder name contains temurin-25. */
    static Optional<Path> temurin25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().contains("temurin-25")).sorted()
                    .map(d -> d.resolve("bin").resolve("java")).filter(Files::isExecutable).findFirst();
        }
    }

    /** Skips the test with {@code reason}, or fails it when {@value #REQUIRE_VARIABLE} is true. */
    private static void unavailable(String reason) {
        String require = System.getenv(REQUIRE_VARIABLE);
        if (require != null && require.strip().equalsIgnoreCase("true")) {
            fail(reason + " — " + REQUIRE_VARIABLE + "=true, so the Temurin 25 run must happen, not skip");
        }
        Assumptions.abort(reason + " — the Temurin 25 determinism run is skipped (set " + REQUIRE_VARIABLE
                + "=true to make this a failure)");
    }
}
