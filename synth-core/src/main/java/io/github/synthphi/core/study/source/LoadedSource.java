package io.github.synthphi.core.study.source;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.PixelFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source item's pixels, ready to be burned into and written: the frames, and for a DICOM source the technical
 * attributes it keeps.
 *
 * <pre>{@code
 * LoadedSource source = new SourceLoader(dir, Modality.CT, PixelFormat.gray16(12, true)).load(item);
 * FrameBuffer first = source.frames().get(0);
 * BrightnessLimit limit = source.display().brightnessLimit();
 * }</pre>
 *
 * @param item the item
 * @param frames its frames, all of one shape and format; fresh copies the caller may burn into
 * @param attributes a DICOM source's technical attributes, every identifying one removed (Rows, Bits and the
 *     other Image Pixel attributes follow {@code frames}, not these); empty for images
 * @param display the stored values shown as black and white, for the burn check
 */
public record LoadedSource(SourceItem item, List<FrameBuffer> frames, Optional<Dataset> attributes,
                           DisplayRange display) {

    public LoadedSource {
        Objects.requireNonNull(item, "item");
        frames = List.copyOf(frames);
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(display, "display");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a loaded source has at least one frame: " + item.id());
        }
    }

    /** The format of the frames. */
    public PixelFormat format() {
        return frames.get(0).format();
    }

    /** Rows of every frame. */
    public int rows() {
        return frames.get(0).rows();
    }

    /** Columns of every frame. */
    public int columns() {
        return frames.get(0).columns();
    }
}
