package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.study.Modality;

/**
 * The modules of the CT and MR images: Image Plane, CT Image and MR Image. An axial slice
 * stack, head first supine, one slice per instance number.
 */
final class CrossSectionalModules {

    /** Field of view of the reconstructed CT slice, mm. */
    static final double CT_FIELD_OF_VIEW = 350;
    /** Field of view of the MR slice, mm. */
    static final double MR_FIELD_OF_VIEW = 230;
    /** CT slice thickness, mm; slices touch. */
    static final double CT_SLICE_THICKNESS = 2.5;
    /** MR slice thickness and spacing, mm; a gap of 1 mm. */
    static final double MR_SLICE_THICKNESS = 5;
    static final double MR_SLICE_SPACING = 6;

    private CrossSectionalModules() {
    }

    /**
     * PS3.3 C.7.6.2: square pixels over the field of view, axial orientation, the first slice at the top of the
     * volume and each next instance one slice lower; the position is the centre of the top left pixel.
     */
    static void imagePlane(Attributes a, TechnicalParameters p) {
        boolean ct = p.modality() == Modality.CT;
        double fov = ct ? CT_FIELD_OF_VIEW : MR_FIELD_OF_VIEW;
        double spacing = fov / Math.max(p.rows(), p.columns());
        double thickness = ct ? CT_SLICE_THICKNESS : MR_SLICE_THICKNESS;
        double step = ct ? CT_SLICE_THICKNESS : MR_SLICE_SPACING;
        double z = (ct ? -50 : 40) - step * Math.max(0, p.instanceNumber() - 1);
        double x = round(-spacing * p.columns() / 2 + spacing / 2);
        double y = round(-spacing * p.rows() / 2 + spacing / 2);
        a.decimals("PixelSpacing", round(spacing), round(spacing))
                .decimals("ImageOrientationPatient", 1, 0, 0, 0, 1, 0)
                .decimals("ImagePositionPatient", x, y, z)
                .decimals("SliceThickness", thickness)
                .decimals("SliceLocation", z);
        if (!ct) {
            a.decimals("SpacingBetweenSlices", MR_SLICE_SPACING);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /**
     * PS3.3 C.8.2.1: Hounsfield units through the rescale (intercept 0 for signed pixels, -1024 for unsigned),
     * a helical chest scan at 120 kVp,.
     */
    static void ctImage(Attributes a, TechnicalParameters p) {
        a.text("ImageType", CommonModules.imageType(Modality.CT))
                .decimals("RescaleIntercept", p.pixelRepresentation() == 1 ? 0 : -1024)
                .decimals("RescaleSlope", 1)
                .text("RescaleType", "HU")
                .decimals("KVP", 120)
                .ints("AcquisitionNumber", 1)
                .text("ScanOptions", "HELICAL")
                .decimals("DataCollectionDiameter", 500)
                .decimals("ReconstructionDiameter", CT_FIELD_OF_VIEW)
                .decimals("DistanceSourceToDetector", 1085.6)
                .decimals("DistanceSourceToPatient", 595)
                .decimals("GantryDetectorTilt", 0)
                .decimals("TableHeight", 160)
                .text("RotationDirection", "CW")
                .ints("ExposureTime", 500)
                .ints("XRayTubeCurrent", 250)
                .ints("Exposure", 125)
                .text("FilterType", "BODY")
                .ints("GeneratorPower", 30)
                .decimals("FocalSpots", 1.2)
                .text("ConvolutionKernel", "STANDARD")
                .decimals("RevolutionTime", 0.5)
                .decimals("SingleCollimationWidth", 0.625)
                .decimals("TotalCollimationWidth", 40)
                .decimals("SpiralPitchFactor", 0.984375)
                .decimals("CTDIvol", 8.5)
                .items("CTDIPhantomTypeCodeSequence", Attributes.code("113691", "DCM", "IEC Body Dosimetry Phantom"));
    }

    /**
     * PS3.3 C.8.3.1: an axial T2-weighted 2D turbo spin echo of the head at 1.5 T with fat saturation.
     */
    static void mrImage(Attributes a, TechnicalParameters p) {
        a.text("ScanningSequence", "SE")
                .text("SequenceVariant", "SK", "SP")
                .text("ScanOptions", "FS")
                .text("MRAcquisitionType", "2D")
                .text("SequenceName", "TSE2D")
                .text("AngioFlag", "N")
                .decimals("RepetitionTime", 4000)
                .decimals("EchoTime", 90)
                .ints("EchoTrainLength", 16)
                .decimals("NumberOfAverages", 2)
                .decimals("ImagingFrequency", 63.87)
                .text("ImagedNucleus", "1H")
                .ints("EchoNumbers", 1)
                .decimals("MagneticFieldStrength", 1.5)
                .ints("NumberOfPhaseEncodingSteps", 192)
                .decimals("PercentSampling", 100)
                .decimals("PercentPhaseFieldOfView", 100)
                .decimals("PixelBandwidth", 130)
                .text("ReceiveCoilName", "HEAD")
                .text("TransmitCoilName", "BODY")
                .ints("AcquisitionMatrix", 0, 256, 192, 0)
                .text("InPlanePhaseEncodingDirection", "ROW")
                .decimals("FlipAngle", 90)
                .decimals("SAR", 1.2);
    }
}
