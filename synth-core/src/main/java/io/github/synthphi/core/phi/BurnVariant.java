package io.github.synthphi.core.phi;

/**
 * Harder cases of burned-in text that a serious test suite needs, each added on top of the ordinary banner.
 *
 * <pre>{@code
 * StudySpec spec = StudySpec.builder(Modality.US_CINE).burnVariants(EnumSet.allOf(BurnVariant.class)).build();
 * }</pre>
 */
public enum BurnVariant {
    /** A line drawn only slightly brighter than its background. */
    LOW_CONTRAST,
    /** A line in the small font at scale 1. */
    SMALL_TEXT,
    /** A line inside the imaging area, for tools that only clean outside the ultrasound regions. */
    INSIDE_IMAGE,
    /** A line on some frames only (multi-frame instances). */
    SOME_FRAMES
}
