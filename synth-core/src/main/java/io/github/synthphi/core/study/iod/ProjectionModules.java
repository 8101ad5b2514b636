package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.study.Modality;

/**
 * The modules of the projection radiographs: CR Series and CR Image; DX Series, DX Anatomy Imaged, DX Image,
 * DX Detector, DX Positioning, X-Ray Acquisition Dose and Acquisition Context for DX and MG (both For
 * Presentation); Mammography Series and Mammography Image. A PA chest for CR and DX, a left cranio-caudal view
 * for MG. Codes are SNOMED CT (SCT) from CID 4009, 4013 and 4014.
 */
final class ProjectionModules {

    private ProjectionModules() {
    }

    /** PS3.3 C.8.1.1. */
    static void crSeries(Attributes a, TechnicalParameters p) {
        a.text("BodyPartExamined", CommonModules.bodyPart(p.modality())).text("ViewPosition", "PA");
    }

    /** PS3.3 C.8.1.2: a 0.1 mm plate read out, 110 kVp at 1.8 m. */
    static void crImage(Attributes a, TechnicalParameters p) {
        a.decimals("KVP", 110)
                .decimals("DistanceSourceToDetector", 1800)
                .ints("ExposureTime", 10)
                .ints("XRayTubeCurrent", 200)
                .ints("Exposure", 2)
                .decimals("ImagerPixelSpacing", 0.1, 0.1)
                .decimals("Sensitivity", 200);
    }

    /** PS3.3 C.8.11.1: For Presentation. */
    static void dxSeries(Attributes a, TechnicalParameters p) {
        a.text("Modality", p.modality().code()).text("PresentationIntentType", "FOR PRESENTATION");
    }

    /** PS3.3 C.8.11.2: the chest, unpaired (MG overrides this in its own module). */
    static void dxAnatomyImaged(Attributes a, TechnicalParameters p) {
        a.text("ImageLaterality", "U").items("AnatomicRegionSequence", Attributes.code("51185008", "SCT", "Chest"));
    }

    /**
     * PS3.3 C.8.11.3: linear pixel values, an identity rescale and presentation LUT (inverse for MONOCHROME1).
     */
    static void dxImage(Attributes a, TechnicalParameters p) {
        a.text("ImageType", CommonModules.imageType(p.modality()))
                .text("PixelIntensityRelationship", "LIN")
                .ints("PixelIntensityRelationshipSign", 1)
                .decimals("RescaleIntercept", 0)
                .decimals("RescaleSlope", 1)
                .text("RescaleType", "US")
                .text("PresentationLUTShape", p.photometricInterpretation().equals("MONOCHROME1") ? "INVERSE"
                        : "IDENTITY")
                .text("BurnedInAnnotation", p.burnedInAnnotation() ? "YES" : "NO");
        CommonModules.lossy(a, p);
    }

    /** PS3.3 C.8.11.4: a flat-panel scintillator detector, 0.143 mm (chest) or 0.085 mm (mammography) pixels. */
    static void dxDetector(Attributes a, TechnicalParameters p) {
        double pitch = p.modality() == Modality.MG ? 0.085 : 0.143;
        a.text("DetectorType", "SCINTILLATOR")
                .text("DetectorConfiguration", "AREA")
                .decimals("ImagerPixelSpacing", pitch, pitch);
    }

    /** PS3.3 C.8.11.5: PA at 1.8 m for DX; cranio-caudal, compressed, for MG. */
    static void dxPositioning(Attributes a, TechnicalParameters p) {
        if (p.modality() == Modality.MG) {
            a.decimals("DistanceSourceToDetector", 660)
                    .decimals("DistanceSourceToPatient", 600)
                    .decimals("EstimatedRadiographicMagnificationFactor", 1.1)
                    .decimals("PositionerPrimaryAngle", 0)
                    .decimals("BodyPartThickness", 45)
                    .decimals("CompressionForce", 100);
        } else {
            a.text("PositionerType", "COLUMN")
                    .text("ViewPosition", "PA")
                    .items("ViewCodeSequence", Attributes.code("399348003", "SCT", "postero-anterior"))
                    .decimals("DistanceSourceToDetector", 1800)
                    .decimals("DistanceSourceToPatient", 1600)
                    .decimals("EstimatedRadiographicMagnificationFactor", 1.125);
        }
    }

    /** PS3.3 C.8.7.8: the exposure factors. */
    static void xRayAcquisitionDose(Attributes a, TechnicalParameters p) {
        if (p.modality() == Modality.MG) {
            a.decimals("KVP", 29).ints("ExposureTime", 1200).ints("XRayTubeCurrent", 80).ints("Exposure", 96)
                    .text("AnodeTargetMaterial", "TUNGSTEN").text("FilterMaterial", "RHODIUM");
        } else {
            a.decimals("KVP", 120).ints("ExposureTime", 10).ints("XRayTubeCurrent", 250).ints("Exposure", 3);
        }
    }

    /** PS3.3 C.7.6.14: Type 2, no items. */
    static void acquisitionContext(Attributes a, TechnicalParameters p) {
        a.empty("AcquisitionContextSequence");
    }

    /** PS3.3 C.8.11.6. */
    static void mammographySeries(Attributes a, TechnicalParameters p) {
        a.text("Modality", "MG");
    }

    /**
     * PS3.3 C.8.11.7: a left breast, cranio-caudal view without modifiers, no implant, whole breast in view.
     */
    static void mammographyImage(Attributes a, TechnicalParameters p) {
        Dataset view = Attributes.code("399162004", "SCT", "cranio-caudal");
        new Attributes(view).empty("ViewModifierCodeSequence");
        a.text("ImageType", CommonModules.imageType(p.modality()))
                .text("PositionerType", "MAMMOGRAPHIC")
                .text("ImageLaterality", "L")
                .text("OrganExposed", "BREAST")
                .items("AnatomicRegionSequence", Attributes.code("76752008", "SCT", "Breast"))
                .items("ViewCodeSequence", view)
                .text("BreastImplantPresent", "NO")
                .text("PartialView", "NO");
    }
}
