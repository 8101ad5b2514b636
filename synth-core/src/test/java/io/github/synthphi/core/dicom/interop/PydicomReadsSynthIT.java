package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.WriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pydicom reads the files synth writes without a warning (Python warnings are errors, invalid values raise)
 * and gets our values and our pixels.
 */
class PydicomReadsSynthIT {

    private record Written(PlantedText text, Shape shape, Dataset ds, Path file) {
    }

    static Stream<Arguments> writeOptions() {
        return InteropDatasets.allWriteOptions().stream().map(o -> Arguments.of(InteropDatasets.describe(o), o));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeOptions")
    void pydicomReadsOurValuesAndPixelsWithoutWarnings(String name, WriteOptions options, @TempDir Path dir)
            throws Exception {
        TransferSyntax ts = options.transferSyntax();
        List<Written> written = new ArrayList<>();
        for (PlantedText text : PlantedText.values()) {
            for (Shape shape : InteropDatasets.SHAPES) {
                Dataset ds = InteropDatasets.rich(shape, text);
                Path file = InteropDatasets.write(dir, text + "-" + shape.id() + ".dcm", ds, options);
                written.add(new Written(text, shape, ds, file));
            }
        }
        List<PydicomDump> dumps = Pydicom.dump(dir, written.stream().map(Written::file).toList());

        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            PydicomDump dump = dumps.get(i);
            String what = "pydicom's reading of " + w.file().getFileName() + " in " + name;

            assertThat(dump.warnings()).as("%s: warnings", what).isEmpty();
            Listing.assertSameValues(Listing.of(w.ds()).without(Listing.path(Tags.PixelData)::equals),
                    dump.dataset(), w.text().charset, what);
            Listing.assertSameValues(Listing.of(DicomWriter.fileMeta(w.ds(), ts)), dump.meta(), w.text().charset,
                    what + " (file meta)");
            assertThat(dump.dataset().get("(0010,0010)").value()).isEqualTo(w.text().patientName);
            assertThat(dump.dataset().get("(0008,0096)[0](0040,1101)[0](0008,0104)").value())
                    .isEqualTo(w.text().codeMeaning);
            Tag privateName = w.ds().find(InteropDatasets.PRIVATE_NAME).orElseThrow();
            if (ts.explicitVr()) {
                assertThat(dump.dataset().get(Listing.path(privateName)).value()).isEqualTo(w.text().patientName);
            }

            assertThat(dump.pixelProblem()).as("%s: pixel_array", what).isEmpty();
            assertThat(dump.pixelShape()).as("%s: pixel_array shape", what).isEqualTo(w.shape().numpyShape());
            assertThat(dump.pixelSha256()).as("%s: SHA-256 of pixel_array", what)
                    .isEqualTo(Pixels.sha256(w.shape().values(false)));
        }
    }
}
