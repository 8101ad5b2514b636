package io.github.synthphi.core.dicom;

import java.io.IOException;

/**
 * A data set cannot be written as asked: text that the character set cannot represent, a value too long
 * for its VR's length field, pixel data that do not fit the transfer syntax, a missing SOP Instance UID.
 */
public class DicomWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    public DicomWriteException(String message) {
        super(message);
    }

    public DicomWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
