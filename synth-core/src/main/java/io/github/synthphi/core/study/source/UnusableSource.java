package io.github.synthphi.core.study.source;

import java.util.Objects;

/**
 * A file of a source folder that cannot be a source at all, with the reason: it is quarantined (listed in
 * {@code run_manifest.csv}), never skipped silently.
 *
 * <pre>{@code
 * for (UnusableSource u : SourceFolder.scan(dir, Modality.CT).unusable()) {
 *     System.out.println(u.path() + ": " + u.reason());   // "notes.txt: not an image or DICOM file"
 * }
 * }</pre>
 *
 * @param path the file's relative path with {@code /} separators
 * @param reason why it is not used
 */
public record UnusableSource(String path, String reason) {
    public UnusableSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
