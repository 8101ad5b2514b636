package io.github.synthphi.core.pixel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A lung ultrasound cine from a curved-array probe, in 8-bit RGB (grey, R = G = B), as a point-of-care
 * machine exports it.
 *
 * <p>The picture: a near-black screen (samples 4 to 15, mean about 9.5); a fan-shaped sector
 * ({@link #sector}) below a dark band at the top that holds the PHI banner; in the fan, speckle (log-compressed
 * Rayleigh noise made by smoothing a complex Gaussian field, so grains are a few pixels wide and stay with the
 * tissue from frame to frame), skin, fat and muscle with fascia lines, two ribs with their acoustic shadows, the
 * bright pleural line between them, A-lines (its reverberations at two and three times its depth) and, for some
 * seeds, B-lines. The pleural line, the ribs and the lung below move up and down with breathing, a few
 * percent of the depth over a period of 24 to 40 frames, so consecutive frames differ.
 *
 * <p>Frames are pure functions of (seed, frame index, rows, columns). {@link #frames} computes the speckle
 * field and the fan geometry once and is the fast way to make a cine.
 *
 * <pre>{@code
 * UltrasoundPhantom us = new UltrasoundPhantom();
 * List<FrameBuffer> cine = us.frames(seed, 32, 480, 640);
 * Box region = us.sector(480, 640).dataRegion();   // for Sequence of Ultrasound Regions
 * Box banner = us.bannerArea(480, 640);            // the dark band above the fan
 * }</pre>
 */
public final class UltrasoundPhantom implements Phantom {

    /** The fan opens 30 degrees to either side. */
    static final double HALF_ANGLE_DEGREES = 30;
    /** The probe's face is at least this fraction of the outer radius from the apex. */
    static final double MIN_INNER = 0.25;
    /** The imaging depth shown. */
    static final double DEPTH_CM = 14;
    /** Background samples are 4 to 15. */
    static final int BACKGROUND_MIN = 4;
    /** The nominal background level, for low-contrast ink. */
    static final int BACKGROUND = 10;

    @Override
    public PixelFormat format() {
        return PixelFormat.RGB8;
    }

    /**
     * The fan for an image of {@code rows x columns}: it fills the rows below the top fifth (the banner band)
     * down to 3 % above the bottom and about 72 % of the width, centred.
     */
    public SectorGeometry sector(int rows, int columns) {
        Raster.requireFrame(0, rows, columns);
        double cos = StrictMath.cos(StrictMath.toRadians(HALF_ANGLE_DEGREES));
        double sin = StrictMath.sin(StrictMath.toRadians(HALF_ANGLE_DEGREES));
        double top = Math.round(rows * 0.2);
        double bottom = rows - Math.max(2, Math.round(rows * 0.03));
        double height = Math.max(1, bottom - top);
        double outer = columns * 0.36 / sin;
        double inner = (outer - height) / cos;
        if (inner < MIN_INNER * outer) {
            outer = height / (1 - MIN_INNER * cos);
            inner = MIN_INNER * outer;
        } else if (inner > 0.5 * outer) {
            outer = height / (1 - 0.5 * cos);
            inner = 0.5 * outer;
        }
        double apexX = columns / 2.0;
        double apexY = bottom - outer;
        SectorGeometry fan = new SectorGeometry(apexX, apexY, inner, outer, HALF_ANGLE_DEGREES, new Box(0, 0, 0, 0),
                DEPTH_CM);
        return new SectorGeometry(apexX, apexY, inner, outer, HALF_ANGLE_DEGREES, tightBox(fan, rows, columns),
                DEPTH_CM);
    }

    private static Box tightBox(SectorGeometry fan, int rows, int columns) {
        double cos = fan.cosHalfAngle();
        double sin = fan.sinHalfAngle();
        int left = columns;
        int right = -1;
        int top = rows;
        int bottom = -1;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                if (fan.contains(x, y, cos, sin)) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        return right < 0 ? new Box(0, 0, 0, 0) : new Box(left, top, right - left + 1, bottom - top + 1);
    }

    /** The fan's data region. */
    @Override
    public Box imagingArea(int rows, int columns) {
        return sector(rows, columns).dataRegion();
    }

    /** The dark band across the top, above the data region. */
    @Override
    public Box bannerArea(int rows, int columns) {
        return new Box(0, 0, columns, sector(rows, columns).dataRegion().y());
    }

    /** The dark corner right of the data region, in the lower half of the image. */
    @Override
    public Box labelArea(int rows, int columns) {
        Box data = sector(rows, columns).dataRegion();
        int top = data.y() + data.height() / 2;
        return new Box(data.right(), top, columns - data.right(), rows - top);
    }

    /** White (255) for high contrast; grey 40, 30 levels above the nominal background, for low. */
    @Override
    public Ink ink(Contrast contrast) {
        int v = contrast == Contrast.HIGH ? 255 : BACKGROUND + 30;
        return Ink.rgb(v, v, v);
    }

    @Override
    public FrameBuffer frame(long seed, int frameIndex, int rows, int columns) {
        Raster.requireFrame(frameIndex, rows, columns);
        return new UltrasoundScene(seed, sector(rows, columns), rows, columns).render(frameIndex);
    }

    @Override
    public List<FrameBuffer> frames(long seed, int count, int rows, int columns) {
        Raster.requireCount(count);
        Raster.requireFrame(0, rows, columns);
        UltrasoundScene scene = new UltrasoundScene(seed, sector(rows, columns), rows, columns);
        List<FrameBuffer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(scene.render(i));
        }
        return Collections.unmodifiableList(out);
    }
}
