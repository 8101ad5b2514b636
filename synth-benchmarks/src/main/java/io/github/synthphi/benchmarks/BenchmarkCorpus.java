package io.github.synthphi.benchmarks;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Vr;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The data sets {@link CodecBenchmark} writes: CT slices and ultrasound cines with the header attributes a
 * scanner writes and seeded, deterministic pixel content (not zeros, not a constant pattern).
 */
final class BenchmarkCorpus {

    /** The seed of every UID and pixel value. */
    static final long SEED = 20_261_122L;

    static final int CT_SIZE = 512;
    static final int US_ROWS = 600;
    static final int US_COLUMNS = 800;
    static final int US_FRAMES = 64;

    private static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    private static final String US_MULTIFRAME_STORAGE = "1.2.840.10008.5.1.4.1.1.3.1";
    private static final PrivateTag PRIVATE_PROTOCOL = new PrivateTag("SYNTH BENCH 1.0", 0x0019, 0x10);
    private static final PrivateTag PRIVATE_DOSE = new PrivateTag("SYNTH BENCH 1.0", 0x0019, 0x11);
    private static final PrivateTag PRIVATE_BLOB = new PrivateTag("SYNTH BENCH 1.0", 0x0019, 0x12);

    /** Per-pixel gain of the ultrasound sector (0 outside the fan), shared by every cine. */
    private final byte[] sectorGain = sectorGain();

    /** One axial CT slice of a series of {@code count}: 512x512, 16 bits allocated, 12 stored, MONOCHROME2. */
    Dataset ctSlice(int index, int count) {
        double z = -0.625 * index;
        Dataset ds = commonHeader("ct", "CT", "CT CHEST ABDOMEN PELVIS W CONTRAST", CT_IMAGE_STORAGE, index)
                .setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL")
                .setString(Tags.SeriesDescription, "AXIAL 0.625MM STANDARD")
                .setString(Tags.BodyPartExamined, "CHEST")
                .setString(Tags.ProtocolName, "CAP 5.1 W CONTRAST")
                .setString(Tags.ManufacturerModelName, "SYNTH CT 64")
                .setString(Tags.SliceThickness, "0.625")
                .setString(Tags.KVP, "120")
                .setString(Tags.DataCollectionDiameter, "500")
                .setString(Tags.ReconstructionDiameter, "360")
                .setInt(Tags.ExposureTime, Vr.IS, 600)
                .setInt(Tags.XRayTubeCurrent, Vr.IS, 280 + index % 40)
                .setInt(Tags.Exposure, Vr.IS, 168)
                .setString(Tags.ConvolutionKernel, "STANDARD")
                .setString(Tags.PatientPosition, "HFS")
                .setInt(Tags.AcquisitionNumber, Vr.IS, 1)
                .setString(Tags.ImagePositionPatient, "-180", "-180", ds(z))
                .setString(Tags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0")
                .setString(Tags.FrameOfReferenceUID, Uids.generate(SEED, "ct/frame-of-reference"))
                .setString(Tags.PositionReferenceIndicator, "XY")
                .setString(Tags.SliceLocation, ds(z))
                .setInt(Tags.SamplesPerPixel, Vr.US, 1)
                .setString(Tags.PhotometricInterpretation, "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, CT_SIZE)
                .setInt(Tags.Columns, Vr.US, CT_SIZE)
                .setString(Tags.PixelSpacing, "0.703125", "0.703125")
                .setInt(Tags.BitsAllocated, Vr.US, 16)
                .setInt(Tags.BitsStored, Vr.US, 12)
                .setInt(Tags.HighBit, Vr.US, 11)
                .setInt(Tags.PixelRepresentation, Vr.US, 0)
                .setString(Tags.WindowCenter, "40")
                .setString(Tags.WindowWidth, "400")
                .setString(Tags.RescaleIntercept, "-1024")
                .setString(Tags.RescaleSlope, "1")
                .setString(Tags.RescaleType, "HU");
        ds.setItems(Tags.ProcedureCodeSequence, List.of(new Dataset()
                .setString(Tags.CodeValue, "CTCAP")
                .setString(Tags.CodingSchemeDesignator, "99SYNTH")
                .setString(Tags.CodeMeaning, "CT chest abdomen pelvis with contrast")));
        ds.setString(ds.reserve(PRIVATE_PROTOCOL), Vr.LO, "HELICAL 0.984:1 0.5S");
        ds.setString(ds.reserve(PRIVATE_DOSE), Vr.DS, "12.34");
        byte[] blob = new byte[256];
        new SplittableRandom(SEED ^ index).nextBytes(blob);
        ds.setBytes(ds.reserve(PRIVATE_BLOB), Vr.OB, blob);
        ds.setBytes(Tags.PixelData, Vr.OW, ctPixels(index));
        return ds;
    }

    /** One ultrasound cine: 64 frames of 800x600, 8 bits, one sample (MONOCHROME2). */
    Dataset usCine(int index) {
        Dataset ds = commonHeader("us", "US", "US ECHOCARDIOGRAM COMPLETE", US_MULTIFRAME_STORAGE, index)
                .setString(Tags.ImageType, "ORIGINAL", "PRIMARY")
                .setString(Tags.SeriesDescription, "APICAL 4 CHAMBER")
                .setString(Tags.BodyPartExamined, "HEART")
                .setString(Tags.ManufacturerModelName, "SYNTH US 3")
                .setString(Tags.TransducerData, "S5-1")
                .setString(Tags.ProcessingFunction, "CARDIAC")
                .setInt(Tags.HeartRate, Vr.IS, 72)
                .setInt(Tags.CineRate, Vr.IS, 30)
                .setInt(Tags.RecommendedDisplayFrameRate, Vr.IS, 30)
                .setString(Tags.FrameTime, "33.33")
                .setInt(Tags.NumberOfFrames, Vr.IS, US_FRAMES)
                .setBytes(Tags.FrameIncrementPointer, Vr.AT, new byte[] {0x18, 0x00, 0x63, 0x10})
                .setInt(Tags.SamplesPerPixel, Vr.US, 1)
                .setString(Tags.PhotometricInterpretation, "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, US_ROWS)
                .setInt(Tags.Columns, Vr.US, US_COLUMNS)
                .setInt(Tags.BitsAllocated, Vr.US, 8)
                .setInt(Tags.BitsStored, Vr.US, 8)
                .setInt(Tags.HighBit, Vr.US, 7)
                .setInt(Tags.PixelRepresentation, Vr.US, 0)
                .setInt(Tags.UltrasoundColorDataPresent, Vr.US, 0)
                .setString(Tags.LossyImageCompression, "00");
        Dataset region = new Dataset();
        binary(region, Tags.RegionSpatialFormat, 1);
        binary(region, Tags.RegionDataType, 1);
        binary(region, Tags.RegionFlags, 2);
        binary(region, Tags.RegionLocationMinX0, 80);
        binary(region, Tags.RegionLocationMinY0, 20);
        binary(region, Tags.RegionLocationMaxX1, 719);
        binary(region, Tags.RegionLocationMaxY1, 579);
        binary(region, Tags.PhysicalUnitsXDirection, 3);
        binary(region, Tags.PhysicalUnitsYDirection, 3);
        binary(region, Tags.ReferencePixelX0, 400);
        binary(region, Tags.ReferencePixelY0, 20);
        region.setBytes(Tags.PhysicalDeltaX, Vr.FD, doubleLe(0.0275));
        region.setBytes(Tags.PhysicalDeltaY, Vr.FD, doubleLe(0.0275));
        ds.setItems(Tags.SequenceOfUltrasoundRegions, List.of(region));
        ds.setBytes(Tags.PixelData, Vr.OB, usPixels(index));
        return ds;
    }

    private static Dataset commonHeader(String corpus, String modality, String study, String sopClass, int index) {
        return new Dataset()
                .setString(Tags.SpecificCharacterSet, "ISO_IR 100")
                .setString(Tags.InstanceCreationDate, "20260114")
                .setString(Tags.InstanceCreationTime, "093112")
                .setString(Tags.SOPClassUID, sopClass)
                .setString(Tags.SOPInstanceUID, Uids.generate(SEED, corpus + "/instance/" + index))
                .setString(Tags.StudyDate, "20260114")
                .setString(Tags.SeriesDate, "20260114")
                .setString(Tags.AcquisitionDate, "20260114")
                .setString(Tags.ContentDate, "20260114")
                .setString(Tags.StudyTime, "092807")
                .setString(Tags.SeriesTime, "093004")
                .setString(Tags.AcquisitionTime, "093004.512")
                .setString(Tags.ContentTime, "093112.250")
                .setString(Tags.AccessionNumber, "ACC" + (8_810_000 + index / 100))
                .setString(Tags.Modality, modality)
                .setString(Tags.Manufacturer, "SYNTH MEDICAL")
                .setString(Tags.InstitutionName, "Synthetic General Hospital")
                .setString(Tags.InstitutionAddress, "1 Example Road, Springfield")
                .setString(Tags.ReferringPhysicianName, "BENCH^REFERRER^^DR")
                .setString(Tags.StationName, "SYNTH-" + modality + "01")
                .setString(Tags.StudyDescription, study)
                .setString(Tags.OperatorsName, "BENCH^OPERATOR")
                .setString(Tags.PatientName, "BENCH^PATIENT^" + modality)
                .setString(Tags.PatientID, "MRN" + (400_000 + index / 100))
                .setString(Tags.PatientBirthDate, "19640305")
                .setString(Tags.PatientSex, "F")
                .setString(Tags.PatientAge, "061Y")
                .setString(Tags.PatientSize, "1.68")
                .setString(Tags.PatientWeight, "64")
                .setString(Tags.DeviceSerialNumber, "SN-00" + modality)
                .setString(Tags.SoftwareVersions, "synth-bench 1")
                .setString(Tags.StudyInstanceUID, Uids.generate(SEED, corpus + "/study/" + index / 100))
                .setString(Tags.SeriesInstanceUID, Uids.generate(SEED, corpus + "/series/" + index / 100))
                .setString(Tags.StudyID, "S" + index / 100)
                .setInt(Tags.SeriesNumber, Vr.IS, 2)
                .setInt(Tags.InstanceNumber, Vr.IS, index + 1)
                .setString(Tags.BurnedInAnnotation, "NO");
    }

    private static String ds(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Sets an integer with the binary VR the dictionary gives the tag. */
    private static void binary(Dataset ds, Tag tag, int value) {
        ds.setInt(tag, Dictionary.standard().vrOf(tag), value);
    }

    private static byte[] doubleLe(double v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(v).array();
    }

    /**
     * A chest-like phantom in stored values (HU + 1024, 12 bits): air, a body ellipse whose size changes along
     * the series, two lungs, a spine, a table, and seeded noise on every pixel.
     */
    static byte[] ctPixels(int index) {
        int n = CT_SIZE;
        byte[] out = new byte[n * n * 2];
        long state = new SplittableRandom(SEED + 31L * index).nextLong() | 1L;
        double phase = index / 90.0;
        int bodyA = 175 + (int) (15 * Math.sin(phase));
        int bodyB = 125 + (int) (8 * Math.cos(phase));
        int lungA = 48 + (int) (10 * Math.sin(phase * 1.7));
        int lungB = 70 + (int) (12 * Math.sin(phase * 1.3));
        int p = 0;
        long bits = 0;
        int left = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (left == 0) {
                    state ^= state << 13;
                    state ^= state >>> 7;
                    state ^= state << 17;
                    bits = state;
                    left = 8;
                }
                int noise = (int) (bits & 0x3F) - 32;
                bits >>>= 8;
                left--;
                int hu;
                if (inEllipse(x - 256, y - 270, bodyA, bodyB)) {
                    if (inEllipse(x - 190, y - 250, lungA, lungB) || inEllipse(x - 322, y - 250, lungA, lungB)) {
                        hu = -820 + noise;
                    } else if (inEllipse(x - 256, y - 355, 20, 20)) {
                        hu = 700 + 4 * noise;
                    } else if (!inEllipse(x - 256, y - 270, bodyA - 12, bodyB - 12)) {
                        hu = -90 + noise; // subcutaneous fat
                    } else {
                        hu = 45 + noise;
                    }
                } else if (y >= 402 && y < 410 && x > 60 && x < 452) {
                    hu = 250 + noise; // table
                } else {
                    hu = -1000 + (noise >> 2);
                }
                int stored = Math.max(0, Math.min(4095, hu + 1024));
                out[p++] = (byte) stored;
                out[p++] = (byte) (stored >>> 8);
            }
        }
        return out;
    }

    private static boolean inEllipse(int dx, int dy, int a, int b) {
        return (long) dx * dx * b * b + (long) dy * dy * a * a <= (long) a * a * b * b;
    }

    /** Speckle inside a 80-degree fan from the top centre, a bright wall moving with the frame, zero outside. */
    byte[] usPixels(int index) {
        int frameLength = US_ROWS * US_COLUMNS;
        byte[] out = new byte[frameLength * US_FRAMES];
        long state = new SplittableRandom(SEED + 7919L * index).nextLong() | 1L;
        int p = 0;
        for (int f = 0; f < US_FRAMES; f++) {
            int wall = 300 + (int) (40 * Math.sin(2 * Math.PI * (f + index) / 32.0));
            for (int y = 0; y < US_ROWS; y++) {
                int boost = Math.abs(y - wall) < 12 ? 110 : 0;
                for (int x = 0; x < US_COLUMNS; x += 8) {
                    state ^= state << 13;
                    state ^= state >>> 7;
                    state ^= state << 17;
                    long bits = state;
                    for (int k = 0; k < 8; k++, p++) {
                        int gain = sectorGain[p - f * frameLength] & 0xFF;
                        if (gain != 0) {
                            int v = (gain * (int) (bits & 0xFF) >>> 8) + boost;
                            out[p] = (byte) Math.min(255, v);
                        }
                        bits >>>= 8;
                    }
                }
            }
        }
        return out;
    }

    /** The fan: depth-dependent gain within 40 degrees either side of straight down from (400, 20). */
    private static byte[] sectorGain() {
        byte[] gain = new byte[US_ROWS * US_COLUMNS];
        double maxAngle = Math.toRadians(40);
        for (int y = 0; y < US_ROWS; y++) {
            for (int x = 0; x < US_COLUMNS; x++) {
                double dx = x - 400.0;
                double dy = y - 20.0;
                double r = Math.sqrt(dx * dx + dy * dy);
                if (dy > 0 && r < 560 && Math.abs(Math.atan2(dx, dy)) < maxAngle) {
                    gain[y * US_COLUMNS + x] = (byte) Math.max(1, (int) (230 - r * 0.25));
                }
            }
        }
        return gain;
    }
}
