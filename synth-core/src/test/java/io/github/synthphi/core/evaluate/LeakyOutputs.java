package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.ImagePixelModule;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PixelRegion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generated studies and the outputs of a bad de-identifier made from them: the files copied unchanged (every
 * planted value leaks) with burned lines blanked on some frames, one instance left out, a file that is not DICOM
 * and a file of another study added.
 */
final class LeakyOutputs {

    static final long SEED = 20_250_701L;

    private LeakyOutputs() {
    }

    /** Multi-frame ultrasound, 3 frames, one instance. */
    static StudyFixture ultrasound(Path dir) throws IOException {
        return new StudyGenerator(1).generate(StudySpec.builder(Modality.US_CINE).frames(3).seed(SEED).build(), dir);
    }

    /** CT, one series of two instances. */
    static StudyFixture ct(Path dir) throws IOException {
        return new StudyGenerator(1).generate(StudySpec.builder(Modality.CT).instancesPerSeries(2).seed(SEED).build(),
                dir);
    }

    /** Copies every file of {@code study} to {@code out}, keeping the relative paths. */
    static void copy(StudyFixture study, Path out) throws IOException {
        for (Path f : study.files()) {
            Path target = out.resolve(study.directory().relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }

    /** The burned line of the {@code index}th pixels_hidden entry of the study. */
    static PixelRegion hiddenLine(StudyFixture study, int index) {
        AnswerKeyEntry line = study.answerKey().byAction(Action.PIXELS_HIDDEN).get(index);
        return line.region().orElseThrow();
    }

    /**
     * Blanks the cells of {@code region} (and the pixel around them) on {@code frames} of the copy of the
     * study's first instance in {@code out}, which must be native 8-bit or 16-bit pixel data.
     */
    static void blank(StudyFixture study, Path out, PixelRegion region, List<Integer> frames) throws IOException {
        Path target = out.resolve(study.directory().relativize(study.files().get(0)).toString());
        DicomFile file = new DicomReader().read(target);
        ImagePixelModule m = ImagePixelModule.of(file.dataset());
        Element pixels = file.dataset().get(Tags.PixelData).orElseThrow();
        byte[] bytes = ((Value.Bytes) pixels.value()).toArray();
        Box cells = PlantedRegions.cellBox(region).grow(1);
        int sampleBytes = m.samplesPerPixel() * m.bitsAllocated() / 8;
        for (int f : frames) {
            for (int y = Math.max(0, cells.y()); y < Math.min(m.rows(), cells.bottom()); y++) {
                for (int x = Math.max(0, cells.x()); x < Math.min(m.columns(), cells.right()); x++) {
                    int at = (int) (f * m.frameLength()) + (y * m.columns() + x) * sampleBytes;
                    for (int b = 0; b < sampleBytes; b++) {
                        bytes[at + b] = 0;
                    }
                }
            }
        }
        file.dataset().setBytes(Tags.PixelData, pixels.vr(), bytes);
        new DicomWriter(WriteOptions.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)).write(target, file.dataset());
    }

    /**
     * The CT output: the first instance copied, the second left out, a text file and the ultrasound instance
     * added.
     */
    static void ctOutput(StudyFixture ct, StudyFixture ultrasound, Path out) throws IOException {
        Path first = ct.files().get(0);
        Path target = out.resolve(ct.directory().relativize(first).toString());
        Files.createDirectories(target.getParent());
        Files.copy(first, target);
        Files.writeString(out.resolve("notes.txt"), "not DICOM\n", StandardCharsets.UTF_8);
        Files.copy(ultrasound.files().get(0), out.resolve("stray.dcm"));
    }

}
