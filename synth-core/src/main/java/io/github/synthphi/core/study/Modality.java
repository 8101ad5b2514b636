package io.github.synthphi.core.study;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of study synth generates: a DICOM modality with the storage SOP class and the pixel layout that
 * goes with it.
 *
 * <pre>{@code
 * StudySpec spec = StudySpec.builder(Modality.US_CINE).frames(32).build();
 * String sopClass = Modality.CT.sopClassUid();   // CT Image Storage
 * }</pre>
 */
public enum Modality {
    /** Ultrasound multi-frame cine, RGB, 8 bits (Ultrasound Multi-frame Image Storage). */
    US_CINE("US", "1.2.840.10008.5.1.4.1.1.3.1", true, "RGB", 8, 640, 480, 16),
    /** Ultrasound single frame, RGB, 8 bits (Ultrasound Image Storage). */
    US("US", "1.2.840.10008.5.1.4.1.1.6.1", false, "RGB", 8, 640, 480, 1),
    /** Computed tomography, 16 bits with 12 stored, signed (CT Image Storage). */
    CT("CT", "1.2.840.10008.5.1.4.1.1.2", false, "MONOCHROME2", 16, 512, 512, 1),
    /** Magnetic resonance, 16 bits with 12 stored (MR Image Storage). */
    MR("MR", "1.2.840.10008.5.1.4.1.1.4", false, "MONOCHROME2", 16, 512, 512, 1),
    /** Computed radiography, 16 bits (Computed Radiography Image Storage). */
    CR("CR", "1.2.840.10008.5.1.4.1.1.1", false, "MONOCHROME2", 16, 1024, 1024, 1),
    /** Digital X-ray for presentation, 16 bits (Digital X-Ray Image Storage - For Presentation). */
    DX("DX", "1.2.840.10008.5.1.4.1.1.1.1", false, "MONOCHROME2", 16, 1024, 1024, 1),
    /** Digital mammography for presentation, 16 bits (Digital Mammography X-Ray Image Storage). */
    MG("MG", "1.2.840.10008.5.1.4.1.1.1.2", false, "MONOCHROME2", 16, 1024, 768, 1),
    /** Secondary capture, 8 bits (Secondary Capture Image Storage), such as a scanned request form. */
    SC("OT", "1.2.840.10008.5.1.4.1.1.7", false, "MONOCHROME2", 8, 512, 512, 1);

    private final String code;
    private final String sopClassUid;
    private final boolean multiFrame;
    private final String photometricInterpretation;
    private final int bitsAllocated;
    private final int defaultColumns;
    private final int defaultRows;
    private final int defaultFrames;

    Modality(String code, String sopClassUid, boolean multiFrame, String photometricInterpretation, int bitsAllocated,
             int defaultColumns, int defaultRows, int defaultFrames) {
        this.code = code;
        this.sopClassUid = sopClassUid;
        this.multiFrame = multiFrame;
        this.photometricInterpretation = photometricInterpretation;
        this.bitsAllocated = bitsAllocated;
        this.defaultColumns = defaultColumns;
        this.defaultRows = defaultRows;
        this.defaultFrames = defaultFrames;
    }

    /** The value of Modality (0008,0060), such as {@code US} or {@code OT} for secondary capture. */
    public String code() {
        return code;
    }

    /** The storage SOP Class UID. */
    public String sopClassUid() {
        return sopClassUid;
    }

    /** True when an instance holds several frames. */
    public boolean isMultiFrame() {
        return multiFrame;
    }

    /** The photometric interpretation of generated pixels. */
    public String photometricInterpretation() {
        return photometricInterpretation;
    }

    /** Samples per pixel: 3 for RGB, else 1. */
    public int samplesPerPixel() {
        return photometricInterpretation.equals("RGB") ? 3 : 1;
    }

    /** Bits allocated per sample. */
    public int bitsAllocated() {
        return bitsAllocated;
    }

    /** Columns when the spec does not say. */
    public int defaultColumns() {
        return defaultColumns;
    }

    /** Rows when the spec does not say. */
    public int defaultRows() {
        return defaultRows;
    }

    /** Frames per instance when the spec does not say. */
    public int defaultFrames() {
        return defaultFrames;
    }

    /** The modality of a name such as {@code us_cine} or {@code CT} (case ignored). */
    public static Optional<Modality> of(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Modality m : values()) {
            if (m.name().equals(n)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
