package io.github.synthphi.core.study.source;

import java.util.Objects;

/**
 * A source item that cannot be used, with the reason its instance is quarantined for, such as
 * {@code unreadable DICOM: ...}, {@code pixels cannot be decoded: ...} or {@code EXIF orientation 9 is not
 * valid}. The message is the reason exactly, as {@code run_manifest.csv} gives it.
 *
 * <pre>{@code
 * try {
 *     LoadedSource source = loader.load(item);
 * } catch (UnusableSourceException e) {
 *     manifest.add(quarantined(item, e.reason()));
 * }
 * }</pre>
 */
public class UnusableSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A source that cannot be used for {@code reason}. */
    public UnusableSourceException(String reason) {
        super(Objects.requireNonNull(reason, "reason"));
    }

    /** The quarantine reason. */
    public String reason() {
        return getMessage();
    }
}
