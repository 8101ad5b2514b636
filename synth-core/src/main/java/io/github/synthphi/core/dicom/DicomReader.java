package io.github.synthphi.core.dicom;

import io.github.synthphi.core.dicom.internal.DatasetParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads DICOM Part 10 files and bare data sets.
 *
 * <p>Reads Implicit VR Little Endian, Explicit VR Little Endian, Deflated Explicit VR Little Endian and
 * Explicit VR Big Endian data sets, with or without the 128-byte preamble and file meta; defined and
 * undefined lengths; sequences, UN of undefined length (as an Implicit VR sequence, PS3.5 6.2.2) and
 * encapsulated pixel data. Values are not copied: they refer to the bytes read (big-endian binary values
 * are swapped into little-endian copies). Every length is checked before use; faults raise
 * {@link DicomParseException} naming file, offset and tag. A reader is immutable and thread-safe.
 *
 * <pre>{@code
 * DicomFile file = new DicomReader().read(Path.of("IM0001.dcm"));
 * Dataset ds = file.dataset();
 * }</pre>
 */
public final class DicomReader {

    private static final int PREAMBLE = 128;
    /**
     * The most bytes read by one call. The JDK reads into a temporary direct buffer as large as the request and
     * copies it into the array; a small request keeps that buffer in the CPU cache (and keeps the JDK from
     * caching a buffer as large as the largest file read).
     */
    private static final int READ_SLICE = 256 * 1024;

    private final ReadOptions options;

    /** A reader with {@link ReadOptions#defaults()}. */
    public DicomReader() {
        this(ReadOptions.defaults());
    }

    /** A reader with the given limits. */
    public DicomReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The limits of this reader. */
    public ReadOptions options() {
        return options;
    }

    /**
     * Reads a file.
     *
     * @throws DicomParseException when the file is not readable DICOM or is over the size limit
     * @throws IOException when the file cannot be read at all
     */
    public DicomFile read(Path file) throws IOException {
        String source = file.toString();
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > options.maxFileSize()) {
                throw new DicomParseException(source, 0, null, "file of " + size
                        + " bytes is larger than the limit of " + options.maxFileSize() + " (ReadOptions.maxFileSize)");
            }
            bytes = new byte[(int) size];
            int position = 0;
            while (position < bytes.length) {
                int slice = Math.min(READ_SLICE, bytes.length - position);
                int read = channel.read(ByteBuffer.wrap(bytes, position, slice));
                if (read < 0) {
                    throw new DicomParseException(source, position, null,
                            "file ended at " + position + " bytes while " + size + " were expected");
                }
                position += read;
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(source, null, "no such file");
        }
        return read(bytes, source);
    }

    /**
     * Reads a file held in memory: a Part 10 file, a file meta without preamble, or a bare data set whose
     * transfer syntax is recognised from its first element. The array is referred to, not copied, and must
     * not be modified afterwards.
     *
     * @param source the name used in error messages
     */
    public DicomFile read(byte[] bytes, String source) throws DicomParseException {
        if (bytes.length > options.maxFileSize()) {
            throw new DicomParseException(source, 0, null, "input of " + bytes.length
                    + " bytes is larger than the limit of " + options.maxFileSize() + " (ReadOptions.maxFileSize)");
        }
        boolean preamble = hasMagic(bytes, PREAMBLE);
        int metaStart;
        if (preamble) {
            metaStart = PREAMBLE + 4;
        } else if (hasMagic(bytes, 0)) {
            metaStart = 4;
        } else if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x02 && bytes[1] == 0 && isVrCode(bytes, 4)) {
            metaStart = 0; // file meta without preamble and magic
        } else {
            TransferSyntax guessed = guess(bytes, source);
            Dataset ds = readDataset(bytes, 0, bytes.length, guessed, source);
            return new DicomFile(new Dataset(), ds, guessed, false);
        }
        DatasetParser metaParser = new DatasetParser(bytes, source, 0, "", options);
        Dataset meta = metaParser.parseFileMeta(metaStart, bytes.length);
        int dataStart = metaParser.position();
        Optional<String> tsUid = meta.getString(Tags.TransferSyntaxUID);
        if (tsUid.isEmpty()) {
            throw new DicomParseException(source, metaStart, Tags.TransferSyntaxUID,
                    "the file meta information has no Transfer Syntax UID");
        }
        TransferSyntax ts = TransferSyntax.of(tsUid.get());
        Dataset ds = readDataset(bytes, dataStart, bytes.length, ts, source);
        return new DicomFile(meta, ds, ts, preamble);
    }

    /** Reads a bare data set of a known transfer syntax from {@code bytes[start..end)}. */
    public Dataset readDataset(byte[] bytes, int start, int end, TransferSyntax ts, String source)
            throws DicomParseException {
        Objects.checkFromToIndex(start, end, bytes.length);
        if (ts.deflated()) {
            byte[] inflated = inflate(bytes, start, end, source);
            return new DatasetParser(inflated, source, 0, " " + "in the data set inflated from byte " + start, options)
                    .parse(0, inflated.length, new DatasetParser.Syntax(true, false));
        }
        return new DatasetParser(bytes, source, 0, "", options)
                .parse(start, end, new DatasetParser.Syntax(ts.explicitVr(), ts.bigEndian()));
    }

    private byte[] inflate(byte[] bytes, int start, int end, String source) throws DicomParseException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes, start, end - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(options.maxFileSize(), Math.max(64L, (end - start) * 3L)));
            byte[] chunk = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DicomParseException(source, end, null, "the deflated data set is truncated: the "
                            + "stream ends before its last block (" + out.size() + " bytes inflated)");
                }
                if ((long) out.size() + n > options.maxFileSize()) {
                    throw new DicomParseException(source, start, null, "the deflated data set inflates to more than "
                            + options.maxFileSize() + " bytes (ReadOptions.maxFileSize)");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new DicomParseException(source, start, null, "corrupt deflated data set: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static boolean hasMagic(byte[] b, int at) {
        return b.length >= at + 4 && b[at] == 'D' && b[at + 1] == 'I' && b[at + 2] == 'C' && b[at + 3] == 'M';
    }

    private static boolean isVrCode(byte[] b, int at) {
        return Vr.ofCode(b[at], b[at + 1]).isPresent();
    }

    /** Recognises the transfer syntax of a bare data set from its first element header. */
    private static TransferSyntax guess(byte[] b, String source) throws DicomParseException {
        if (b.length < 8) {
            throw new DicomParseException(source, 0, null, "too short for DICOM: " + b.length + " bytes");
        }
        boolean vrCode = isVrCode(b, 4);
        int groupLe = (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
        int groupBe = (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
        if (vrCode && groupBe < groupLe && groupBe != 0) {
            return TransferSyntax.EXPLICIT_VR_BIG_ENDIAN;
        }
        return vrCode ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
    }
}
