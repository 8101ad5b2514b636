package io.github.synthphi.core.pixel;

/**
 * An axial chest CT slice in signed 16-bit samples with 12 bits stored, in Hounsfield units.
 *
 * <p>Stored values are HU as they are: write Rescale Intercept 0 and Rescale Slope 1 (Rescale Type HU). Air
 * outside the body is -1000, subcutaneous fat -100, soft tissue and muscle 40, heart and aorta 45, lungs -830
 * with vessels between -40 and 60, vertebral bodies 250 inside a cortex of 800, ribs, sternum and posterior
 * arches 600 to 700; every pixel carries noise of about 12 HU and the result is clamped to -2048 to 2047.
 * The frame index is the slice: the lungs, heart and vessels change a little from one index to the next.
 *
 * <pre>{@code
 * FrameBuffer slice = new CtPhantom().frame(seed, 12, 512, 512);
 * int air = slice.sample(10, 10, 0);                    // about -1000
 * Ink bone = new CtPhantom().ink(Contrast.HIGH);        // +2000: white in every window
 * }</pre>
 */
public final class CtPhantom implements Phantom {

    /** Air. */
    public static final int AIR = -1000;

    private static final long SALT_ANATOMY = 0x4354_414eL;
    private static final long SALT_NOISE = 0x4354_4e4fL;
    private static final double BODY_V = 0.05;
    private static final double BODY_A = 0.86;
    private static final double BODY_B = 0.60;
    private static final double[] RIB_ANGLES = {-150, -125, -55, -30, 10, 35, 60, 120, 145, 170};

    /** Signed, 12 bits stored. */
    @Override
    public PixelFormat format() {
        return PixelFormat.gray16(12, true);
    }

    @Override
    public FrameBuffer frame(long seed, int frameIndex, int rows, int columns) {
        Raster.requireFrame(frameIndex, rows, columns);
        Raster r = new Raster(rows, columns, AIR);
        double slice = StrictMath.sin(frameIndex * 0.21);
        r.fillEllipse(0, BODY_V, BODY_A, BODY_B, 0, -100);
        r.fillEllipse(0, BODY_V, BODY_A - 0.06, BODY_B - 0.06, 0, 40);
        for (double degrees : RIB_ANGLES) {
            double t = StrictMath.toRadians(degrees);
            r.fillEllipse(0.74 * StrictMath.cos(t), BODY_V + 0.48 * StrictMath.sin(t), 0.05, 0.022,
                    degrees + 90, 700);
        }
        double lungB = 0.40 * (1 + 0.05 * slice);
        r.fillEllipse(-0.34, 0.0, 0.27, lungB, 8, -830);
        r.fillEllipse(0.34, 0.0, 0.25, lungB, -8, -830);
        double heart = 1 - 0.08 * slice;
        r.fillEllipse(0.08, 0.03, 0.25 * heart, 0.21 * heart, -25, -90);
        r.fillEllipse(0.08, 0.03, 0.22 * heart, 0.18 * heart, -25, 45);
        r.fillEllipse(-0.03, -0.16, 0.06, 0.06, 0, 45);
        r.fillEllipse(0.11, 0.27, 0.055, 0.055, 0, 45);
        r.fillEllipse(0, 0.50, 0.11, 0.03, 0, 600);
        r.fillEllipse(0, 0.56, 0.02, 0.05, 0, 600);
        r.fillEllipse(0, 0.36, 0.085, 0.08, 0, 800);
        r.fillEllipse(0, 0.36, 0.07, 0.065, 0, 250);
        r.fillEllipse(0, 0.47, 0.035, 0.03, 0, 20);
        r.fillEllipse(0, -0.50, 0.06, 0.025, 0, 600);
        vessels(r, Rng.of(seed, SALT_ANATOMY), frameIndex);
        r.addNoise(Rng.of(seed, SALT_NOISE, frameIndex), 12);
        return r.toFrame(format());
    }

    /** Vessels cut across in both lungs: small discs that drift a little from slice to slice. */
    private static void vessels(Raster r, Rng rng, int slice) {
        for (int lung = 0; lung < 2; lung++) {
            double cu = lung == 0 ? -0.34 : 0.34;
            for (int k = 0; k < 18; k++) {
                double angle = rng.nextDouble(0, 2 * Math.PI);
                double radius = 0.8 * Math.sqrt(rng.nextDouble());
                double drift = rng.nextDouble(-0.004, 0.004) * slice;
                double size = rng.nextDouble(0.006, 0.018);
                int hu = rng.nextInt(-40, 60);
                double u = cu + 0.22 * radius * StrictMath.cos(angle) + drift;
                double v = 0.34 * radius * StrictMath.sin(angle);
                if (Math.abs(u - cu) < 0.22 && Math.abs(v) < 0.34) {
                    r.fillEllipse(u, v, size, size, 0, hu);
                }
            }
        }
    }

    /** The box of the body outline. */
    @Override
    public Box imagingArea(int rows, int columns) {
        Raster.requireFrame(0, rows, columns);
        Raster r = new Raster(rows, columns, 0);
        r.fillEllipse(0, BODY_V, BODY_A, BODY_B, 0, 1);
        return r.boxOfOtherThan(0);
    }

    /** The air above the body, across the whole width. */
    @Override
    public Box bannerArea(int rows, int columns) {
        return new Box(0, 0, columns, Math.max(0, imagingArea(rows, columns).y() - 1));
    }

    /** The right half of the air below the body. */
    @Override
    public Box labelArea(int rows, int columns) {
        int top = Math.min(rows, imagingArea(rows, columns).bottom() + 1);
        return new Box(columns / 2, top, columns - columns / 2, rows - top);
    }

    /** +2000 HU for high contrast; -518 HU (30 of 255 levels of the stored range above air) for low. */
    @Override
    public Ink ink(Contrast contrast) {
        return Ink.gray(contrast == Contrast.HIGH ? 2000 : AIR + Raster.lowContrastStep(format()));
    }

    /** At most -500 HU: the region must be mostly air. */
    @Override
    public BrightnessLimit brightnessLimit() {
        return BrightnessLimit.atMost(-500);
    }
}
