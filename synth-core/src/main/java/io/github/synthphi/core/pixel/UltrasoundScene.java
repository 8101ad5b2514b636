package io.github.synthphi.core.pixel;

/**
 * The parts of an ultrasound cine that do not change from frame to frame: the fan's geometry per pixel, the
 * speckle field and the anatomy drawn from the seed. {@link #render(int)} makes one frame from them.
 */
final class UltrasoundScene {

    private static final long SALT_ANATOMY = 0x5553_414eL;
    private static final long SALT_SPECKLE = 0x5553_5350L;
    private static final long SALT_FRAME = 0x5553_4652L;
    /** The display's compression of echo amplitude: a power below 1 softens the grains without hiding them. */
    private static final double GAMMA = 0.6;
    private static final int SPECKLE_TABLE = 1024;
    /** Brightness factor (256 = 1) of a speckle amplitude, indexed by amplitude * 256 / mean amplitude. */
    private static final short[] SPECKLE_LEVELS = speckleLevels();
    /** Background samples from the 16 values of a nibble: 4 to 15. */
    private static final int[] BACKGROUND_LEVELS = backgroundLevels();

    private final int rows;
    private final int columns;
    private final SectorGeometry fan;
    private final double depth;
    /** Depth below the probe's face per pixel, negative outside the fan. */
    private final float[] depthOf;
    /** Lateral position per pixel: -1 at the fan's left edge, +1 at its right edge. */
    private final float[] lateralOf;
    /** Speckle factors (256 = 1), {@code margin} extra rows above and below the image. */
    private final short[] speckle;
    private final int margin;

    private final long seed;
    private final double pleuraDepth;
    private final double breathAmplitude;
    private final int breathPeriod;
    private final double breathPhase;
    private final double[] ribCentres;
    private final double ribHalfWidth;
    private final double[] fasciaDepths;
    private final double[] bLines;
    private final double fatDepth;

    UltrasoundScene(long seed, SectorGeometry fan, int rows, int columns) {
        this.seed = seed;
        this.rows = rows;
        this.columns = columns;
        this.fan = fan;
        this.depth = fan.depthPixels();

        Rng rng = Rng.of(seed, SALT_ANATOMY);
        pleuraDepth = rng.nextDouble(0.30, 0.37) * depth;
        breathAmplitude = rng.nextDouble(0.02, 0.03) * depth;
        breathPeriod = rng.nextInt(24, 40);
        breathPhase = rng.nextDouble(0, 2 * Math.PI);
        double ribOffset = rng.nextDouble(0.6, 0.7);
        ribCentres = new double[] {-ribOffset + rng.nextDouble(-0.04, 0.04), ribOffset + rng.nextDouble(-0.04, 0.04)};
        ribHalfWidth = rng.nextDouble(0.17, 0.22);
        fatDepth = rng.nextDouble(0.06, 0.11) * depth;
        fasciaDepths = new double[rng.nextInt(2, 4)];
        for (int i = 0; i < fasciaDepths.length; i++) {
            fasciaDepths[i] = rng.nextDouble(fatDepth / depth, 0.26) * depth;
        }
        bLines = new double[rng.nextInt(0, 2)];
        for (int i = 0; i < bLines.length; i++) {
            bLines[i] = rng.nextDouble(-0.3, 0.3);
        }

        margin = (int) Math.ceil(breathAmplitude) + 1;
        depthOf = new float[rows * columns];
        lateralOf = new float[rows * columns];
        mapFan();
        speckle = speckleField(Rng.of(seed, SALT_SPECKLE), rows + 2 * margin, columns);
    }

    private void mapFan() {
        double cos = fan.cosHalfAngle();
        double sin = fan.sinHalfAngle();
        double tan = sin / cos;
        double inner2 = fan.innerRadius() * fan.innerRadius();
        double outer2 = fan.outerRadius() * fan.outerRadius();
        for (int y = 0; y < rows; y++) {
            double dy = y + 0.5 - fan.apexY();
            for (int x = 0; x < columns; x++) {
                double dx = x + 0.5 - fan.apexX();
                double r2 = dx * dx + dy * dy;
                int i = y * columns + x;
                // the same test as SectorGeometry.contains, so the data region is exactly the drawn fan
                if (dy > 0 && r2 >= inner2 && r2 <= outer2 && Math.abs(dx) * cos <= dy * sin) {
                    depthOf[i] = (float) (Math.sqrt(r2) - fan.innerRadius());
                    lateralOf[i] = (float) (dx / dy / tan);
                } else {
                    depthOf[i] = -1;
                }
            }
        }
    }

    /**
     * Fully developed speckle: a complex Gaussian field smoothed by a point spread function wider across the
     * beam than along it; its magnitude is Rayleigh distributed, and the display's compression turns it into
     * a brightness factor with mean 1.
     */
    private static short[] speckleField(Rng rng, int height, int width) {
        int[] hx = {1, 2, 3, 4, 5, 4, 3, 2, 1};
        int[] hy = {1, 2, 1};
        int padW = width + hx.length - 1;
        int padH = height + hy.length - 1;
        int[] re = new int[padW * padH];
        int[] im = new int[padW * padH];
        for (int i = 0; i < re.length; i++) {
            long bits = rng.nextLong();
            re[i] = Rng.gaussian(bits, 1000);
            im[i] = Rng.gaussian(Rng.mix(bits), 1000);
        }
        int[] reRows = new int[width * padH];
        int[] imRows = new int[width * padH];
        for (int y = 0; y < padH; y++) {
            for (int x = 0; x < width; x++) {
                int sr = 0;
                int si = 0;
                for (int k = 0; k < hx.length; k++) {
                    sr += hx[k] * re[y * padW + x + k];
                    si += hx[k] * im[y * padW + x + k];
                }
                reRows[y * width + x] = sr;
                imRows[y * width + x] = si;
            }
        }
        long sumSquares = 0;
        for (int a : hx) {
            for (int b : hy) {
                sumSquares += (long) a * a * b * b;
            }
        }
        // mean of the Rayleigh magnitude: sigma * sqrt(pi / 2)
        double meanMagnitude = 1000 * Math.sqrt(sumSquares) * Math.sqrt(Math.PI / 2);
        double toIndex = 256 / meanMagnitude;
        short[] out = new short[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                long sr = 0;
                long si = 0;
                for (int k = 0; k < hy.length; k++) {
                    sr += hy[k] * reRows[(y + k) * width + x];
                    si += hy[k] * imRows[(y + k) * width + x];
                }
                int index = (int) (Math.sqrt((double) (sr * sr + si * si)) * toIndex);
                out[y * width + x] = SPECKLE_LEVELS[Math.min(index, SPECKLE_TABLE - 1)];
            }
        }
        return out;
    }

    private static short[] speckleLevels() {
        // factor (R / mean R)^GAMMA for the amplitude at the centre of each bin, scaled so that its mean over
        // the Rayleigh distribution (density (pi x / 2) exp(-pi x^2 / 4) in x = R / mean R) is 256
        double[] factor = new double[SPECKLE_TABLE];
        double mean = 0;
        for (int k = 0; k < SPECKLE_TABLE; k++) {
            double x = (k + 0.5) / 256;
            factor[k] = StrictMath.pow(x, GAMMA);
            mean += factor[k] * (Math.PI * x / 2) * StrictMath.exp(-Math.PI * x * x / 4) / 256;
        }
        short[] table = new short[SPECKLE_TABLE];
        for (int k = 0; k < SPECKLE_TABLE; k++) {
            table[k] = (short) Math.round(256 * factor[k] / mean);
        }
        return table;
    }

    /** Frame {@code frameIndex}: the anatomy at this phase of breathing, with speckle and fresh noise. */
    FrameBuffer render(int frameIndex) {
        double shift = breathAmplitude
                * StrictMath.sin(2 * Math.PI * (frameIndex % breathPeriod) / breathPeriod + breathPhase);
        int shiftRows = (int) Math.round(shift);
        double pleura = pleuraDepth + shift;
        double lungTop = pleura - 0.07 * depth;
        FrameBuffer frame = FrameBuffer.blank(PixelFormat.RGB8, rows, columns);
        byte[] out = frame.bytes();
        Rng noise = Rng.of(seed, SALT_FRAME, frameIndex);
        Rng dark = Rng.of(seed, SALT_FRAME, frameIndex, 1);
        long bits = 0;
        int nibbles = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                int i = y * columns + x;
                int value;
                double z = depthOf[i];
                if (z < 0) {
                    if (nibbles == 0) {
                        bits = dark.nextLong();
                        nibbles = 16;
                    }
                    value = BACKGROUND_LEVELS[(int) bits & 15];
                    bits >>>= 4;
                    nibbles--;
                } else {
                    double echo = echo(z, lateralOf[i], pleura);
                    int row = (z > lungTop ? y - shiftRows : y) + margin;
                    value = (int) (echo * speckle[row * columns + x]) / 256 + Rng.gaussian(noise.nextLong(), 3);
                    value = Raster.clamp(value, 0, 255);
                }
                byte b = (byte) value;
                out[3 * i] = b;
                out[3 * i + 1] = b;
                out[3 * i + 2] = b;
            }
        }
        return frame;
    }

    private static int[] backgroundLevels() {
        int[] levels = new int[16];
        for (int n = 0; n < 16; n++) {
            levels[n] = UltrasoundPhantom.BACKGROUND_MIN + n * 12 / 16;
        }
        return levels;
    }

    /** The mean display level of tissue at depth {@code z} (pixels) and lateral position {@code u}. */
    private double echo(double z, double u, double pleura) {
        double e;
        double ribSurface = Double.NaN;
        for (double centre : ribCentres) {
            double du = (u - centre) / ribHalfWidth;
            if (du > -1 && du < 1) {
                ribSurface = pleura - (0.065 - 0.025 * du * du) * depth;
            }
        }
        double band = 0.012 * depth;
        if (!Double.isNaN(ribSurface) && z > ribSurface - band) {
            double d = z - ribSurface;
            e = d < band ? 225 - 80 * (d < 0 ? -d : d) / band : 6 + 20 * Math.max(0, 1 - (d - band) / band);
        } else if (z < pleura - band) {
            e = softTissue(z);
        } else if (z < pleura + band) {
            double d = (z - pleura) / band;
            e = 238 - 70 * d * d;
        } else {
            e = lung(z, u, pleura);
        }
        double fade = u < 0 ? -u : u;
        if (fade > 0.9) {
            e *= 1 - 4 * (fade - 0.9);
        }
        return e * (1 - 0.2 * z / depth);
    }

    private double softTissue(double z) {
        double e;
        if (z < 0.006 * depth) {
            e = 185;
        } else if (z < fatDepth) {
            e = 58;
        } else {
            e = 100;
        }
        for (double f : fasciaDepths) {
            double d = z - f;
            if (d > -1.6 && d < 1.6) {
                e += 75 * (1 - (d < 0 ? -d : d) / 1.6);
            }
        }
        return e;
    }

    private double lung(double z, double u, double pleura) {
        double below = (z - pleura) / depth;
        double e = 40 * (1 - 0.5 * below);
        double width = 0.009 * depth;
        double strength = 165;
        for (int k = 2; k <= 4; k++, strength *= 0.55) {
            double d = (z - k * pleura) / width;
            if (d > -1 && d < 1) {
                e += strength * (1 - d * d);
            }
        }
        for (double b : bLines) {
            double d = (u - b) / 0.05;
            if (d > -1 && d < 1) {
                e = Math.max(e, 150 * (1 - 0.45 * below) * (1 - d * d) * (1 - d * d));
            }
        }
        return e;
    }
}
