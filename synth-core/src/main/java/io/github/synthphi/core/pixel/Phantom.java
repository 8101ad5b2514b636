package io.github.synthphi.core.pixel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A procedural image of one modality family: every frame is a pure function of the seed, the frame index and
 * the size, so the same arguments give the same samples on every machine.
 *
 * <p>Besides the pixels a phantom says where things are, so that a generator can burn text in realistic
 * places: the {@linkplain #imagingArea imaging area} (anatomy; for ultrasound the region a DICOM writer puts
 * in Sequence of Ultrasound Regions), a {@linkplain #bannerArea banner area} outside it whose background
 * passes the {@linkplain #brightnessLimit() brightness check}, and a {@linkplain #labelArea label area} of its
 * own for clinical labels. The areas are computed for the given size; at small sizes a banner may not fit its
 * area, which the {@link BurnSafety} check reports.
 *
 * <pre>{@code
 * Phantom phantom = new UltrasoundPhantom();
 * List<FrameBuffer> cine = phantom.frames(seed, 32, 480, 640);
 * Box banner = phantom.bannerArea(480, 640);    // dark, outside the sector
 * Ink white = phantom.ink(Contrast.HIGH);
 * }</pre>
 */
public interface Phantom {

    /** The format of every frame. */
    PixelFormat format();

    /**
     * Frame {@code frameIndex} of the phantom for {@code seed}. For phantoms of one frame per instance (CT,
     * MR) the index is the slice: neighbouring indices give neighbouring slices.
     *
     * @param seed any value; equal seeds give equal frames
     * @param frameIndex at least 0
     * @param rows 1 to 65535
     * @param columns 1 to 65535
     */
    FrameBuffer frame(long seed, int frameIndex, int rows, int columns);

    /**
     * Frames 0 to {@code count - 1}; each equals {@link #frame} of its index. Implementations may share work
     * between frames.
     */
    default List<FrameBuffer> frames(long seed, int count, int rows, int columns) {
        Raster.requireCount(count);
        List<FrameBuffer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(frame(seed, i, rows, columns));
        }
        return Collections.unmodifiableList(out);
    }

    /** Where the anatomy is drawn. */
    Box imagingArea(int rows, int columns);

    /** A background area outside the imaging area for the PHI banner; it passes {@link #brightnessLimit()}. */
    Box bannerArea(int rows, int columns);

    /** A background area for clinical labels, overlapping neither the banner area nor the imaging area. */
    Box labelArea(int rows, int columns);

    /** The ink for burned text of the given contrast against the background of the banner and label areas. */
    Ink ink(Contrast contrast);

    /** The limit the background of a burn region must meet; by default {@link BrightnessLimit#scaledFor}. */
    default BrightnessLimit brightnessLimit() {
        return BrightnessLimit.scaledFor(format());
    }
}
