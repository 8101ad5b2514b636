package io.github.synthphi.core.pixel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The brightness the background of a burn region may have for burned text to be legible, as the ultrasound
 * pipeline checks it: the mean of the region must be at most 30 (of 255) before white text is drawn.
 *
 * <p>Light ink needs a dark region ({@linkplain #atMost(double) at most}); dark ink, as typed on a scanned
 * form, needs a light one ({@linkplain #atLeast(double) at least}). A region with no pixel (mean NaN) is never
 * allowed, as in the pipeline.
 *
 * <pre>{@code
 * BrightnessLimit us = BrightnessLimit.scaledFor(PixelFormat.RGB8);           // at most 30
 * BrightnessLimit mr = BrightnessLimit.scaledFor(PixelFormat.gray16(12, false)); // at most 481.8
 * BrightnessLimit ct = BrightnessLimit.atMost(-500);                           // mostly air
 * }</pre>
 *
 * @param value the limit, in stored sample values (luma for RGB)
 * @param atMost true when the mean must not exceed the value, false when it must not fall below it
 */
public record BrightnessLimit(double value, boolean atMost) {

    /** The pipeline's threshold on an 8-bit scale. */
    public static final double EIGHT_BIT_THRESHOLD = 30;

    public BrightnessLimit {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a brightness limit must be finite, not " + value);
        }
    }

    /** The mean must be at most {@code value}: for light ink. */
    public static BrightnessLimit atMost(double value) {
        return new BrightnessLimit(value, true);
    }

    /** The mean must be at least {@code value}: for dark ink. */
    public static BrightnessLimit atLeast(double value) {
        return new BrightnessLimit(value, false);
    }

    /**
     * The pipeline's limit, 30 of 255, scaled to the stored range of {@code format}: at most
     * {@code min + 30 * (max - min) / 255}.
     */
    public static BrightnessLimit scaledFor(PixelFormat format) {
        Objects.requireNonNull(format, "format");
        double range = (double) format.maxValue() - format.minValue();
        return atMost(format.minValue() + EIGHT_BIT_THRESHOLD * range / 255);
    }

    /** True when a region of mean brightness {@code mean} is dark (or light) enough. */
    public boolean allows(double mean) {
        return atMost ? mean <= value : mean >= value;
    }

    /**
     * The quarantine reason for a region of mean {@code mean}: {@code burn_region_too_bright (mean=NN.N)} or
     * {@code burn_region_too_dark (mean=NN.N)}, the mean with one decimal rounded half to even as Python's
     * {@code f"{mean:.1f}"} does, and {@code nan} for an empty region.
     */
    public String reason(double mean) {
        return (atMost ? "burn_region_too_bright" : "burn_region_too_dark") + " (mean=" + oneDecimal(mean) + ")";
    }

    static String oneDecimal(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN);
        // Python keeps the sign of a negative mean that rounds to zero; BigDecimal has no negative zero
        return (value < 0 && rounded.signum() == 0 ? "-" : "") + rounded.toPlainString();
    }
}
