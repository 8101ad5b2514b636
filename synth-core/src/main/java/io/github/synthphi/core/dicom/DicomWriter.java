package io.github.synthphi.core.dicom;

import io.github.synthphi.core.dicom.internal.DatasetEncoder;
import io.github.synthphi.core.dicom.internal.Rle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes DICOM Part 10 files: 128-byte preamble, {@code DICM}, file meta information (group 0002 with its
 * group length, Media Storage SOP Class and Instance UID, Transfer Syntax UID, synth's Implementation Class
 * UID and Version Name), then the data set in the transfer syntax of the {@link WriteOptions}.
 *
 * <p>Values are padded to even length (space for text, NUL for UI and binary). Group 0002 elements and group
 * lengths in the data set are not written: the file meta is made from the data set. Native pixel data are
 * RLE-encoded when the transfer syntax is RLE Lossless; encapsulated pixel data ({@link Value.Fragments})
 * are written with their Basic Offset Table. A writer is immutable and thread-safe.
 *
 * <pre>{@code
 * new DicomWriter(WriteOptions.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)).write(Path.of("IM0001.dcm"), ds);
 * }</pre>
 */
public final class DicomWriter {

    private static final byte[] FILE_META_VERSION = {0, 1};
    private static final byte[] PREAMBLE_AND_MAGIC = preambleAndMagic();

    private final WriteOptions options;

    /** A writer with {@link WriteOptions#defaults()}. */
    public DicomWriter() {
        this(WriteOptions.defaults());
    }

    /** A writer with the given options. */
    public DicomWriter(WriteOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The options of this writer. */
    public WriteOptions options() {
        return options;
    }

    /**
     * Writes a Part 10 file. A file left half-written by a failure is deleted.
     *
     * @throws DicomWriteException when the data set cannot be encoded as asked
     */
    public void write(Path file, Dataset dataset) throws IOException {
        boolean done = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            write(new ChannelOutput(channel), dataset);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Writes a Part 10 file to a stream (which is not closed). */
    public void write(OutputStream out, Dataset dataset) throws IOException {
        Dataset prepared = prepare(dataset);
        Dataset meta = fileMeta(prepared, options.transferSyntax());
        DatasetEncoder metaEncoder = new DatasetEncoder(out, true, false, false);
        metaEncoder.writeRaw(PREAMBLE_AND_MAGIC, 0, PREAMBLE_AND_MAGIC.length);
        for (Element e : meta.elements()) {
            metaEncoder.writeElement(e, SpecificCharacterSet.DEFAULT);
        }
        TransferSyntax ts = options.transferSyntax();
        boolean undefinedSeq = options.sequenceLength() == WriteOptions.Length.UNDEFINED;
        boolean undefinedItem = options.itemLength() == WriteOptions.Length.UNDEFINED;
        if (ts.deflated()) {
            metaEncoder.flush();
            Deflater deflater = new Deflater(options.deflateLevel(), true);
            try {
                DeflaterOutputStream deflated = new DeflaterOutputStream(nonClosing(out), deflater, 64 * 1024);
                DatasetEncoder encoder = new DatasetEncoder(deflated, true, undefinedSeq, undefinedItem);
                encoder.write(prepared);
                encoder.flush();
                deflated.finish();
            } finally {
                deflater.end();
            }
        } else {
            // continues the meta encoder's buffer: preamble, file meta and the data set up to the first large
            // value reach the stream in one write
            DatasetEncoder encoder = new DatasetEncoder(metaEncoder, ts.explicitVr(), undefinedSeq, undefinedItem);
            encoder.write(prepared);
            encoder.flush();
        }
        out.flush();
    }

    /**
     * The file meta information for {@code dataset} in {@code ts}: group length, version, Media Storage SOP
     * Class and Instance UID (from the data set's SOP Class and Instance UID), Transfer Syntax UID and synth's
     * implementation identity.
     *
     * @throws DicomWriteException when the data set has no SOP Class UID or SOP Instance UID
     */
    public static Dataset fileMeta(Dataset dataset, TransferSyntax ts) throws DicomWriteException {
        String sopClass = dataset.getString(Tags.SOPClassUID)
                .orElseThrow(() -> new DicomWriteException("the data set has no SOP Class UID (0008,0016), "
                        + "which a Part 10 file needs for its Media Storage SOP Class UID"));
        String sopInstance = dataset.getString(Tags.SOPInstanceUID)
                .orElseThrow(() -> new DicomWriteException("the data set has no SOP Instance UID (0008,0018), "
                        + "which a Part 10 file needs for its Media Storage SOP Instance UID"));
        Dataset meta = new Dataset()
                .setBytes(Tags.FileMetaInformationVersion, Vr.OB, FILE_META_VERSION.clone())
                .setString(Tags.MediaStorageSOPClassUID, Vr.UI, sopClass)
                .setString(Tags.MediaStorageSOPInstanceUID, Vr.UI, sopInstance)
                .setString(Tags.TransferSyntaxUID, Vr.UI, ts.uid())
                .setString(Tags.ImplementationClassUID, Vr.UI, Uids.IMPLEMENTATION_CLASS_UID)
                .setString(Tags.ImplementationVersionName, Vr.SH, Uids.IMPLEMENTATION_VERSION_NAME);
        DatasetEncoder sizer = new DatasetEncoder(OutputStream.nullOutputStream(), true, false, false);
        long length = 0;
        for (Element e : meta.elements()) {
            length += sizer.elementLength(e, SpecificCharacterSet.DEFAULT);
        }
        meta.setInt(Tags.FileMetaInformationGroupLength, Vr.UL, (int) length);
        return meta;
    }

    /** Encodes native pixel data for an encapsulated transfer syntax, leaving the caller's data set alone. */
    private Dataset prepare(Dataset dataset) throws DicomWriteException {
        TransferSyntax ts = options.transferSyntax();
        Element pixels = dataset.get(Tags.PixelData).orElse(null);
        if (pixels == null) {
            return dataset;
        }
        boolean fragments = pixels.value() instanceof Value.Fragments;
        if (!ts.encapsulated() && fragments) {
            throw new DicomWriteException("Pixel Data (7FE0,0010) are encapsulated but " + ts
                    + " needs native pixel data");
        }
        if (!ts.encapsulated() || fragments) {
            return dataset;
        }
        Dataset copy = dataset.deepCopy();
        copy.set(new Element(Tags.PixelData, Vr.OB, rleEncode(dataset, (Value.Bytes) pixels.value())));
        return copy;
    }

    private static Value.Fragments rleEncode(Dataset ds, Value.Bytes pixels) throws DicomWriteException {
        ImagePixelModule m;
        try {
            m = ImagePixelModule.of(ds);
        } catch (RuntimeException e) {
            throw new DicomWriteException("cannot RLE-encode the pixel data: " + e.getMessage(), e);
        }
        if (m.bitsAllocated() % 8 != 0) {
            throw new DicomWriteException("cannot RLE-encode pixel data of " + m.bitsAllocated() + " bits allocated");
        }
        int bytesPerSample = m.bitsAllocated() / 8;
        long frameBytes = m.frameLength();
        if (frameBytes * m.frames() > pixels.length()) {
            throw new DicomWriteException("Pixel Data have " + pixels.length() + " bytes, fewer than the "
                    + frameBytes * m.frames() + " that " + m + " needs");
        }
        List<Value.Bytes> frames = new ArrayList<>(m.frames());
        byte[] offsetTable = new byte[4 * m.frames()];
        long offset = 0;
        for (int f = 0; f < m.frames(); f++) {
            byte[] encoded = Rle.encodeFrame(pixels.array(), pixels.offset() + (int) (f * frameBytes), m.rows(),
                    m.columns(), m.samplesPerPixel(), bytesPerSample, m.planarConfiguration() == 1);
            for (int k = 0; k < 4; k++) {
                offsetTable[4 * f + k] = (byte) (offset >>> (8 * k));
            }
            offset += 8 + encoded.length + (encoded.length & 1);
            frames.add(Value.Bytes.of(encoded));
        }
        return new Value.Fragments(Value.Bytes.of(offsetTable), frames);
    }

    private static byte[] preambleAndMagic() {
        byte[] b = new byte[132];
        b[128] = 'D';
        b[129] = 'I';
        b[130] = 'C';
        b[131] = 'M';
        return b;
    }

    /**
     * Writes to a file channel in slices of at most 256 KiB. The JDK copies a heap array into a temporary
     * direct buffer as large as the slice before the system call; small slices keep that buffer in the CPU
     * cache (and keep the JDK from caching a buffer as large as a whole multi-frame Pixel Data value).
     */
    private static final class ChannelOutput extends OutputStream {
        private static final int SLICE = 256 * 1024;
        private final FileChannel channel;

        ChannelOutput(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            while (len > 0) {
                int slice = Math.min(len, SLICE);
                ByteBuffer buffer = ByteBuffer.wrap(b, off, slice);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                off += slice;
                len -= slice;
            }
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
