package io.github.synthphi.core.pixel;

/**
 * Projection radiographs in unsigned 16-bit samples, MONOCHROME2 (bright where the body attenuates most): a
 * posteroanterior chest for CR and DX (12 bits stored) and a craniocaudal mammogram for MG (14 bits stored).
 *
 * <p>Chest, in stored values: direct exposure outside the body about 120; soft tissue up to about 1700 at
 * the midline; lungs about 700 to 1100, crossed by ribs (+260) and clavicles; heart, mediastinum and spine
 * 1900 to 2600; smooth edges everywhere and noise of about 15. Mammogram: background about 80; a
 * breast-shaped region against the chest wall about 4200 (fat) with fibroglandular texture up to about 10000,
 * thinner and darker towards the skin line, a bright skin line and a nipple. Each frame index gives new noise
 * over the same anatomy.
 *
 * <pre>{@code
 * FrameBuffer chest = ProjectionPhantom.chest().frame(seed, 0, 1024, 1024);
 * FrameBuffer mg = ProjectionPhantom.mammogram(ProjectionPhantom.Side.LEFT).frame(seed, 0, 1024, 768);
 * }</pre>
 */
public final class ProjectionPhantom implements Phantom {

    /** The edge of the image the chest wall of a mammogram lies against. */
    public enum Side {
        /** The chest wall at column 0, the nipple pointing right. */
        LEFT,
        /** The chest wall at the last column, the nipple pointing left. */
        RIGHT
    }

    private static final long SALT_ANATOMY = 0x5052_414eL;
    private static final long SALT_NOISE = 0x5052_4e4fL;
    static final int CHEST_BACKGROUND = 120;
    static final int MAMMO_BACKGROUND = 80;
    /** The chest's anatomy lies below this normalised row; above it are the shoulders' background and the neck. */
    private static final double SHOULDER_V = -0.64;
    private static final double NECK_U = 0.16;
    /** The breast reaches this fraction of the width from the chest wall. */
    private static final double BREAST_DEPTH = 0.60;

    private final Side mammogram;

    private ProjectionPhantom(Side mammogram) {
        this.mammogram = mammogram;
    }

    /** A posteroanterior chest radiograph, for CR and DX: 12 bits stored. */
    public static ProjectionPhantom chest() {
        return new ProjectionPhantom(null);
    }

    /** A craniocaudal mammogram with the chest wall against {@code chestWall}: 14 bits stored. */
    public static ProjectionPhantom mammogram(Side chestWall) {
        if (chestWall == null) {
            throw new NullPointerException("chestWall");
        }
        return new ProjectionPhantom(chestWall);
    }

    /** True for the mammogram. */
    public boolean isMammogram() {
        return mammogram != null;
    }

    @Override
    public PixelFormat format() {
        return PixelFormat.gray16(isMammogram() ? 14 : 12, false);
    }

    @Override
    public FrameBuffer frame(long seed, int frameIndex, int rows, int columns) {
        Raster.requireFrame(frameIndex, rows, columns);
        Raster r = new Raster(rows, columns, 0);
        Rng anatomy = Rng.of(seed, SALT_ANATOMY);
        if (isMammogram()) {
            new Mammogram(anatomy, mammogram == Side.LEFT).draw(r);
        } else {
            Chest.draw(r, anatomy);
        }
        r.addNoise(Rng.of(seed, SALT_NOISE, frameIndex), isMammogram() ? 40 : 15);
        return r.toFrame(format());
    }

    /** The chest below the shoulders, or the box of the breast. */
    @Override
    public Box imagingArea(int rows, int columns) {
        Raster.requireFrame(0, rows, columns);
        if (isMammogram()) {
            int top = (int) Math.floor(rows * (0.5 - Mammogram.HALF_HEIGHT));
            int bottom = (int) Math.ceil(rows * (0.5 + Mammogram.HALF_HEIGHT));
            int width = Math.min(columns, (int) Math.ceil(columns * (BREAST_DEPTH + 0.02)) + 1);
            return new Box(mammogram == Side.LEFT ? 0 : columns - width, top, width, bottom - top);
        }
        Raster r = new Raster(rows, columns, 0);
        int top = Math.max(0, r.row(SHOULDER_V));
        return new Box(0, top, columns, rows - top);
    }

    /** Above the left shoulder of a chest; the top corner away from the chest wall of a mammogram. */
    @Override
    public Box bannerArea(int rows, int columns) {
        Box imaging = imagingArea(rows, columns);
        if (isMammogram()) {
            return new Box(awayFromChestWall(imaging, columns), 0, columns - imaging.width(), imaging.y());
        }
        Raster r = new Raster(rows, columns, 0);
        return new Box(0, 0, Math.max(0, r.column(-NECK_U - 0.04)), imaging.y());
    }

    /** Above the right shoulder of a chest; the bottom corner away from the chest wall of a mammogram. */
    @Override
    public Box labelArea(int rows, int columns) {
        Box imaging = imagingArea(rows, columns);
        if (isMammogram()) {
            int top = Math.min(rows, imaging.bottom());
            return new Box(awayFromChestWall(imaging, columns), top, columns - imaging.width(), rows - top);
        }
        Raster r = new Raster(rows, columns, 0);
        int left = Math.min(columns, r.column(NECK_U + 0.04) + 1);
        return new Box(left, 0, columns - left, imaging.y());
    }

    private int awayFromChestWall(Box imaging, int columns) {
        return mammogram == Side.LEFT ? imaging.right() : 0;
    }

    /** The maximum for high contrast; 30 of 255 levels of the stored range above the background for low. */
    @Override
    public Ink ink(Contrast contrast) {
        int background = isMammogram() ? MAMMO_BACKGROUND : CHEST_BACKGROUND;
        return Ink.gray(contrast == Contrast.HIGH ? format().maxValue()
                : background + Raster.lowContrastStep(format()));
    }

    /** The chest: a torso with shoulders and neck, two lungs over domed diaphragms, heart, spine, ribs. */
    private static final class Chest {

        static void draw(Raster r, Rng rng) {
            double tilt = rng.nextDouble(-0.02, 0.02);
            double heartSize = rng.nextDouble(0.92, 1.08);
            double ribStart = rng.nextDouble(-0.47, -0.42);
            double ribPitch = rng.nextDouble(0.08, 0.09);
            for (int y = 0; y < r.rows; y++) {
                double v = r.v(y);
                for (int x = 0; x < r.columns; x++) {
                    double u = r.u(x) - tilt * v;
                    r.values[y * r.columns + x] = (int) Math.round(brightness(u, v, heartSize, ribStart, ribPitch));
                }
            }
        }

        private static double brightness(double u, double v, double heartSize, double ribStart, double ribPitch) {
            double au = Math.abs(u);
            double shoulder = SHOULDER_V + 0.30 * (au / 0.9) * (au / 0.9) + 0.04 * Raster.smoothstep(0.3, 0.1, au);
            double torso = Raster.smoothstep(0.93, 0.86, au) * Raster.smoothstep(shoulder - 0.02, shoulder + 0.05, v);
            double neck = Raster.smoothstep(NECK_U, NECK_U - 0.05, au)
                    * Raster.smoothstep(SHOULDER_V + 0.12, SHOULDER_V, v);
            double body = Math.max(torso, neck * Math.sqrt(Math.max(0, 1 - (u / NECK_U) * (u / NECK_U))));
            double thickness = Math.sqrt(Math.max(0, 1 - (u / 0.95) * (u / 0.95)));
            double value = CHEST_BACKGROUND + body * 1600 * thickness;
            double hu = (u - 0.1) / (0.3 * heartSize);
            double hv = (v - 0.22) / (0.22 * heartSize);
            double heart = Raster.smoothstep(1.1, 0.8, Math.sqrt(hu * hu + hv * hv));
            double lungs = lung(u + 0.34, v, -0.03) + lung(u - 0.34, v, 0);
            value -= 950 * lungs * (1 - 0.75 * heart) * torso;
            double mediastinum = Raster.smoothstep(0.14, 0.08, au) * Raster.smoothstep(-0.5, -0.3, v);
            value += 500 * Math.max(heart, mediastinum) * torso;
            value += 180 * Raster.smoothstep(0.07, 0.04, au) * torso;
            if (au > 0.05 && au < 0.8) {
                double cage = Raster.smoothstep(0.8, 0.7, au) * Raster.smoothstep(0.05, 0.09, au)
                        * (0.3 + 0.7 * Math.min(1, lungs));
                for (int k = 0; k < 10; k++) {
                    double lateral = au - 0.25;
                    double centre = ribStart + ribPitch * k - 0.04 + (lateral > 0 ? 0.9 : 0.3) * lateral * lateral;
                    value += 240 * cage * Raster.smoothstep(0.026, 0.01, Math.abs(v - centre)) * torso;
                    double front = ribStart + ribPitch * k + 0.3 - 0.4 * au;
                    value += 90 * cage * Raster.smoothstep(0.02, 0.008, Math.abs(v - front)) * torso;
                }
                if (au < 0.45) {
                    double clavicle = -0.56 + 0.03 * StrictMath.sin(au * 9) + 0.15 * (au - 0.08);
                    value += 300 * Raster.smoothstep(0.45, 0.38, au)
                            * Raster.smoothstep(0.026, 0.012, Math.abs(v - clavicle)) * torso;
                }
            }
            return value * (1 + 0.04 * v);
        }

        /** How much lung lies at (u, v) relative to the centre of one lung, 0 to 1, with soft edges. */
        private static double lung(double u, double v, double lift) {
            double nu = u / 0.27;
            double dome = 0.38 + lift + 0.14 * nu * nu;
            double nv = (v - 0.0) / 0.5;
            double inside = Raster.smoothstep(1.05, 0.85, Math.sqrt(nu * nu + nv * nv));
            return inside * Raster.smoothstep(dome + 0.03, dome - 0.03, v);
        }
    }

    /** A craniocaudal mammogram: fat, fibroglandular texture, skin line and nipple. */
    private static final class Mammogram {

        static final double HALF_HEIGHT = 0.40;

        private final boolean chestWallLeft;
        private final long texture;
        private final double bulge;

        Mammogram(Rng rng, boolean chestWallLeft) {
            this.chestWallLeft = chestWallLeft;
            this.texture = rng.nextLong();
            this.bulge = rng.nextDouble(-0.04, 0.04);
        }

        void draw(Raster r) {
            double aspect = (double) r.rows / r.columns;
            for (int y = 0; y < r.rows; y++) {
                double ny = (y + 0.5) / r.rows - 0.5;
                double qy = ny / HALF_HEIGHT;
                double depth = BREAST_DEPTH * (1 + bulge * qy);
                for (int x = 0; x < r.columns; x++) {
                    double t = (chestWallLeft ? x + 0.5 : r.columns - x - 0.5) / r.columns;
                    double qx = t / depth;
                    // a superellipse a little more pointed than an ellipse towards the nipple
                    double rho = Math.sqrt(qx * Math.sqrt(qx) + qy * qy);
                    double dx = depth - t;
                    double dy = ny * aspect;
                    double toNipple = Math.sqrt(dx * dx + dy * dy);
                    double value = MAMMO_BACKGROUND;
                    if (rho < 1) {
                        double thickness = Raster.smoothstep(1.0, 0.8, rho);
                        double gland = Raster.smoothstep(0.92, 0.4, rho) * (1 - 0.35 * qx);
                        double dense = fibroglandular(StrictMath.atan2(dy, dx), toNipple, x, y, r.rows);
                        value += 1800 + 2400 * thickness + 7000 * gland * dense;
                        if (rho > 0.99) {
                            value += 700;
                        }
                    } else if (toNipple < 0.012) {
                        value += 2600;
                    }
                    r.values[y * r.columns + x] = (int) Math.round(value);
                }
            }
        }

        /**
         * Fibroglandular density from 0 to 1: smooth noise stretched along lines that converge on the nipple,
         * as ducts and Cooper's ligaments do, plus a finer isotropic grain.
         */
        private double fibroglandular(double angle, double distance, int x, int y, int rows) {
            double coarse = Raster.valueNoise(texture, angle * 7, distance * 6);
            double streaks = Raster.valueNoise(texture + 1, angle * 40, distance * 9);
            double grain = Raster.valueNoise(texture + 2, (x + 0.6 * y) * 40.0 / rows, (y - 0.6 * x) * 40.0 / rows);
            double n = 0.55 * coarse + 0.3 * streaks + 0.15 * grain;
            double dense = Math.max(0, n - 0.38) / 0.62;
            return dense * Math.sqrt(dense);
        }
    }
}
