package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs dciodvfy (dicom3tools) on a file and judges its printout: the IOD it checked against, its errors and its
 * warnings. Shared by the interoperability tests and the IOD template tests, so both judge alike.
 *
 * <pre>{@code
 * Dciodvfy.Report r = Dciodvfy.run(dir, file);
 * r.assertNoErrors("CT template", "CTImage");
 * }</pre>
 */
public final class Dciodvfy {

    /** The name dciodvfy prints for the IOD it checks an instance of each storage SOP class synth writes. */
    private static final Map<String, String> IODS = Map.ofEntries(
            Map.entry("1.2.840.10008.5.1.4.1.1.3.1", "USMultiFrameImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.6.1", "USImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.2", "CTImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.4", "MRImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.1", "CRImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.1.1", "DXImageForPresentation"),
            Map.entry("1.2.840.10008.5.1.4.1.1.1.2", "MammographyImageForPresentation"),
            Map.entry("1.2.840.10008.5.1.4.1.1.7", "SCImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.7.2", "MultiframeGrayscaleByteSCImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.7.3", "MultiframeGrayscaleWordSCImage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.7.4", "MultiframeTrueColorSCImage"));

    private static final Pattern ERROR = Pattern.compile("(^|\\s)Error - ");
    private static final Pattern WARNING = Pattern.compile("(^|\\s)Warning - ");

    private Dciodvfy() {
    }

    /**
     * Runs dciodvfy on {@code file} in {@code dir}; skips the test (fails it when
     * {@value ExternalTools#REQUIRE_VARIABLE} is true) when dciodvfy is not installed.
     */
    public static Report run(Path dir, Path file) {
        Path dciodvfy = ExternalTools.require("dciodvfy", "dicom3tools");
        return judge(ExternalTools.run(dir, List.of(dciodvfy.toString(), file.toString())));
    }

    /**
     * The name dciodvfy prints, on a line of its own, for the IOD it checks an instance of {@code sopClassUid}
     * against, such as {@code CTImage}.
     *
     * @throws IllegalArgumentException for a SOP class synth does not write
     */
    public static String iodName(String sopClassUid) {
        String name = IODS.get(sopClassUid);
        if (name == null) {
            throw new IllegalArgumentException("no dciodvfy IOD name is known for SOP class " + sopClassUid);
        }
        return name;
    }

    /** Sorts the lines of a dciodvfy run into errors and warnings. */
    static Report judge(ToolResult r) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : r.allLines()) {
            // a message may start with the tag it is about: "(0x0009,0x1010)  ?  - Warning - ..."
            if (ERROR.matcher(line).find()) {
                errors.add(line);
            } else if (WARNING.matcher(line).find()) {
                warnings.add(line);
            }
        }
        return new Report(r, List.copyOf(errors), List.copyOf(warnings));
    }

    /**
     * What dciodvfy printed.
     *
     * @param result the run
     * @param errors the lines with "Error - "
     * @param warnings the lines with "Warning - "
     */
    public record Report(ToolResult result, List<String> errors, List<String> warnings) {

        /**
         * Asserts dciodvfy checked the file against {@code iod} (the name it prints on a line of its own, such
         * as {@code CTImage}), found no error and exited with 0.
         */
        public void assertNoErrors(String name, String iod) {
            assertThat(result.allLines()).as("dciodvfy output:\n%s", result.describe()).contains(iod);
            assertThat(errors).as("dciodvfy errors for %s:\n%s", name, result.describe()).isEmpty();
            assertThat(result.exitCode()).as(result.describe()).isZero();
        }

        /** The warnings, one per line, or {@code none}. */
        public String warningsOrNone() {
            return warnings.isEmpty() ? "none" : String.join("\n", warnings);
        }
    }
}
