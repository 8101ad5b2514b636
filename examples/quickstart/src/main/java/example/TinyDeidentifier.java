package example;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A tiny de-identifier, the kind synth is meant to test: it knows nothing of synth's answer key. It keeps an
 * allow-list of technical attributes and drops everything else (names, IDs, dates, descriptions, sequences,
 * private blocks, overlays), gives every UID a new value derived from the old one with a secret salt, and
 * writes each patient's ID as a pseudonym. It does not look at the pixels: text burned into them stays, and
 * synth's report names every such box.
 *
 * <p>Usage: {@code TinyDeidentifier <input folder> <output folder>}; the output mirrors the input's folders.
 */
public final class TinyDeidentifier {

    /** Kept as they are: what a viewer needs to show the image, and nothing that names anyone. */
    private static final Set<Tag> KEEP = Set.of(Tags.SpecificCharacterSet, Tags.ImageType, Tags.SOPClassUID,
            Tags.Modality, Tags.BodyPartExamined, Tags.SeriesNumber, Tags.InstanceNumber, Tags.SamplesPerPixel,
            Tags.PhotometricInterpretation, Tags.PlanarConfiguration, Tags.NumberOfFrames, Tags.FrameIncrementPointer,
            Tags.FrameTime, Tags.Rows, Tags.Columns, Tags.PixelSpacing, Tags.BitsAllocated, Tags.BitsStored,
            Tags.HighBit, Tags.PixelRepresentation, Tags.RescaleIntercept, Tags.RescaleSlope, Tags.WindowCenter,
            Tags.WindowWidth, Tags.SliceThickness, Tags.ImagePositionPatient, Tags.ImageOrientationPatient,
            Tags.PixelData);

    /** Given a new value derived from the old one. */
    private static final List<Tag> UIDS = List.of(Tags.StudyInstanceUID, Tags.SeriesInstanceUID, Tags.SOPInstanceUID,
            Tags.FrameOfReferenceUID);

    /** The secret of the new UIDs and pseudonyms; a real de-identifier keeps its own out of the code. */
    private final long salt;

    public TinyDeidentifier(long salt) {
        this.salt = salt;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TinyDeidentifier <input folder> <output folder>");
        }
        new TinyDeidentifier(20_251_122L).run(Path.of(args[0]), Path.of(args[1]));
    }

    /** De-identifies every {@code .dcm} file under {@code in} into the same place under {@code out}. */
    public void run(Path in, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(f -> f.toString().endsWith(".dcm")).sorted().toList();
        }
        DicomReader reader = new DicomReader();
        for (Path file : files) {
            DicomFile source = reader.read(file);
            Path target = out.resolve(in.relativize(file).toString());
            Files.createDirectories(target.getParent());
            new DicomWriter(WriteOptions.of(source.transferSyntax())).write(target, deidentify(source.dataset()));
        }
    }

    private Dataset deidentify(Dataset source) {
        Dataset out = new Dataset();
        for (Element e : source.elements()) {
            if (KEEP.contains(e.tag())) {
                out.set(e);
            }
        }
        for (Tag uid : UIDS) {
            source.getString(uid).ifPresent(old -> out.setString(uid, Vr.UI, Uids.generate(salt, old)));
        }
        String patientId = source.getString(Tags.PatientID).orElse("");
        out.setString(Tags.PatientID, Vr.LO, "P" + Uids.generate(salt, "patient/" + patientId).substring(5, 15));
        out.setString(Tags.PatientName, Vr.PN, "");
        out.setString(Tags.PatientIdentityRemoved, Vr.CS, "YES");
        out.setString(Tags.DeidentificationMethod, Vr.LO, "quickstart TinyDeidentifier: allow-list, UIDs replaced");
        return out;
    }
}
