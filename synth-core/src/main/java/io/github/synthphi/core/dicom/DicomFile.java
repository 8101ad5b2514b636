package io.github.synthphi.core.dicom;

import java.util.Objects;

/**
 * What {@link DicomReader} read: the file meta information, the data set and the transfer syntax of the data
 * set.
 *
 * <pre>{@code
 * DicomFile file = new DicomReader().read(Path.of("IM0001.dcm"));
 * String uid = file.dataset().getString(Tags.SOPInstanceUID).orElseThrow();
 * }</pre>
 *
 * @param fileMeta group 0002; empty for a bare data set without file meta
 * @param dataset the data set
 * @param transferSyntax the transfer syntax of the data set (declared, or guessed for a bare data set)
 * @param hasPreamble whether the input started with the 128-byte preamble and {@code DICM}
 */
public record DicomFile(Dataset fileMeta, Dataset dataset, TransferSyntax transferSyntax, boolean hasPreamble) {
    public DicomFile {
        Objects.requireNonNull(fileMeta, "fileMeta");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(transferSyntax, "transferSyntax");
    }
}
