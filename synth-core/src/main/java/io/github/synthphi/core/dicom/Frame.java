package io.github.synthphi.core.dicom;

import java.util.Objects;

/**
 * One decoded frame: sample values as integers, color-by-pixel, sign-extended for signed data, masked to
 * Bits Stored.
 *
 * <pre>{@code
 * Frame f = PixelData.of(file).frame(0);
 * int red = f.sample(10, 20, 0);
 * }</pre>
 *
 * @param index the frame number, from 0
 * @param rows rows
 * @param columns columns
 * @param samplesPerPixel samples per pixel
 * @param photometricInterpretation the interpretation of the samples (RGB for decoded color JPEG)
 * @param samples {@code rows * columns * samplesPerPixel} values, row by row, samples of a pixel together
 */
public record Frame(int index, int rows, int columns, int samplesPerPixel, String photometricInterpretation,
                    int[] samples) {
    public Frame {
        Objects.requireNonNull(samples, "samples");
        if (samples.length != rows * columns * samplesPerPixel) {
            throw new IllegalArgumentException("samples hold " + samples.length + " values, not "
                    + rows * columns * samplesPerPixel);
        }
    }

    /** The value of sample {@code s} of the pixel in column {@code x}, row {@code y}. */
    public int sample(int x, int y, int s) {
        return samples[(y * columns + x) * samplesPerPixel + s];
    }
}
