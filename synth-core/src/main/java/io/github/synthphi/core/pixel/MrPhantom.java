package io.github.synthphi.core.pixel;

/**
 * An axial T1-weighted brain MR slice at the level of the lateral ventricles, in unsigned 16-bit samples with
 * 12 bits stored.
 *
 * <p>Intensities: background Rician noise (mean about 25), scalp fat 1400, skull 120, cerebrospinal fluid
 * (around the brain, in sulci, the fissure and the ventricles) 280, grey matter 750, white matter 1100 with
 * a folded boundary; a smooth bias field changes them by up to 15 % across the head, and every pixel carries
 * Rician noise of sigma 20. The frame index is the slice: the ventricles and folds change a little with it.
 *
 * <pre>{@code
 * FrameBuffer slice = new MrPhantom().frame(seed, 0, 256, 256);
 * Box head = new MrPhantom().imagingArea(256, 256);
 * }</pre>
 */
public final class MrPhantom implements Phantom {

    /** The nominal background level. */
    static final int BACKGROUND = 25;

    private static final long SALT_ANATOMY = 0x4d52_414eL;
    private static final long SALT_NOISE = 0x4d52_4e4fL;
    private static final double HEAD_V = 0.12;
    private static final double HEAD_A = 0.62;
    private static final double HEAD_B = 0.74;

    /** Unsigned, 12 bits stored. */
    @Override
    public PixelFormat format() {
        return PixelFormat.gray16(12, false);
    }

    @Override
    public FrameBuffer frame(long seed, int frameIndex, int rows, int columns) {
        Raster.requireFrame(frameIndex, rows, columns);
        Rng rng = Rng.of(seed, SALT_ANATOMY);
        double slice = StrictMath.sin(frameIndex * 0.17);
        Raster r = new Raster(rows, columns, 0);
        r.fillEllipse(0, HEAD_V, HEAD_A, HEAD_B, 0, 1400);
        r.fillEllipse(0, HEAD_V, HEAD_A - 0.035, HEAD_B - 0.035, 0, 120);
        r.fillEllipse(0, HEAD_V, HEAD_A - 0.065, HEAD_B - 0.065, 0, 280);
        brain(r, rng, frameIndex, HEAD_A - 0.08, HEAD_B - 0.08);
        double ventricle = 1 + 0.15 * slice;
        r.fillEllipse(-0.075, HEAD_V - 0.06, 0.05 * ventricle, 0.2, 12, 280);
        r.fillEllipse(0.075, HEAD_V - 0.06, 0.05 * ventricle, 0.2, -12, 280);
        biasAndNoise(r, rng, Rng.of(seed, SALT_NOISE, frameIndex));
        return r.toFrame(format());
    }

    /** Grey matter with a folded white-matter core, sulci and the interhemispheric fissure. */
    private static void brain(Raster r, Rng rng, int slice, double a, double b) {
        double p1 = rng.nextDouble(0, 2 * Math.PI) + 0.05 * slice;
        double p2 = rng.nextDouble(0, 2 * Math.PI) - 0.08 * slice;
        double p3 = rng.nextDouble(0, 2 * Math.PI) + 0.11 * slice;
        double sulcusPhase = rng.nextDouble(0, 2 * Math.PI) + 0.04 * slice;
        long sulcusSeed = rng.nextLong();
        for (int y = 0; y < r.rows; y++) {
            double q = (r.v(y) - HEAD_V) / b;
            for (int x = 0; x < r.columns; x++) {
                double p = r.u(x) / a;
                double rho2 = p * p + q * q;
                if (rho2 > 1) {
                    continue;
                }
                double rho = Math.sqrt(rho2);
                double phi = StrictMath.atan2(q, p);
                double fold = 0.76 * (1 + 0.07 * StrictMath.sin(9 * phi + p1) + 0.04 * StrictMath.sin(17 * phi + p2)
                        + 0.02 * StrictMath.sin(31 * phi + p3));
                int value = rho < fold ? 1100 : 750;
                double sulcus = StrictMath.sin(23 * phi + 2.5 * StrictMath.sin(4 * phi + p2) + sulcusPhase);
                if (sulcus > 0.95 && rho > 0.8 + 0.12 * Raster.valueNoise(sulcusSeed, phi * 6, 0.5)) {
                    value = 280;
                }
                if (Math.abs(r.u(x)) < 0.012 && (q < -0.45 || q > 0.5)) {
                    value = 280;
                }
                r.values[y * r.columns + x] = value;
            }
        }
    }

    /** A smooth multiplicative bias across the head, then Rician noise: the magnitude of a noisy complex signal. */
    private static void biasAndNoise(Raster r, Rng rng, Rng noise) {
        double angle = rng.nextDouble(0, 2 * Math.PI);
        double bx = 0.15 * StrictMath.cos(angle);
        double by = 0.15 * StrictMath.sin(angle);
        for (int y = 0; y < r.rows; y++) {
            double v = r.v(y);
            for (int x = 0; x < r.columns; x++) {
                int i = y * r.columns + x;
                double signal = r.values[i] * (1 + bx * r.u(x) + by * v);
                long bits = noise.nextLong();
                double re = signal + Rng.gaussian(bits, 20);
                double im = Rng.gaussian(Rng.mix(bits), 20);
                r.values[i] = (int) Math.round(Math.sqrt(re * re + im * im));
            }
        }
    }

    /** The box of the head. */
    @Override
    public Box imagingArea(int rows, int columns) {
        Raster.requireFrame(0, rows, columns);
        Raster r = new Raster(rows, columns, 0);
        r.fillEllipse(0, HEAD_V, HEAD_A, HEAD_B, 0, 1);
        return r.boxOfOtherThan(0);
    }

    /** The background above the head, across the whole width. */
    @Override
    public Box bannerArea(int rows, int columns) {
        return new Box(0, 0, columns, Math.max(0, imagingArea(rows, columns).y() - 1));
    }

    /** The background right of the head, in the lower half. */
    @Override
    public Box labelArea(int rows, int columns) {
        int left = Math.min(columns, imagingArea(rows, columns).right() + 1);
        return new Box(left, rows / 2, columns - left, rows - rows / 2);
    }

    /** 4095 for high contrast; 507 (30 of 255 levels of the stored range above the background) for low. */
    @Override
    public Ink ink(Contrast contrast) {
        return Ink.gray(contrast == Contrast.HIGH ? format().maxValue()
                : BACKGROUND + Raster.lowContrastStep(format()));
    }
}
