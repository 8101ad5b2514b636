package io.github.synthphi.core.pixel;

import java.util.List;
import java.util.Objects;

/**
 * The sample values a burned line is drawn with: one value for grey, three for RGB.
 *
 * <pre>{@code
 * Ink white = Ink.gray(255);
 * Ink amber = Ink.rgb(255, 220, 120);
 * Ink ctBone = Ink.gray(2000);            // signed 16-bit CT
 * }</pre>
 *
 * @param samples the value of each sample of an ink pixel
 */
public record Ink(List<Integer> samples) {

    public Ink {
        samples = List.copyOf(Objects.requireNonNull(samples, "samples"));
        if (samples.size() != 1 && samples.size() != 3) {
            throw new IllegalArgumentException("ink has 1 (grey) or 3 (RGB) samples, not " + samples.size());
        }
    }

    /** Grey ink. */
    public static Ink gray(int value) {
        return new Ink(List.of(value));
    }

    /** RGB ink. */
    public static Ink rgb(int red, int green, int blue) {
        return new Ink(List.of(red, green, blue));
    }

    /** The first sample: the grey value, or red. */
    public int first() {
        return samples.get(0);
    }

    /** True when a frame of {@code format} can hold this ink: as many samples, each in range. */
    public boolean fits(PixelFormat format) {
        Objects.requireNonNull(format, "format");
        return samples.size() == format.samplesPerPixel() && samples.stream().allMatch(format::holds);
    }

    @Override
    public String toString() {
        return samples.size() == 1 ? "Ink[" + samples.get(0) + "]" : "Ink" + samples;
    }
}
