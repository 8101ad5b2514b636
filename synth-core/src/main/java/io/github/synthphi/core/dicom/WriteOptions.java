package io.github.synthphi.core.dicom;

import java.util.Objects;

/**
 * How {@link DicomWriter} encodes: the transfer syntax and whether sequences and items get defined or
 * undefined lengths.
 *
 * <pre>{@code
 * WriteOptions o = WriteOptions.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN)
 *         .withSequenceLength(WriteOptions.Length.UNDEFINED);
 * }</pre>
 *
 * @param transferSyntax one of {@link TransferSyntax#writable()}
 * @param sequenceLength how sequence lengths are written
 * @param itemLength how item lengths are written
 * @param deflateLevel the compression level for the deflated transfer syntax, 0 to 9
 */
public record WriteOptions(TransferSyntax transferSyntax, Length sequenceLength, Length itemLength, int deflateLevel) {

    /** Defined lengths (counted bytes) or undefined lengths (closed by delimitation items). */
    public enum Length {
        DEFINED,
        UNDEFINED
    }

    public WriteOptions {
        Objects.requireNonNull(transferSyntax, "transferSyntax");
        Objects.requireNonNull(sequenceLength, "sequenceLength");
        Objects.requireNonNull(itemLength, "itemLength");
        if (!transferSyntax.isWritable()) {
            throw new IllegalArgumentException("DicomWriter cannot write " + transferSyntax + "; it writes "
                    + TransferSyntax.writable());
        }
        if (deflateLevel < 0 || deflateLevel > 9) {
            throw new IllegalArgumentException("deflateLevel must be 0 to 9, got " + deflateLevel);
        }
    }

    /** Explicit VR Little Endian with defined lengths. */
    public static WriteOptions defaults() {
        return of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    /** The transfer syntax with defined lengths. */
    public static WriteOptions of(TransferSyntax transferSyntax) {
        return new WriteOptions(transferSyntax, Length.DEFINED, Length.DEFINED, 6);
    }

    /** These options with another sequence length mode. */
    public WriteOptions withSequenceLength(Length length) {
        return new WriteOptions(transferSyntax, length, itemLength, deflateLevel);
    }

    /** These options with another item length mode. */
    public WriteOptions withItemLength(Length length) {
        return new WriteOptions(transferSyntax, sequenceLength, length, deflateLevel);
    }
}
