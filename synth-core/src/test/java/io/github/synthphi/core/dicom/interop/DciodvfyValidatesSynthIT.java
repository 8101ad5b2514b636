package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.WriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dciodvfy (dicom3tools) finds no error in the Secondary Capture instances synth writes: single-frame,
 * multi-frame grayscale byte and word, and multi-frame true color, minimal and with planted identifiers, in
 * every transfer syntax synth writes but Deflated: dciodvfy does not inflate (a file dcmconv deflates fails
 * in it the same way), and dcmdump and pydicom read our deflated files. Its warnings are reported with the test.
 */
class DciodvfyValidatesSynthIT {

    private static final Pattern ERROR = Pattern.compile("(^|\\s)Error - ");
    private static final Pattern WARNING = Pattern.compile("(^|\\s)Warning - ");
    private static final Map<String, String> IODS = Map.of(
            "1.2.840.10008.5.1.4.1.1.7", "SCImage",
            "1.2.840.10008.5.1.4.1.1.7.2", "MultiframeGrayscaleByteSCImage",
            "1.2.840.10008.5.1.4.1.1.7.3", "MultiframeGrayscaleWordSCImage",
            "1.2.840.10008.5.1.4.1.1.7.4", "MultiframeTrueColorSCImage");

    static Stream<Arguments> instances() {
        List<Arguments> out = new ArrayList<>();
        for (WriteOptions options : InteropDatasets.allWriteOptions()) {
            if (options.sequenceLength() != options.itemLength() || options.transferSyntax().deflated()) {
                continue; // mixed length modes add nothing an IOD check could see; deflated: see above
            }
            for (Shape shape : InteropDatasets.SHAPES) {
                out.add(Arguments.of("minimal " + shape + ", " + InteropDatasets.describe(options), shape, false,
                        options));
                out.add(Arguments.of("rich " + shape + ", " + InteropDatasets.describe(options), shape, true,
                        options));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void dciodvfyFindsNoError(String name, Shape shape, boolean rich, WriteOptions options, @TempDir Path dir,
                              TestReporter reporter) throws Exception {
        Path dciodvfy = ExternalTools.require("dciodvfy", "dicom3tools");
        PlantedText text = PlantedText.LATIN_1;
        Dataset ds = rich ? InteropDatasets.rich(shape, text) : InteropDatasets.minimal(shape, text);
        Path file = InteropDatasets.write(dir, shape.id() + ".dcm", ds, options);

        ToolResult r = ExternalTools.run(dir, List.of(dciodvfy.toString(), file.toString()));
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
        // dciodvfy names the IOD it checked against on a line of its own
        assertThat(r.allLines()).as("dciodvfy output:\n%s", r.describe()).contains(IODS.get(shape.sopClass()));
        assertThat(errors).as("dciodvfy errors for %s:\n%s", name, r.describe()).isEmpty();
        assertThat(r.exitCode()).as(r.describe()).isZero();
        reporter.publishEntry("dciodvfy warnings", warnings.isEmpty() ? "none" : String.join("\n", warnings));
        if (!warnings.isEmpty()) {
            System.out.println("dciodvfy " + name + ": " + String.join("; ", warnings));
        }
    }
}
