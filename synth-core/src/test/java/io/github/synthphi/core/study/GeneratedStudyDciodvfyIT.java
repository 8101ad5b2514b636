package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.interop.Dciodvfy;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.study.GeneratedStudies.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dciodvfy (dicom3tools) finds no error in any file the generator writes: every modality in Explicit VR
 * Little Endian, Implicit VR Little Endian and RLE Lossless with en-US identities, and every modality again
 * with de-DE, ja-JP in ISO 2022 IR 87 and ja-JP in ISO_IR 192 (each in one of the three transfer syntaxes, in
 * turn), all burn variants on. Deflated files are left out: dicom3tools cannot inflate them (the dcmdump test
 * reads one).
 *
 * <p>Its warnings must be ones we expect, each for a reason: the Patient Demographic attributes planted on
 * purpose although image IODs do not list them, the Standard Extended SOP Class that follows from them, the
 * local coding scheme {@code 99SYNTH} of the person identification codes, and (explicit VR only) the private
 * elements it has no dictionary for. Every warning seen is printed and published per case.
 */
class GeneratedStudyDciodvfyIT {

    /** The Patient Demographic attributes planted although the image IODs do not include that module. */
    private static final Pattern DEMOGRAPHIC = Pattern.compile("^Warning - Attribute is not present in standard "
            + "DICOM IOD - \\(0x0010,0x(1005|1040|1060|1080|1081|2154|2155|2160)\\) (PN|LO|SH|LT) [A-Za-z' ]+$");
    private static final Pattern EXTENDED = Pattern.compile("^Warning - Dicom dataset contains attributes not "
            + "present in standard DICOM IOD - this is a Standard Extended SOP Class$");
    private static final Pattern LOCAL_SCHEME = Pattern.compile("^Warning - Unrecognized defined term <99SYNTH> "
            + "for value 1 of attribute <Coding Scheme Designator>$");
    /** dciodvfy has no dictionary for synth's private blocks (group 0013); in implicit VR it says nothing. */
    private static final Pattern PRIVATE = Pattern.compile("^\\(0x0013,0x1[01][0-9a-f]{2}\\)\\s+\\?\\s+- Warning - "
            + "Unrecognized tag - assuming explicit value representation OK$");
    private static final List<Pattern> EXPECTED = List.of(DEMOGRAPHIC, EXTENDED, LOCAL_SCHEME, PRIVATE);

    private static final List<TransferSyntax> SYNTAXES = List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.RLE_LOSSLESS);

    /** The distinct warnings of each case, for the summary printed at the end. */
    private static final Map<String, SortedSet<String>> WARNINGS = new TreeMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Modality m : Modality.values()) {
            for (TransferSyntax ts : SYNTAXES) {
                out.add(Arguments.of(GeneratedStudies.describe(m, Text.EN_US, ts), m, Text.EN_US, ts));
            }
            for (Text text : List.of(Text.DE_DE, Text.JA_JP_IR87, Text.JA_JP_UTF8)) {
                TransferSyntax ts = SYNTAXES.get((m.ordinal() + text.ordinal()) % SYNTAXES.size());
                out.add(Arguments.of(GeneratedStudies.describe(m, text, ts), m, text, ts));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dciodvfyFindsNoErrorAndOnlyTheExpectedWarnings(String name, Modality modality, Text text, TransferSyntax ts,
                                                       @TempDir Path dir, TestReporter reporter) throws Exception {
        ExternalTools.require("dciodvfy", "dicom3tools");
        StudyFixture fixture = GeneratedStudies.generate(GeneratedStudies.spec(modality, text, ts),
                dir.resolve("study"));
        SortedSet<String> seen = new TreeSet<>();
        List<String> unexpected = new ArrayList<>();
        for (Path file : fixture.files()) {
            String what = name + ", " + fixture.directory().relativize(file);
            Dciodvfy.Report r = Dciodvfy.run(dir, file);
            r.assertNoErrors(what, Dciodvfy.iodName(modality.sopClassUid()));
            for (String warning : r.warnings()) {
                String w = warning.strip();
                seen.add(PRIVATE.matcher(w).matches() ? "(0x0013,0x1xxx) ? - Warning - Unrecognized tag - assuming "
                        + "explicit value representation OK" : w);
                if (EXPECTED.stream().noneMatch(p -> p.matcher(w).matches())) {
                    unexpected.add(what + ": " + w);
                }
            }
        }
        synchronized (WARNINGS) {
            WARNINGS.put(name, seen);
        }
        reporter.publishEntry("dciodvfy warnings", seen.isEmpty() ? "none" : String.join("\n", seen));
        assertThat(unexpected).as("dciodvfy warnings nobody expected in %s", name).isEmpty();
    }

    @AfterAll
    static void printWarnings() {
        // cases with the same warnings together
        Map<String, List<String>> byWarnings = new TreeMap<>();
        synchronized (WARNINGS) {
            WARNINGS.forEach((name, warnings) -> byWarnings.computeIfAbsent(warnings.isEmpty() ? "    none\n"
                    : "    " + String.join("\n    ", warnings) + "\n", k -> new ArrayList<>()).add(name));
        }
        StringBuilder sb = new StringBuilder("dciodvfy warnings of generated studies:\n");
        byWarnings.forEach((warnings, names) -> sb.append(names.size()).append(" cases ").append(names).append(":\n")
                .append(warnings));
        System.out.println(sb);
    }
}
