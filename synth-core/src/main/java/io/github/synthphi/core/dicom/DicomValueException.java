package io.github.synthphi.core.dicom;

/**
 * A value cannot be read as the type asked for: a number that does not parse, a binary value whose length
 * is not a multiple of its size.
 */
public class DicomValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Tag tag;

    public DicomValueException(Tag tag, String message) {
        super(tag + " " + Dictionary.standard().entry(tag).map(Dictionary.Entry::keyword).orElse("") + ": "
                + message);
        this.tag = tag;
    }

    /** The tag of the element whose value could not be read. */
    public Tag tag() {
        return tag;
    }
}
