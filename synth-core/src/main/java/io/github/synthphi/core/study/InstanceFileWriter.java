package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one generated instance to its file; a seam, so that a test can make the third file fail. */
@FunctionalInterface
interface InstanceFileWriter {

    /** The writer the generator uses: a DICOM Part 10 file in the spec's transfer syntax. */
    InstanceFileWriter DICOM = (file, dataset, transferSyntax) ->
            new DicomWriter(options(transferSyntax)).write(file, dataset);

    /** Writes {@code dataset} to {@code file}, whose folder exists. */
    void write(Path file, Dataset dataset, TransferSyntax transferSyntax) throws IOException;

    /**
     * Defined lengths, except for sequences in Implicit VR: there only an undefined length tells a reader without
     * synth's private dictionary that a private element is a sequence, so that the answer key's paths into the
     * private sequences can be followed.
     */
    static WriteOptions options(TransferSyntax transferSyntax) {
        WriteOptions options = WriteOptions.of(transferSyntax);
        return transferSyntax.explicitVr() ? options : options.withSequenceLength(WriteOptions.Length.UNDEFINED);
    }
}
