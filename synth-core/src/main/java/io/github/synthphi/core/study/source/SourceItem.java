package io.github.synthphi.core.study.source;

import java.util.List;
import java.util.Objects;

/**
 * One usable-looking source of a {@link SourceFolder}: what becomes one instance of the generated study.
 *
 * <pre>{@code
 * for (SourceItem item : SourceFolder.scan(dir, Modality.US_CINE).items()) {
 *     System.out.println(item.id() + ": " + item.files().size() + " frame(s)");   // "zone7: 87 frame(s)"
 * }
 * }</pre>
 *
 * @param id the item's relative path with {@code /} separators: the file's, or for a cine its folder's
 *     ({@code .} for the top folder)
 * @param kind what the item is made of
 * @param files the relative paths of its files: one, or a cine's frames in natural order
 *     ({@code frame_2} before {@code frame_10})
 */
public record SourceItem(String id, Kind kind, List<String> files) {

    /** What a source item is made of. */
    public enum Kind {
        /** One DICOM file, which keeps its pixels and technical attributes. */
        DICOM,
        /** One PNG or JPEG image, one single-frame instance. */
        IMAGE,
        /** The PNG and JPEG images of one folder, the frames of one multi-frame instance. */
        CINE
    }

    public SourceItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        files = List.copyOf(files);
        if (files.isEmpty() || kind != Kind.CINE && files.size() != 1) {
            throw new IllegalArgumentException(kind + " item " + id + " cannot have " + files.size() + " files");
        }
    }
}
