package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.dicom.internal.DatasetEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes the files the test de-identifiers produce: through {@link DicomWriter} for the transfer syntaxes it
 * writes, and with the codec's encoder directly for what it does not (encapsulated JPEG Baseline, a transfer
 * syntax synth cannot decode, a file meta that disagrees with the data set).
 */
final class Part10 {

    private Part10() {
    }

    /** Writes {@code ds} in {@code ts} with the file meta made from the data set. */
    static void write(Path file, Dataset ds, TransferSyntax ts) throws IOException {
        if (ts.isWritable()) {
            new DicomWriter(WriteOptions.of(ts)).write(file, ds);
        } else {
            write(file, ds, ts, Optional.empty());
        }
    }

    /**
     * Writes {@code ds} in {@code ts} (explicit VR little endian encoding, pixel data as they are), with the
     * file meta's Media Storage SOP Instance UID replaced by {@code mediaSopInstanceUid} when given.
     */
    static void write(Path file, Dataset ds, TransferSyntax ts, Optional<String> mediaSopInstanceUid)
            throws IOException {
        Dataset meta = DicomWriter.fileMeta(ds, ts);
        if (mediaSopInstanceUid.isPresent()) {
            meta.setString(Tags.MediaStorageSOPInstanceUID, Vr.UI, mediaSopInstanceUid.get());
            DatasetEncoder sizer = new DatasetEncoder(OutputStream.nullOutputStream(), true, false, false);
            long length = 0;
            for (Element e : meta.elements()) {
                if (!e.tag().equals(Tags.FileMetaInformationGroupLength)) {
                    length += sizer.elementLength(e, SpecificCharacterSet.DEFAULT);
                }
            }
            meta.setInt(Tags.FileMetaInformationGroupLength, Vr.UL, (int) length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] preamble = new byte[132];
            preamble[128] = 'D';
            preamble[129] = 'I';
            preamble[130] = 'C';
            preamble[131] = 'M';
            out.write(preamble);
            DatasetEncoder metaEncoder = new DatasetEncoder(out, true, false, false);
            for (Element e : meta.elements()) {
                metaEncoder.writeElement(e, SpecificCharacterSet.DEFAULT);
            }
            metaEncoder.flush();
            DatasetEncoder encoder = new DatasetEncoder(out, ts.explicitVr(), false, false);
            encoder.write(ds);
            encoder.flush();
        }
    }

    /** Fragments with a Basic Offset Table, one fragment per frame. */
    static Value.Fragments fragments(List<byte[]> frames) {
        byte[] table = new byte[4 * frames.size()];
        long offset = 0;
        List<Value.Bytes> out = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            for (int k = 0; k < 4; k++) {
                table[4 * f + k] = (byte) (offset >>> (8 * k));
            }
            byte[] b = frames.get(f);
            offset += 8 + b.length + (b.length & 1);
            out.add(Value.Bytes.of(b));
        }
        return new Value.Fragments(Value.Bytes.of(table), out);
    }

    /** A decoded 8-bit frame (grey or RGB) as a JPEG Baseline stream of the given quality, by javax.imageio. */
    static byte[] jpeg(Frame f, float quality) throws IOException {
        BufferedImage image;
        if (f.samplesPerPixel() == 1) {
            image = new BufferedImage(f.columns(), f.rows(), BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setSamples(0, 0, f.columns(), f.rows(), 0, f.samples());
        } else {
            image = new BufferedImage(f.columns(), f.rows(), BufferedImage.TYPE_INT_RGB);
            image.getRaster().setPixels(0, 0, f.columns(), f.rows(), f.samples());
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
