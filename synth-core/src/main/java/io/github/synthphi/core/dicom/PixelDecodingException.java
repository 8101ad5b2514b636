package io.github.synthphi.core.dicom;

import java.io.IOException;

/** Pixel data that cannot be decoded, with the reason: an unsupported encoding, a corrupt fragment. */
public class PixelDecodingException extends IOException {
    private static final long serialVersionUID = 1L;

    public PixelDecodingException(String message) {
        super(message);
    }

    public PixelDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
