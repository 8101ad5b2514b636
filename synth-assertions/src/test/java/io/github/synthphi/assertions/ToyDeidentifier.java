package io.github.synthphi.assertions;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A tiny de-identifier for the tests, files in and files out: it applies the PS3.15 Basic Profile to every
 * element (removes what the table says to remove, replaces UIDs by UIDs derived from them, keeps the rest), drops
 * private elements and overlay groups, and optionally masks the burned-in text where the answer key says it is,
 * as a tool configured for a device's banner layout would. An edit applied last lets a test plant a mistake.
 */
final class ToyDeidentifier {

    private final boolean maskBurnedText;
    private final Consumer<Dataset> edit;

    private ToyDeidentifier(boolean maskBurnedText, Consumer<Dataset> edit) {
        this.maskBurnedText = maskBurnedText;
        this.edit = edit;
    }

    /** The de-identifier that cleans headers and masks burned-in text. */
    static ToyDeidentifier correct() {
        return new ToyDeidentifier(true, ds -> { });
    }

    /** The same, but leaving the burned-in text alone. */
    ToyDeidentifier notMasking() {
        return new ToyDeidentifier(false, edit);
    }

    /** The same, then {@code mistake} applied to every output data set. */
    ToyDeidentifier then(Consumer<Dataset> mistake) {
        return new ToyDeidentifier(maskBurnedText, edit.andThen(mistake));
    }

    /** De-identifies every file of {@code study} into {@code out}, keeping the folder layout. */
    Path run(StudyFixture study, Path out) throws IOException {
        DicomReader reader = new DicomReader();
        for (Path file : study.files()) {
            DicomFile in = reader.read(file);
            Dataset ds = in.dataset();
            if (maskBurnedText) {
                String sop = ds.getString(Tags.SOPInstanceUID).orElseThrow();
                mask(ds, burnedBoxes(study, sop));
            }
            clean(ds);
            edit.accept(ds);
            Path target = out.resolve(study.directory().relativize(file).toString());
            Files.createDirectories(target.getParent());
            new DicomWriter(WriteOptions.of(in.transferSyntax())).write(target, ds);
        }
        return out;
    }

    private static void clean(Dataset ds) {
        for (Element e : new ArrayList<>(ds.elements())) {
            Tag tag = e.tag();
            if (tag.isPrivate() || (tag.group() & 0xFF00) == 0x6000) {
                ds.remove(tag);
                continue;
            }
            if (e.value() instanceof Value.Items items) {
                items.items().forEach(ToyDeidentifier::clean);
            }
            String code = Profile.BASIC.action(tag);
            if (code.isEmpty() || code.equals("K") || code.equals("C")) {
                continue;
            }
            if (code.contains("U") && e.vr() == Vr.UI) {
                ds.setString(tag, Vr.UI, Uids.generate(99L, ds.getString(tag).orElse("")));
            } else {
                ds.remove(tag);
            }
        }
    }

    private static List<Box> burnedBoxes(StudyFixture study, String sop) {
        List<Box> out = new ArrayList<>();
        for (AnswerKeyEntry e : study.answerKey().forInstance(sop)) {
            if (e.action() == Action.PIXELS_HIDDEN) {
                out.add(e.region().orElseThrow().inkBox());
            }
        }
        return out;
    }

    /** Sets the ink boxes, one pixel wider on every side, to 0 (16-bit native single-frame pixels only). */
    private static void mask(Dataset ds, List<Box> boxes) {
        if (boxes.isEmpty()) {
            return;
        }
        int columns = ds.getInt(Tags.Columns).orElseThrow();
        Element pixels = ds.get(Tags.PixelData).orElseThrow();
        byte[] bytes = ((Value.Bytes) pixels.value()).toArray();
        for (Box b : boxes) {
            for (int y = b.y() - 1; y <= b.y() + b.height(); y++) {
                for (int x = b.x() - 1; x <= b.x() + b.width(); x++) {
                    int i = (y * columns + x) * 2;
                    bytes[i] = 0;
                    bytes[i + 1] = 0;
                }
            }
        }
        ds.setBytes(Tags.PixelData, pixels.vr(), bytes);
    }
}
