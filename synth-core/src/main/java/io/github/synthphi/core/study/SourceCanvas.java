package io.github.synthphi.core.study;

import io.github.synthphi.core.pixel.BrightnessLimit;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.Contrast;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.Ink;
import io.github.synthphi.core.pixel.Phantom;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.study.source.LoadedSource;

/**
 * A source's frames seen as a phantom, so that {@link BannerPlan} lays out a banner on it as on a drawn image.
 * Where the anatomy of an arbitrary image is is not known, so the rule is fixed:
 * <ul>
 *   <li>the banner goes in the top-left corner, its first line at (5, 5), the ultrasound pipeline's burn origin
 *       ({@link #bannerArea} starts at (1, 1) and the layout keeps a 4-pixel margin);</li>
 *   <li>the imaging area is the lower half of the image, away from the banner (a text burned "inside the image"
 *       lands a third of the way across, three quarters of the way down);</li>
 *   <li>there is no label area: clinical labels would cover source pixels;</li>
 *   <li>high-contrast ink is the brightest stored value (white), low-contrast ink the value shown at 60 of 255,
 *       twice the pipeline's brightness limit of the background;</li>
 *   <li>the brightness limit is the pipeline's, 30 of 255, on the source's {@linkplain
 *       io.github.synthphi.core.study.source.DisplayRange display range}.</li>
 * </ul>
 * {@link #frame} gives a copy of the source's frame whatever the seed.
 */
final class SourceCanvas implements Phantom {

    /** The rows and columns {@link #bannerArea} leaves above and left of it; with the layout margin, 5. */
    private static final int AREA_ORIGIN = 1;

    private final LoadedSource source;

    SourceCanvas(LoadedSource source) {
        this.source = source;
    }

    @Override
    public PixelFormat format() {
        return source.format();
    }

    @Override
    public FrameBuffer frame(long seed, int frameIndex, int rows, int columns) {
        FrameBuffer f = source.frames().get(frameIndex);
        if (rows != f.rows() || columns != f.columns()) {
            throw new IllegalArgumentException("the source " + source.item().id() + " is " + f.columns() + " x "
                    + f.rows() + ", not " + columns + " x " + rows + "; sources are not resized");
        }
        return f.copy();
    }

    @Override
    public Box imagingArea(int rows, int columns) {
        return new Box(0, rows / 2, columns, rows - rows / 2);
    }

    @Override
    public Box bannerArea(int rows, int columns) {
        return new Box(AREA_ORIGIN, AREA_ORIGIN, Math.max(0, columns - AREA_ORIGIN), Math.max(0, rows - AREA_ORIGIN));
    }

    @Override
    public Box labelArea(int rows, int columns) {
        return new Box(0, 0, 0, 0);
    }

    @Override
    public Ink ink(Contrast contrast) {
        PixelFormat f = format();
        int value = contrast == Contrast.HIGH ? f.maxValue()
                : (int) Math.max(f.minValue(), Math.min(f.maxValue(), Math.round(source.display().at(60))));
        return f.samplesPerPixel() == 3 ? Ink.rgb(value, value, value) : Ink.gray(value);
    }

    @Override
    public BrightnessLimit brightnessLimit() {
        return source.display().brightnessLimit();
    }
}
