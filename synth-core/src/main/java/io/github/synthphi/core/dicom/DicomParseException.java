package io.github.synthphi.core.dicom;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A file or byte stream is not DICOM that synth can read: a length past the end of the data, an odd length,
 * nesting deeper than the limit, an unknown VR, a file over the size limit.
 *
 * <p>The message names the source, the byte offset and, when known, the tag, so a person can find the
 * fault with a hex viewer:
 * {@code out/IM0001.dcm: at byte 1234, tag (0010,0010) PatientName: value length 4294967290 exceeds the 200
 * bytes that remain}.
 */
public class DicomParseException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long offset;
    private final transient Tag tag;

    /**
     * @param source the file name or another description of the input
     * @param offset the byte offset of the fault, counted from the start of the input (or of the inflated
     *     data set, which the message then says)
     * @param tag the tag of the element being read, or null
     * @param message what is wrong
     */
    public DicomParseException(String source, long offset, Tag tag, String message) {
        super(format(source, offset, tag, message));
        this.source = source;
        this.offset = offset;
        this.tag = tag;
    }

    public DicomParseException(String source, long offset, Tag tag, String message, Throwable cause) {
        this(source, offset, tag, message);
        initCause(cause);
    }

    private static String format(String source, long offset, Tag tag, String message) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": at byte ").append(offset);
        if (tag != null) {
            sb.append(", tag ").append(tag);
            tag.keyword().ifPresent(k -> sb.append(' ').append(k));
        }
        return sb.append(": ").append(message).toString();
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** The byte offset of the fault. */
    public long offset() {
        return offset;
    }

    /** The tag of the element being read, when known. */
    public Optional<Tag> tag() {
        return Optional.ofNullable(tag);
    }

    static String hex(long v) {
        return String.format(Locale.ROOT, "0x%X", v);
    }
}
