package io.github.synthphi.core.study.source;

import io.github.synthphi.core.dicom.ReadOptions;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.study.Modality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Loads the pixels of source items, or says why an item cannot be used.
 *
 * <p>A DICOM item keeps its own pixel format, size, frames and technical attributes; it must be of the
 * modality's SOP Class. Images are converted to the given format ({@link ImageFrames} documents the rule) after
 * their EXIF orientation is applied; the frames of a cine must all have one shape. The reasons an item is
 * refused, as {@link UnusableSourceException#reason()} gives them:
 * <ul>
 *   <li>{@code unreadable DICOM: <the parser's message>};</li>
 *   <li>{@code not a CT source: its SOP Class UID is ..., the spec's modality needs ...};</li>
 *   <li>{@code pixels cannot be decoded: <why>} (an unsupported transfer syntax, a corrupt fragment, an image
 *       javax.imageio cannot read);</li>
 *   <li>{@code unsupported pixel format: <the Image Pixel module>; ...} (MONOCHROME1, palette, 32 bits);</li>
 *   <li>{@code EXIF orientation 9 is not valid}, {@code malformed EXIF: <what>};</li>
 *   <li>{@code inconsistent frame shapes in folder <folder>: [(240, 480, 3), (256, 480, 3)]};</li>
 *   <li>{@code file of N bytes is larger than the limit of M}.</li>
 * </ul>
 * A reason about one frame of a cine starts with the frame's file name, as in
 * {@code frame_3.jpg: EXIF orientation 9 is not valid}. A file that cannot be read at all gives a
 * {@link SourceReadException} such as {@code zone7/frame_1.png cannot be read (AccessDeniedException)}. Messages name
 * files by their relative path only. A loader is immutable and thread-safe.
 *
 * <pre>{@code
 * SourceLoader loader = new SourceLoader(dir, Modality.US_CINE, PixelFormat.RGB8);
 * for (SourceItem item : SourceFolder.scan(dir, Modality.US_CINE).items()) {
 *     try {
 *         LoadedSource source = loader.load(item);
 *     } catch (UnusableSourceException e) {
 *         System.out.println(item.id() + " quarantined: " + e.reason());
 *     }
 * }
 * }</pre>
 */
public final class SourceLoader {

    private final Path root;
    private final Modality modality;
    private final PixelFormat imageFormat;

    /**
     * A loader of the items of {@code root}.
     *
     * @param modality the spec's modality, which DICOM sources must have
     * @param imageFormat the format images are converted to
     */
    public SourceLoader(Path root, Modality modality, PixelFormat imageFormat) {
        this.root = Objects.requireNonNull(root, "root");
        this.modality = Objects.requireNonNull(modality, "modality");
        this.imageFormat = Objects.requireNonNull(imageFormat, "imageFormat");
    }

    /**
     * Loads {@code item}.
     *
     * @throws UnusableSourceException with the quarantine reason when the item cannot be used
     * @throws SourceReadException when a file cannot be read at all
     */
    public LoadedSource load(SourceItem item) throws UnusableSourceException, SourceReadException {
        Objects.requireNonNull(item, "item");
        if (item.kind() == SourceItem.Kind.DICOM) {
            String file = item.files().get(0);
            return DicomSource.load(item, read(file), file, modality);
        }
        if (item.kind() == SourceItem.Kind.IMAGE) {
            FrameBuffer frame = ImageFrames.decode(read(item.files().get(0)), imageFormat);
            return new LoadedSource(item, List.of(frame), Optional.empty(), DisplayRange.of(imageFormat));
        }
        List<FrameBuffer> frames = new ArrayList<>(item.files().size());
        for (String file : item.files()) {
            try {
                frames.add(ImageFrames.decode(read(file), imageFormat));
            } catch (UnusableSourceException e) {
                throw new UnusableSourceException(SourceFolder.name(file) + ": " + e.reason());
            }
        }
        TreeSet<FrameBuffer> shapes = new TreeSet<>(Comparator.comparingInt(FrameBuffer::rows)
                .thenComparingInt(FrameBuffer::columns).thenComparingInt(FrameBuffer::samplesPerPixel));
        shapes.addAll(frames);
        if (shapes.size() > 1) {
            throw new UnusableSourceException("inconsistent frame shapes in folder " + item.id() + ": "
                    + shapes.stream().map(FrameBuffer::shape).collect(Collectors.joining(", ", "[", "]")));
        }
        return new LoadedSource(item, frames, Optional.empty(), DisplayRange.of(imageFormat));
    }

    private byte[] read(String rel) throws SourceReadException, UnusableSourceException {
        Path file = root.resolve(rel);
        long limit = ReadOptions.defaults().maxFileSize();
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new UnusableSourceException("file of " + size + " bytes is larger than the limit of " + limit);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // the JDK's message is the absolute path; the manifest names sources by relative path only
            throw new SourceReadException(rel + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
