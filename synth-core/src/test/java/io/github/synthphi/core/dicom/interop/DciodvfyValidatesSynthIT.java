package io.github.synthphi.core.dicom.interop;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.WriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        ExternalTools.require("dciodvfy", "dicom3tools");
        PlantedText text = PlantedText.LATIN_1;
        Dataset ds = rich ? InteropDatasets.rich(shape, text) : InteropDatasets.minimal(shape, text);
        Path file = InteropDatasets.write(dir, shape.id() + ".dcm", ds, options);

        Dciodvfy.Report r = Dciodvfy.run(dir, file);
        // dciodvfy names the IOD it checked against on a line of its own
        r.assertNoErrors(name, Dciodvfy.iodName(shape.sopClass()));
        reporter.publishEntry("dciodvfy warnings", r.warningsOrNone());
        if (!r.warnings().isEmpty()) {
            System.out.println("dciodvfy " + name + ": " + String.join("; ", r.warnings()));
        }
    }
}
