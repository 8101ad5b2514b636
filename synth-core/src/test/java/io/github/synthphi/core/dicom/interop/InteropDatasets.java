package io.github.synthphi.core.dicom.interop;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Secondary Capture instances the interoperability tests write, valid for their IOD, with planted PHI. */
final class InteropDatasets {

    static final PrivateTag PRIVATE_NAME = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x10);
    private static final PrivateTag PRIVATE_DATE = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x11);
    /** Private binary values of every width, so that byte swapping for Big Endian is checked per VR. */
    private static final PrivateTag PRIVATE_UL = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x20);
    private static final PrivateTag PRIVATE_SS = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x21);
    private static final PrivateTag PRIVATE_SL = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x22);
    private static final PrivateTag PRIVATE_FL = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x23);
    private static final PrivateTag PRIVATE_FD = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x24);
    private static final PrivateTag PRIVATE_OW = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x25);
    /** Private text of the VRs with 32-bit lengths in Explicit VR. */
    private static final PrivateTag PRIVATE_UC = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x30);
    private static final PrivateTag PRIVATE_UT = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x31);
    private static final PrivateTag PRIVATE_UR = new PrivateTag("SYNTH INTEROP 1.0", 0x0009, 0x32);

    /** (2050,0020) Presentation LUT Shape, which {@link Tags} does not name. */
    private static final Tag PRESENTATION_LUT_SHAPE = Tag.of(0x2050, 0x0020);

    /** (0088,0200) Icon Image Sequence, which {@link Tags} does not name. */
    static final Tag ICON_IMAGE_SEQUENCE = Tag.of(0x0088, 0x0200);
    /** The icon of every rich data set: 8-bit grey, smooth; native even when the image is encapsulated. */
    static final Shape ICON = new Shape(8, 8, 1, 8, 1);
    /** The paths of the image's and the icon's Pixel Data: re-encoding may change them; compare decoded. */
    static final Predicate<String> PIXEL_PATHS = Set.of(Listing.path(Tags.PixelData),
            Listing.path(ICON_IMAGE_SEQUENCE) + "[0]" + Listing.path(Tags.PixelData))::contains;

    /** Single and multi-frame, grey and color, 8 and 16 bits; 9x7x8-bit has odd-length pixel data. */
    static final List<Shape> SHAPES = List.of(new Shape(16, 20, 1, 16, 1), new Shape(10, 12, 3, 8, 3),
            new Shape(9, 7, 1, 8, 1), new Shape(6, 5, 4, 16, 1), new Shape(8, 6, 2, 8, 1));

    private InteropDatasets() {
    }

    /** Every transfer syntax synth writes, each with defined and undefined sequence and item lengths. */
    static List<WriteOptions> allWriteOptions() {
        List<WriteOptions> out = new ArrayList<>();
        for (TransferSyntax ts : TransferSyntax.writable()) {
            for (WriteOptions.Length seq : WriteOptions.Length.values()) {
                for (WriteOptions.Length item : WriteOptions.Length.values()) {
                    out.add(WriteOptions.of(ts).withSequenceLength(seq).withItemLength(item));
                }
            }
        }
        return out;
    }

    /** A short description of write options, for test names. */
    static String describe(WriteOptions o) {
        return o.transferSyntax().name() + ", sequences " + o.sequenceLength().name().toLowerCase(Locale.ROOT)
                + ", items " + o.itemLength().name().toLowerCase(Locale.ROOT);
    }

    /** Writes {@code ds} to {@code dir/name} with {@code options}. */
    static Path write(Path dir, String name, Dataset ds, WriteOptions options) throws IOException {
        Path file = dir.resolve(name);
        new DicomWriter(options).write(file, ds);
        return file;
    }

    /** Only the attributes the Secondary Capture IODs require (Types 1 and 2, and the 1C/2C that apply). */
    static Dataset minimal(Shape s, PlantedText text) {
        return minimal(s, text, false);
    }

    private static Dataset minimal(Shape s, PlantedText text, boolean smooth) {
        String key = s.toString();
        Dataset ds = new Dataset()
                .setString(Tags.SpecificCharacterSet, text.term)
                .setString(Tags.SOPClassUID, s.sopClass())
                .setString(Tags.SOPInstanceUID, Uids.generate(11, "sop " + key))
                .setString(Tags.StudyDate, "20240131")
                .setString(Tags.StudyTime, "101500")
                .setString(Tags.AccessionNumber, "ACC12345")
                .setString(Tags.Modality, "OT")
                .setString(Tags.ConversionType, "WSD")
                .setString(Tags.ReferringPhysicianName, text.physicianName)
                .setString(Tags.PatientName, text.patientName)
                .setString(Tags.PatientID, "MRN-0042")
                .setString(Tags.PatientBirthDate, "19580214")
                .setString(Tags.PatientSex, "F")
                // an unpaired body part, so Laterality (2C) is not required
                .setString(Tags.BodyPartExamined, "CHEST")
                .setString(Tags.StudyInstanceUID, Uids.generate(11, "study"))
                .setString(Tags.SeriesInstanceUID, Uids.generate(11, "series " + key))
                .setString(Tags.StudyID, "S1")
                .setInt(Tags.SeriesNumber, Vr.IS, 3)
                .setInt(Tags.InstanceNumber, Vr.IS, 1)
                .setString(Tags.PatientOrientation, "")
                .setInt(Tags.SamplesPerPixel, Vr.US, s.samples())
                .setString(Tags.PhotometricInterpretation, s.samples() == 3 ? "RGB" : "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, s.rows())
                .setInt(Tags.Columns, Vr.US, s.columns())
                .setInt(Tags.BitsAllocated, Vr.US, s.bits())
                .setInt(Tags.BitsStored, Vr.US, s.bits() == 16 ? 12 : 8)
                .setInt(Tags.HighBit, Vr.US, s.bits() == 16 ? 11 : 7)
                .setInt(Tags.PixelRepresentation, Vr.US, 0);
        if (s.samples() == 3) {
            ds.setInt(Tags.PlanarConfiguration, Vr.US, 0);
        }
        if (s.frames() > 1) {
            multiFrame(ds, s);
        }
        ds.setBytes(Tags.PixelData, s.bits() == 8 ? Vr.OB : Vr.OW, s.pixels(smooth));
        return ds;
    }

    /** The Multi-frame, Cine and SC Multi-frame Image modules (and VOI LUT for grey images). */
    private static void multiFrame(Dataset ds, Shape s) {
        ds.setInt(Tags.NumberOfFrames, Vr.IS, s.frames())
                .setBytes(Tags.FrameIncrementPointer, Vr.AT, new byte[] {0x18, 0x00, 0x63, 0x10}) // Frame Time
                .setString(Tags.FrameTime, "33.3")
                .setString(Tags.BurnedInAnnotation, "NO");
        if (s.samples() == 1) {
            ds.setString(PRESENTATION_LUT_SHAPE, "IDENTITY")
                    .setString(Tags.RescaleIntercept, "0")
                    .setString(Tags.RescaleSlope, "1")
                    .setString(Tags.RescaleType, "US")
                    .setString(Tags.WindowCenter, s.bits() == 8 ? "128" : "2048")
                    .setString(Tags.WindowWidth, s.bits() == 8 ? "256" : "4096");
        }
    }

    /** {@link #minimal} with more identifiers: nested sequences, a private block, multi-valued text. */
    static Dataset rich(Shape s, PlantedText text) {
        return rich(s, text, false);
    }

    /** {@link #rich} with an 8-bit image without edges, on which JPEG Baseline loses little. */
    static Dataset smooth(Shape s, PlantedText text) {
        if (s.bits() != 8) {
            throw new IllegalArgumentException("JPEG Baseline images are 8-bit: " + s);
        }
        return rich(s, text, true);
    }

    private static Dataset rich(Shape s, PlantedText text, boolean smooth) {
        Dataset ds = minimal(s, text, smooth)
                .setString(Tags.ImageType, "DERIVED", "SECONDARY")
                .setString(Tags.StudyDescription, text.description)
                .setString(Tags.ContentDate, "20240131")
                .setString(Tags.ContentTime, "101530.25");
        Dataset code = new Dataset().setString(Tags.CodeValue, "121")
                .setString(Tags.CodingSchemeDesignator, "99SYNTH").setString(Tags.CodeMeaning, text.codeMeaning);
        Dataset person = new Dataset().setString(Tags.PersonAddress, text.address)
                .setString(Tags.InstitutionName, "Klinikum Süd")
                .setItems(Tags.PersonIdentificationCodeSequence, List.of(code));
        ds.setItems(Tags.ReferringPhysicianIdentificationSequence, List.of(person));
        ds.setItems(Tags.OtherPatientIDsSequence, List.of(
                new Dataset().setString(Tags.PatientID, "OTHER-1").setString(Tags.IssuerOfPatientID, "HOSP A")
                        .setString(Tags.TypeOfPatientID, "TEXT"),
                new Dataset().setString(Tags.PatientID, "OTHER-2").setString(Tags.IssuerOfPatientID, "HOSP B")
                        .setString(Tags.TypeOfPatientID, "TEXT")));
        // binary values and native pixel data inside an item, also in files whose main image is encapsulated
        Dataset icon = new Dataset()
                .setInt(Tags.SamplesPerPixel, Vr.US, 1)
                .setString(Tags.PhotometricInterpretation, "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, ICON.rows())
                .setInt(Tags.Columns, Vr.US, ICON.columns())
                .setInt(Tags.BitsAllocated, Vr.US, 8)
                .setInt(Tags.BitsStored, Vr.US, 8)
                .setInt(Tags.HighBit, Vr.US, 7)
                .setInt(Tags.PixelRepresentation, Vr.US, 0)
                .setBytes(Tags.PixelData, Vr.OB, ICON.pixels(true));
        ds.setItems(ICON_IMAGE_SEQUENCE, List.of(icon));
        ds.setString(ds.reserve(PRIVATE_NAME), Vr.LO, text.patientName);
        ds.setString(ds.reserve(PRIVATE_DATE), Vr.DA, "19580214");
        ds.setInt(ds.reserve(PRIVATE_UL), Vr.UL, 70000, 1);
        ds.setInt(ds.reserve(PRIVATE_SS), Vr.SS, -2, 300);
        ds.setInt(ds.reserve(PRIVATE_SL), Vr.SL, -100000);
        // values every tool prints alike: exact in binary, neither tiny nor huge
        ds.setBytes(ds.reserve(PRIVATE_FL), Vr.FL, littleEndian(4, Float.floatToIntBits(1.5f),
                Float.floatToIntBits(-0.125f)));
        ds.setBytes(ds.reserve(PRIVATE_FD), Vr.FD, littleEndian(8, Double.doubleToLongBits(-2.25)));
        ds.setBytes(ds.reserve(PRIVATE_OW), Vr.OW, littleEndian(2, 0x0102, 0xA0B0));
        ds.setString(ds.reserve(PRIVATE_UC), Vr.UC, text.patientName, text.physicianName);
        ds.setString(ds.reserve(PRIVATE_UT), Vr.UT, text.description + " \\ " + text.address);
        ds.setString(ds.reserve(PRIVATE_UR), Vr.UR, "https://example.org/synth/interop?id=42");
        if (s.samples() == 1) {
            int[] v = s.values(smooth);
            ds.setInt(Tags.SmallestImagePixelValue, Vr.US, Arrays.stream(v).min().orElseThrow());
            ds.setInt(Tags.LargestImagePixelValue, Vr.US, Arrays.stream(v).max().orElseThrow());
        }
        return ds;
    }

    private static byte[] littleEndian(int size, long... values) {
        byte[] out = new byte[size * values.length];
        for (int i = 0; i < values.length; i++) {
            for (int k = 0; k < size; k++) {
                out[i * size + k] = (byte) (values[i] >>> (8 * k));
            }
        }
        return out;
    }
}
