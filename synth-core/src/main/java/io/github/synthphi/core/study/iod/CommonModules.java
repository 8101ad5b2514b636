package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.study.Modality;

/**
 * The modules every image IOD of synth has: Patient, General Study, General Series, General Equipment, General
 * Acquisition, General Image, Image Pixel, SOP Common, and Frame of Reference and Image Plane for the
 * cross-sectional modalities.
 *
 * <p>Identity-bearing Type 2 attributes are written empty: planting fills them. Dates, times and UIDs come
 * from the {@link TechnicalParameters}.
 */
final class CommonModules {

    /** Manufacturer (0008,0070) of every instance: says plainly that the data are synthetic. */
    static final String MANUFACTURER = "SYNTHETIC DATA - synth test generator";

    private CommonModules() {
    }

    /** PS3.3 C.7.1.1: the four Type 2 identity attributes, empty. */
    static void patient(Attributes a, TechnicalParameters p) {
        a.empty("PatientName").empty("PatientID").empty("PatientBirthDate").empty("PatientSex");
    }

    /** PS3.3 C.7.2.2: nothing but identity-bearing Type 3 attributes (age, size, history), left to planting. */
    static void patientStudy(Attributes a, TechnicalParameters p) {
        // nothing technical to say
    }

    /** PS3.3 C.7.2.1. */
    static void generalStudy(Attributes a, TechnicalParameters p) {
        a.text("StudyInstanceUID", p.uids().study())
                .text("StudyDate", Timestamps.da(p.times().study()))
                .text("StudyTime", Timestamps.tm(p.times().study()))
                .empty("ReferringPhysicianName")
                .empty("StudyID")
                .empty("AccessionNumber");
    }

    /** PS3.3 C.7.3.1, with the Patient Position CT and MR need. */
    static void generalSeries(Attributes a, TechnicalParameters p) {
        a.text("Modality", p.modality().code())
                .text("SeriesInstanceUID", p.uids().series())
                .ints("SeriesNumber", p.seriesNumber())
                .text("SeriesDate", Timestamps.da(p.times().series()))
                .text("SeriesTime", Timestamps.tm(p.times().series()));
        a.text("BodyPartExamined", bodyPart(p.modality()));
        if (p.modality() == Modality.CT || p.modality() == Modality.MR) {
            a.text("PatientPosition", "HFS");
        }
    }

    /**
     * The body part each modality images; for a scanned document, that of the exam it belongs to. Unpaired, so
     * that no series Laterality is needed (a mammogram has Image Laterality instead).
     */
    static String bodyPart(Modality m) {
        return switch (m) {
            case US, US_CINE -> "ABDOMEN";
            case CT, CR, DX, SC -> "CHEST";
            case MR -> "HEAD";
            case MG -> "BREAST";
        };
    }

    /** PS3.3 C.7.4.1: Frame of Reference UID, and an empty Position Reference Indicator as CT and MR have. */
    static void frameOfReference(Attributes a, TechnicalParameters p) {
        a.text("FrameOfReferenceUID", p.uids().frameOfReference()).empty("PositionReferenceIndicator");
    }

    /** PS3.3 C.7.5.1: Manufacturer says the data are synthetic; the station and institution are planted. */
    static void generalEquipment(Attributes a, TechnicalParameters p) {
        a.text("Manufacturer", MANUFACTURER)
                .text("ManufacturerModelName", "SYNTH " + p.modality().name().replace('_', ' ') + " PHANTOM")
                .text("SoftwareVersions", Uids.IMPLEMENTATION_VERSION_NAME);
    }

    /** PS3.3 C.7.10.1. */
    static void generalAcquisition(Attributes a, TechnicalParameters p) {
        a.ints("AcquisitionNumber", 1)
                .text("AcquisitionDate", Timestamps.da(p.times().acquisition()))
                .text("AcquisitionTime", Timestamps.tm(p.times().acquisition()));
    }

    /** PS3.3 C.7.6.1: numbers, orientation, content time, image type and the flags a de-identifier reads. */
    static void generalImage(Attributes a, TechnicalParameters p) {
        a.ints("InstanceNumber", p.instanceNumber())
                .text("ContentDate", Timestamps.da(p.times().content()))
                .text("ContentTime", Timestamps.tm(p.times().content()))
                .text("ImageType", imageType(p.modality()))
                .text("BurnedInAnnotation", p.burnedInAnnotation() ? "YES" : "NO")
                .text("RecognizableVisualFeatures", "NO");
        lossy(a, p);
        if (p.modality() != Modality.CT && p.modality() != Modality.MR) {
            // Type 2C: required where Image Orientation (Patient) is not; empty when unknown
            a.text("PatientOrientation", patientOrientation(p.modality()));
        }
    }

    /** Lossy Image Compression 00 or 01; with 01 the method, JPEG baseline, the only lossy syntax synth knows. */
    static void lossy(Attributes a, TechnicalParameters p) {
        a.text("LossyImageCompression", p.lossyCompressed() ? "01" : "00");
        if (p.lossyCompressed()) {
            a.text("LossyImageCompressionMethod", "ISO_10918_1");
        }
    }

    /**
     * Image Type: DERIVED\SECONDARY (synth makes images, it acquires none) and the values the IOD defines:
     * AXIAL for CT (C.8.2.1.1.1), OTHER for MR, which requires a value 3, and for US the exam type and the
     * 2D-imaging mode bit (C.8.5.6.1.1).
     */
    static String[] imageType(Modality m) {
        return switch (m) {
            case CT -> new String[] {"DERIVED", "SECONDARY", "AXIAL"};
            case MR -> new String[] {"DERIVED", "SECONDARY", "OTHER"};
            case US, US_CINE -> new String[] {"DERIVED", "SECONDARY", "ABDOMINAL", "0001"};
            default -> new String[] {"DERIVED", "SECONDARY"};
        };
    }

    /**
     * Patient Orientation, row direction then column direction: a PA chest seen as if facing the patient
     * (L\F), a left cranio-caudal mammogram with the nipple to the right (A\R); empty where it is unknown.
     */
    static String[] patientOrientation(Modality m) {
        return switch (m) {
            case CR, DX -> new String[] {"L", "F"};
            case MG -> new String[] {"A", "R"};
            default -> new String[0];
        };
    }

    /** PS3.3 C.7.6.3, without Pixel Data, which the pixel step adds. */
    static void imagePixel(Attributes a, TechnicalParameters p) {
        a.ints("SamplesPerPixel", p.samplesPerPixel())
                .text("PhotometricInterpretation", p.photometricInterpretation())
                .ints("Rows", p.rows())
                .ints("Columns", p.columns())
                .ints("BitsAllocated", p.bitsAllocated())
                .ints("BitsStored", p.bitsStored())
                .ints("HighBit", p.bitsStored() - 1)
                .ints("PixelRepresentation", p.pixelRepresentation());
        if (p.samplesPerPixel() > 1) {
            a.ints("PlanarConfiguration", p.planarConfiguration());
        }
    }

    /** PS3.3 C.12.1: the SOP Class of the modality, the instance UID and its creation time. */
    static void sopCommon(Attributes a, TechnicalParameters p) {
        a.text("SOPClassUID", p.modality().sopClassUid())
                .text("SOPInstanceUID", p.uids().sopInstance())
                .text("InstanceCreationDate", Timestamps.da(p.times().content()))
                .text("InstanceCreationTime", Timestamps.tm(p.times().content()));
    }

    /**
     * PS3.3 C.11.2: a soft-tissue window in Hounsfield units for CT, the lower third of the stored range for MR
     * (where a T2 image has its tissue), the whole stored range for the radiographs.
     */
    static void voiLut(Attributes a, TechnicalParameters p) {
        int levels = 1 << p.bitsStored();
        switch (p.modality()) {
            case CT -> window(a, 40, 400, "SOFT TISSUE");
            case MR -> window(a, Math.round(levels * 0.15), Math.round(levels * 0.3), "T2");
            default -> window(a, levels / 2.0, levels, "FULL RANGE");
        }
    }

    private static void window(Attributes a, double center, double width, String explanation) {
        a.decimals("WindowCenter", center).decimals("WindowWidth", width)
                .text("WindowCenterWidthExplanation", explanation);
    }
}
