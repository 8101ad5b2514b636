package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.study.Modality;
import java.util.Objects;

/**
 * The technical facts of one instance that an {@link IodTemplate} needs: pixel layout, timing, identifiers and
 * dates. Nothing here is generated; the study generator decides every value and passes it in.
 *
 * <pre>{@code
 * TechnicalParameters p = TechnicalParameters.builder(Modality.US_CINE, uids, Timestamps.at(when))
 *         .frames(32)
 *         .ultrasoundRegion(UltrasoundRegion.of(dataBox))
 *         .build();
 * Dataset ds = IodTemplate.of(p.modality()).dataset(p);
 * }</pre>
 *
 * @param modality the kind of instance, which fixes the IOD
 * @param rows Rows (0028,0010)
 * @param columns Columns (0028,0011)
 * @param frames Number of Frames (0028,0008); 1 for the single-frame modalities
 * @param bitsAllocated Bits Allocated (0028,0100): 8 or 16
 * @param bitsStored Bits Stored (0028,0101); High Bit is one less
 * @param photometricInterpretation MONOCHROME1, MONOCHROME2 or RGB (RGB for US and SC only)
 * @param pixelRepresentation 0 unsigned, 1 two's complement
 * @param planarConfiguration 0 color-by-pixel, 1 color-by-plane; written for RGB only
 * @param frameTimeMillis Frame Time (0018,1063) in milliseconds; used by the multi-frame ultrasound only
 * @param ultrasoundRegion the data region of an ultrasound image, which leaves the banner out; used by US only
 * @param lossyCompressed whether the pixels have been through lossy compression (Lossy Image Compression 01)
 * @param burnedInAnnotation whether the pixels carry burned-in text (Burned In Annotation YES)
 * @param uids the study, series, instance and frame of reference UIDs
 * @param seriesNumber Series Number (0020,0011)
 * @param instanceNumber Instance Number (0020,0013)
 * @param times the study, series, acquisition and content date and time
 */
public record TechnicalParameters(Modality modality, int rows, int columns, int frames, int bitsAllocated,
                                  int bitsStored, String photometricInterpretation, int pixelRepresentation,
                                  int planarConfiguration, double frameTimeMillis, UltrasoundRegion ultrasoundRegion,
                                  boolean lossyCompressed, boolean burnedInAnnotation, InstanceUids uids,
                                  int seriesNumber, int instanceNumber, Timestamps times) {

    /** The frame time of cine loops when none is given: 40 ms, 25 frames a second. */
    public static final double DEFAULT_FRAME_TIME_MILLIS = 40.0;

    public TechnicalParameters {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation");
        Objects.requireNonNull(ultrasoundRegion, "ultrasoundRegion");
        Objects.requireNonNull(uids, "uids");
        Objects.requireNonNull(times, "times");
        require(rows >= 1 && rows <= 0xFFFF && columns >= 1 && columns <= 0xFFFF,
                "rows and columns must be 1 to 65535, not " + columns + " x " + rows);
        require(frames >= 1, "frames must be at least 1, not " + frames);
        require(frames == 1 || modality.isMultiFrame(), modality + " is single-frame; frames must be 1, not " + frames);
        require(bitsAllocated == 8 || bitsAllocated == 16, "bitsAllocated must be 8 or 16, not " + bitsAllocated);
        require(bitsStored >= 1 && bitsStored <= bitsAllocated,
                "bitsStored must be 1 to bitsAllocated (" + bitsAllocated + "), not " + bitsStored);
        require(pixelRepresentation == 0 || pixelRepresentation == 1,
                "pixelRepresentation must be 0 or 1, not " + pixelRepresentation);
        require(planarConfiguration == 0 || planarConfiguration == 1,
                "planarConfiguration must be 0 or 1, not " + planarConfiguration);
        require(Double.isFinite(frameTimeMillis) && frameTimeMillis > 0,
                "frameTimeMillis must be a positive number, not " + frameTimeMillis);
        require(ultrasoundRegion.fitsIn(columns, rows),
                "the ultrasound region " + ultrasoundRegion + " does not fit an image of " + columns + " x " + rows);
        require(seriesNumber >= 0 && instanceNumber >= 0,
                "series and instance numbers must not be negative: " + seriesNumber + ", " + instanceNumber);
        checkPhotometric(modality, photometricInterpretation, bitsAllocated, pixelRepresentation);
    }

    private static void checkPhotometric(Modality modality, String pi, int bitsAllocated, int pixelRepresentation) {
        boolean color = pi.equals("RGB");
        require(color || pi.equals("MONOCHROME1") || pi.equals("MONOCHROME2"),
                "photometricInterpretation must be MONOCHROME1, MONOCHROME2 or RGB, not " + pi);
        boolean colorAllowed = modality == Modality.US || modality == Modality.US_CINE || modality == Modality.SC;
        require(!color || colorAllowed, modality + " images are grayscale; RGB is for US and SC");
        require(!color || (bitsAllocated == 8 && pixelRepresentation == 0), "RGB needs 8 unsigned bits per sample");
        boolean sixteen = modality == Modality.CT || modality == Modality.MR;
        require(!sixteen || bitsAllocated == 16, modality + " images need 16 bits allocated");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Samples per Pixel (0028,0002): 3 for RGB, else 1. */
    public int samplesPerPixel() {
        return photometricInterpretation.equals("RGB") ? 3 : 1;
    }

    /** The number of bytes of native Pixel Data these parameters describe. */
    public long pixelDataLength() {
        return (long) rows * columns * samplesPerPixel() * (bitsAllocated / 8) * frames;
    }

    /**
     * A builder with the defaults of {@code modality}: its image size, frames, bits and photometric
     * interpretation ({@link Modality}), 12 bits stored of 16, signed CT, 40 ms frames, an ultrasound region
     * that leaves out the top eighth (the banner) and a margin, burned-in annotation for US only, series and
     * instance number 1.
     */
    public static Builder builder(Modality modality, InstanceUids uids, Timestamps times) {
        return new Builder(modality, uids, times);
    }

    /** A builder holding these parameters, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(modality, uids, times);
        b.rows = rows;
        b.columns = columns;
        b.frames = frames;
        b.bitsAllocated = bitsAllocated;
        b.bitsStored = bitsStored;
        b.photometricInterpretation = photometricInterpretation;
        b.pixelRepresentation = pixelRepresentation;
        b.planarConfiguration = planarConfiguration;
        b.frameTimeMillis = frameTimeMillis;
        b.ultrasoundRegion = ultrasoundRegion;
        b.lossyCompressed = lossyCompressed;
        b.burnedInAnnotation = burnedInAnnotation;
        b.seriesNumber = seriesNumber;
        b.instanceNumber = instanceNumber;
        return b;
    }

    /** Builds {@link TechnicalParameters}; every value has a default, see {@link #builder}. */
    public static final class Builder {
        private final Modality modality;
        private final InstanceUids uids;
        private final Timestamps times;
        private int rows;
        private int columns;
        private int frames;
        private int bitsAllocated;
        private int bitsStored;
        private String photometricInterpretation;
        private int pixelRepresentation;
        private int planarConfiguration;
        private double frameTimeMillis = DEFAULT_FRAME_TIME_MILLIS;
        private UltrasoundRegion ultrasoundRegion;
        private boolean lossyCompressed;
        private boolean burnedInAnnotation;
        private int seriesNumber = 1;
        private int instanceNumber = 1;

        private Builder(Modality modality, InstanceUids uids, Timestamps times) {
            this.modality = Objects.requireNonNull(modality, "modality");
            this.uids = Objects.requireNonNull(uids, "uids");
            this.times = Objects.requireNonNull(times, "times");
            this.rows = modality.defaultRows();
            this.columns = modality.defaultColumns();
            this.frames = modality.defaultFrames();
            this.bitsAllocated = modality.bitsAllocated();
            this.bitsStored = bitsAllocated == 16 ? 12 : 8;
            this.photometricInterpretation = modality.photometricInterpretation();
            this.pixelRepresentation = modality == Modality.CT ? 1 : 0;
            this.burnedInAnnotation = modality == Modality.US || modality == Modality.US_CINE;
        }

        /** The image size. */
        public Builder size(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
            return this;
        }

        /** The number of frames (the multi-frame ultrasound only). */
        public Builder frames(int frames) {
            this.frames = frames;
            return this;
        }

        /** Bits allocated and stored per sample. */
        public Builder bits(int allocated, int stored) {
            this.bitsAllocated = allocated;
            this.bitsStored = stored;
            return this;
        }

        /** MONOCHROME1, MONOCHROME2 or RGB. */
        public Builder photometricInterpretation(String photometricInterpretation) {
            this.photometricInterpretation = photometricInterpretation;
            return this;
        }

        /** 0 unsigned, 1 two's complement. */
        public Builder pixelRepresentation(int pixelRepresentation) {
            this.pixelRepresentation = pixelRepresentation;
            return this;
        }

        /** 0 color-by-pixel, 1 color-by-plane. */
        public Builder planarConfiguration(int planarConfiguration) {
            this.planarConfiguration = planarConfiguration;
            return this;
        }

        /** The time between frames of a cine loop, in milliseconds. */
        public Builder frameTimeMillis(double frameTimeMillis) {
            this.frameTimeMillis = frameTimeMillis;
            return this;
        }

        /** The ultrasound data region, which must leave the banner out. */
        public Builder ultrasoundRegion(UltrasoundRegion ultrasoundRegion) {
            this.ultrasoundRegion = ultrasoundRegion;
            return this;
        }

        /** Whether the pixels have been through lossy compression. */
        public Builder lossyCompressed(boolean lossyCompressed) {
            this.lossyCompressed = lossyCompressed;
            return this;
        }

        /** Whether the pixels carry burned-in text. */
        public Builder burnedInAnnotation(boolean burnedInAnnotation) {
            this.burnedInAnnotation = burnedInAnnotation;
            return this;
        }

        /** Series Number and Instance Number. */
        public Builder numbers(int seriesNumber, int instanceNumber) {
            this.seriesNumber = seriesNumber;
            this.instanceNumber = instanceNumber;
            return this;
        }

        /**
         * The parameters.
         *
         * @throws IllegalArgumentException naming the value that does not fit the modality or the others
         */
        public TechnicalParameters build() {
            UltrasoundRegion region = ultrasoundRegion != null ? ultrasoundRegion : defaultRegion(columns, rows);
            return new TechnicalParameters(modality, rows, columns, frames, bitsAllocated, bitsStored,
                    photometricInterpretation, pixelRepresentation, planarConfiguration, frameTimeMillis, region,
                    lossyCompressed, burnedInAnnotation, uids, seriesNumber, instanceNumber, times);
        }

        private static UltrasoundRegion defaultRegion(int columns, int rows) {
            int x0 = columns / 10;
            int y0 = rows / 8;
            return new UltrasoundRegion(x0, y0, Math.max(x0, columns - 1 - x0), Math.max(y0, rows - 1 - rows / 20));
        }
    }
}
