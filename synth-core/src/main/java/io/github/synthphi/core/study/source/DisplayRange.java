package io.github.synthphi.core.study.source;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.pixel.BrightnessLimit;
import io.github.synthphi.core.pixel.PixelFormat;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The stored sample values a viewer shows as black and as white: the whole stored range, or for a grey DICOM
 * source with a window, the values the first window (after Rescale Slope and Intercept) maps to 0 and 255
 * (PS3.3 C.11.2.1.2.1). The burn check of a source uses it so that "dark enough" means dark as shown: the
 * ultrasound pipeline's limit, a mean of at most 30 of 255, on this scale.
 *
 * <pre>{@code
 * DisplayRange ct = DisplayRange.of(dataset, PixelFormat.gray16(12, true));   // window 40/400: about -160 to 240
 * BrightnessLimit limit = ct.brightnessLimit();                               // at most about -113
 * }</pre>
 *
 * @param black the stored value shown as black
 * @param white the stored value shown as white, above {@code black}
 */
public record DisplayRange(double black, double white) {

    public DisplayRange {
        if (!Double.isFinite(black) || !Double.isFinite(white) || white <= black) {
            throw new IllegalArgumentException("a display range needs finite black < white, not " + black + " to "
                    + white);
        }
    }

    /** The whole stored range of {@code format}. */
    public static DisplayRange of(PixelFormat format) {
        Objects.requireNonNull(format, "format");
        return new DisplayRange(format.minValue(), format.maxValue());
    }

    /**
     * The range of a DICOM source: its first Window Center and Width through its Rescale Slope and Intercept
     * when it is grey and they are usable (width at least 1, slope above 0), else the stored range.
     */
    public static DisplayRange of(Dataset dataset, PixelFormat format) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(format, "format");
        if (format.samplesPerPixel() != 1) {
            return of(format);
        }
        try {
            OptionalDouble center = dataset.getDouble(Tags.WindowCenter);
            OptionalDouble width = dataset.getDouble(Tags.WindowWidth);
            double slope = dataset.getDouble(Tags.RescaleSlope).orElse(1);
            double intercept = dataset.getDouble(Tags.RescaleIntercept).orElse(0);
            if (center.isEmpty() || width.isEmpty() || width.getAsDouble() < 1 || !(slope > 0)
                    || !Double.isFinite(intercept)) {
                return of(format);
            }
            double low = center.getAsDouble() - 0.5 - (width.getAsDouble() - 1) / 2;
            double high = center.getAsDouble() - 0.5 + (width.getAsDouble() - 1) / 2;
            return high > low ? new DisplayRange((low - intercept) / slope, (high - intercept) / slope) : of(format);
        } catch (RuntimeException e) {
            // a malformed window or rescale value: fall back to the stored range rather than guess
            return of(format);
        }
    }

    /** The stored value shown at {@code level} of 255. */
    public double at(double level) {
        return black + level * (white - black) / 255;
    }

    /** The pipeline's limit on this scale: the mean must be at most {@code at(30)}. */
    public BrightnessLimit brightnessLimit() {
        return BrightnessLimit.atMost(at(BrightnessLimit.EIGHT_BIT_THRESHOLD));
    }
}
