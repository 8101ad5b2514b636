package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Dataset;

/**
 * The modules of the ultrasound images: US Region Calibration, US Image, and Cine and Multi-frame for cine loops.
 * An abdominal B-mode scan with a 3.5 MHz curved array, 16 cm deep.
 */
final class UltrasoundModules {

    /** Depth of the scan field, mm: the height of the data region. */
    static final int DEPTH_OF_SCAN_FIELD = 160;

    /** Region Spatial Format 2D (tissue or flow), Region Data Type tissue, Physical Units cm (C.8.5.5.1). */
    private static final int SPATIAL_FORMAT_2D = 1;
    private static final int DATA_TYPE_TISSUE = 1;
    private static final int UNITS_CM = 3;

    private UltrasoundModules() {
    }

    /**
     * PS3.3 C.8.5.5: one region, the data region of the parameters, which leaves the burned-in banner out;
     * square pixels whose size makes the region's height the depth of the scan field; the reference pixel at
     * the transducer face, top centre of the region.
     */
    static void regionCalibration(Attributes a, TechnicalParameters p) {
        UltrasoundRegion r = p.ultrasoundRegion();
        double cmPerPixel = DEPTH_OF_SCAN_FIELD / 10.0 / (r.y1() - r.y0() + 1);
        Dataset region = new Attributes(new Dataset())
                .ints("RegionSpatialFormat", SPATIAL_FORMAT_2D)
                .ints("RegionDataType", DATA_TYPE_TISSUE)
                .ints("RegionFlags", 0)
                .ints("RegionLocationMinX0", r.x0())
                .ints("RegionLocationMinY0", r.y0())
                .ints("RegionLocationMaxX1", r.x1())
                .ints("RegionLocationMaxY1", r.y1())
                .ints("ReferencePixelX0", (r.x1() - r.x0()) / 2)
                .ints("ReferencePixelY0", 0)
                .ints("PhysicalUnitsXDirection", UNITS_CM)
                .ints("PhysicalUnitsYDirection", UNITS_CM)
                .decimals("ReferencePixelPhysicalValueX", 0)
                .decimals("ReferencePixelPhysicalValueY", 0)
                .decimals("PhysicalDeltaX", cmPerPixel)
                .decimals("PhysicalDeltaY", cmPerPixel)
                .ints("TransducerFrequency", 3500)
                .dataset();
        a.items("SequenceOfUltrasoundRegions", region);
    }

    /**
     * PS3.3 C.8.5.6: the pixel layout (RGB, 8 bits), Image Type with the exam and mode, the Frame Increment
     * Pointer of a cine loop, lossy compression, and the acoustic output indices.
     */
    static void usImage(Attributes a, TechnicalParameters p) {
        a.text("ImageType", CommonModules.imageType(p.modality()));
        CommonModules.lossy(a, p);
        if (p.modality().isMultiFrame()) {
            a.pointers("FrameIncrementPointer", "FrameTime");
        }
        a.decimals("MechanicalIndex", 1.1)
                .decimals("BoneThermalIndex", 0.4)
                .decimals("SoftTissueThermalIndex", 0.3)
                .ints("DepthOfScanField", DEPTH_OF_SCAN_FIELD)
                .text("ProcessingFunction", "ABDOMEN");
    }

    /**
     * PS3.3 C.7.6.5: Frame Time, Cine Rate (frames per second, rounded), Recommended Display Frame Rate, the
     * duration of the loop, and a loop played forward from its first frame to its last.
     */
    static void cine(Attributes a, TechnicalParameters p) {
        double frameTime = p.frameTimeMillis();
        int rate = (int) Math.max(1, Math.round(1000 / frameTime));
        a.ints("PreferredPlaybackSequencing", 0)
                .decimals("FrameTime", frameTime)
                .ints("RecommendedDisplayFrameRate", rate)
                .ints("CineRate", rate)
                .decimals("EffectiveDuration", Math.round(p.frames() * frameTime) / 1000.0)
                .ints("ActualFrameDuration", (int) Math.round(frameTime))
                .ints("StartTrim", 1)
                .ints("StopTrim", p.frames());
    }

    /** PS3.3 C.7.6.6: Number of Frames and the Frame Increment Pointer to Frame Time. */
    static void multiFrame(Attributes a, TechnicalParameters p) {
        a.ints("NumberOfFrames", p.frames()).pointers("FrameIncrementPointer", "FrameTime");
    }
}
