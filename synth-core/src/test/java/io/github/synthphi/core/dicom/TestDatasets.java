package io.github.synthphi.core.dicom;

import java.util.List;

/** Data sets the codec tests write and read. */
final class TestDatasets {

    static final PrivateTag PRIVATE_NAME = new PrivateTag("SYNTH TEST 1.0", 0x0009, 0x10);
    static final PrivateTag PRIVATE_DATE = new PrivateTag("SYNTH TEST 1.0", 0x0009, 0x11);

    private TestDatasets() {
    }

    /** A small Secondary Capture image with text, nested sequences, a private block and 16-bit pixels. */
    static Dataset secondaryCapture(int rows, int columns, int frames, int bits, int samples) {
        Dataset ds = new Dataset()
                .setString(Tags.SpecificCharacterSet, "ISO_IR 100")
                .setString(Tags.ImageType, "DERIVED", "SECONDARY")
                .setString(Tags.SOPClassUID, frames > 1 ? (bits == 8 ? "1.2.840.10008.5.1.4.1.1.7.2"
                        : "1.2.840.10008.5.1.4.1.1.7.3") : "1.2.840.10008.5.1.4.1.1.7")
                .setString(Tags.SOPInstanceUID, Uids.generate(7, "sop"))
                .setString(Tags.StudyDate, "20240131")
                .setString(Tags.StudyTime, "101500")
                .setString(Tags.AccessionNumber, "ACC12345")
                .setString(Tags.Modality, "OT")
                .setString(Tags.ConversionType, "WSD")
                .setString(Tags.ReferringPhysicianName, "Weiß^Jürgen^^Dr.")
                .setString(Tags.StudyDescription, "CT THORAX Müller follow-up")
                .setString(Tags.PatientName, "Müller^Anna")
                .setString(Tags.PatientID, "MRN-0042")
                .setString(Tags.PatientBirthDate, "19580214")
                .setString(Tags.PatientSex, "F")
                .setString(Tags.StudyInstanceUID, Uids.generate(7, "study"))
                .setString(Tags.SeriesInstanceUID, Uids.generate(7, "series"))
                .setString(Tags.StudyID, "S1")
                .setInt(Tags.SeriesNumber, Vr.IS, 3)
                .setInt(Tags.InstanceNumber, Vr.IS, 1)
                .setString(Tags.PatientOrientation, "")
                .setString(Tags.PixelSpacing, "0.5", "0.5")
                .setInt(Tags.SamplesPerPixel, Vr.US, samples)
                .setString(Tags.PhotometricInterpretation, samples == 3 ? "RGB" : "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, rows)
                .setInt(Tags.Columns, Vr.US, columns)
                .setInt(Tags.BitsAllocated, Vr.US, bits)
                .setInt(Tags.BitsStored, Vr.US, bits == 16 ? 12 : 8)
                .setInt(Tags.HighBit, Vr.US, bits == 16 ? 11 : 7)
                .setInt(Tags.PixelRepresentation, Vr.US, 0);
        if (samples == 3) {
            ds.setInt(Tags.PlanarConfiguration, Vr.US, 0);
        }
        if (frames > 1) {
            ds.setInt(Tags.NumberOfFrames, Vr.IS, frames);
            ds.setBytes(Tags.FrameIncrementPointer, Vr.AT, new byte[] {0x18, 0x00, 0x63, 0x10});
            ds.setString(Tags.FrameTime, "33.3");
        }
        Dataset code = new Dataset().setString(Tags.CodeValue, "121")
                .setString(Tags.CodingSchemeDesignator, "99SYNTH").setString(Tags.CodeMeaning, "Ärztin");
        Dataset person = new Dataset().setString(Tags.PersonAddress, "Hauptstraße 1, Köln")
                .setItems(Tags.PersonIdentificationCodeSequence, List.of(code));
        ds.setItems(Tags.ReferringPhysicianIdentificationSequence, List.of(person));
        ds.setItems(Tags.OtherPatientIDsSequence, List.of(
                new Dataset().setString(Tags.PatientID, "OTHER-1").setString(Tags.IssuerOfPatientID, "HOSP A"),
                new Dataset().setString(Tags.PatientID, "OTHER-2").setString(Tags.IssuerOfPatientID, "HOSP B")));
        ds.setItems(Tags.ReferencedStudySequence, List.of());
        ds.setString(ds.reserve(PRIVATE_NAME), Vr.LO, "Müller^Anna");
        ds.setString(ds.reserve(PRIVATE_DATE), Vr.DA, "19580214");
        ds.setBytes(Tags.PixelData, bits == 8 ? Vr.OB : Vr.OW, pixels(rows, columns, frames, bits, samples));
        return ds;
    }

    /** A deterministic gradient with some structure; 12 bits stored for 16-bit data. */
    static byte[] pixels(int rows, int columns, int frames, int bits, int samples) {
        int bytes = bits / 8;
        byte[] out = new byte[rows * columns * samples * bytes * frames];
        int i = 0;
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    for (int s = 0; s < samples; s++) {
                        int v = (x * 7 + y * 3 + f * 11 + s * 50 + ((x / 8 + y / 8) % 2) * 100) & (bits == 8 ? 0xFF : 0xFFF);
                        out[i++] = (byte) v;
                        if (bytes == 2) {
                            out[i++] = (byte) (v >>> 8);
                        }
                    }
                }
            }
        }
        return out;
    }
}
