package io.github.synthphi.core.study.source;

import java.io.IOException;

/**
 * A source file that cannot be read at all (gone, no permission): the item fails, as the ultrasound pipeline's
 * {@code load_error} does, rather than being quarantined. The message names the file by its relative path.
 *
 * <pre>{@code
 * catch (SourceReadException e) {
 *     manifest.add(failed(item, "load_error: " + e.getMessage()));   // "zone7/frame_1.png cannot be read (...)"
 * }
 * }</pre>
 */
public class SourceReadException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A file that cannot be read, with what the file system said. */
    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
