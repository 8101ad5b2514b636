package io.github.synthphi.core.study;

import io.github.synthphi.core.pixel.CtPhantom;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.Ink;
import io.github.synthphi.core.pixel.MrPhantom;
import io.github.synthphi.core.pixel.Phantom;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.pixel.ProjectionPhantom;
import io.github.synthphi.core.pixel.ScannedFormPhantom;
import io.github.synthphi.core.pixel.UltrasoundPhantom;
import java.util.ArrayList;
import java.util.List;

/** The phantom of each modality, and the conversion of its frames to the pixel format a spec asks for. */
final class Phantoms {

    private Phantoms() {
    }

    static Phantom of(Modality modality) {
        switch (modality) {
            case US_CINE:
            case US:
                return new UltrasoundPhantom();
            case CT:
                return new CtPhantom();
            case MR:
                return new MrPhantom();
            case MG:
                return ProjectionPhantom.mammogram(ProjectionPhantom.Side.LEFT);
            case SC:
                return new ScannedFormPhantom();
            default:
                return ProjectionPhantom.chest();
        }
    }

    /** The format a spec asks for; signedness follows the phantom (CT stores signed Hounsfield units). */
    static PixelFormat format(StudySpec spec, Phantom phantom) {
        if (spec.photometricInterpretation().equals("RGB")) {
            return PixelFormat.RGB8;
        }
        if (spec.bitsAllocated() == 8) {
            return PixelFormat.GRAY8;
        }
        return PixelFormat.gray16(spec.bitsStored(), phantom.format().signed() && spec.bitsStored() > 1);
    }

    /** Maps a sample of {@code from} linearly onto the range of {@code to}. */
    static int convert(int value, PixelFormat from, PixelFormat to) {
        if (from.minValue() == to.minValue() && from.maxValue() == to.maxValue()) {
            return value;
        }
        long span = (long) from.maxValue() - from.minValue();
        long target = (long) to.maxValue() - to.minValue();
        return (int) (to.minValue() + ((value - (long) from.minValue()) * target + span / 2) / span);
    }

    /** Frames in {@code to}'s format: values mapped linearly, RGB reduced to its first (grey) sample. */
    static List<FrameBuffer> convert(List<FrameBuffer> frames, PixelFormat to) {
        if (frames.isEmpty() || frames.get(0).format().equals(to)) {
            return frames;
        }
        List<FrameBuffer> out = new ArrayList<>(frames.size());
        for (FrameBuffer f : frames) {
            FrameBuffer c = FrameBuffer.blank(to, f.rows(), f.columns());
            for (int y = 0; y < f.rows(); y++) {
                for (int x = 0; x < f.columns(); x++) {
                    for (int s = 0; s < to.samplesPerPixel(); s++) {
                        int v = f.sample(x, y, Math.min(s, f.samplesPerPixel() - 1));
                        c.setSample(x, y, s, convert(v, f.format(), to));
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    /** An ink in {@code to}'s format. */
    static Ink convert(Ink ink, PixelFormat from, PixelFormat to) {
        if (from.equals(to)) {
            return ink;
        }
        int v = convert(ink.first(), from, to);
        return to.samplesPerPixel() == 3 ? Ink.rgb(v, v, v) : Ink.gray(v);
    }
}
