package io.github.synthphi.core.midi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Value;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One de-identified file as MIDI's checks see it: its values flattened by path the way pydicom 2.x renders them,
 * and the MD5 of the raw bytes of its Pixel Data element.
 *
 * <pre>{@code
 * MidiFile f = MidiFile.of(new DicomReader().read(path).dataset());
 * Optional<String> name = f.value("<(0010,0010)>");   // "<DOE^JANE>"
 * }</pre>
 *
 * @param values every path (MIDI syntax) to its rendered value, {@code <...>}
 * @param pixelDataMd5 the lower-case MD5 hex of the Pixel Data element's value as stored (for encapsulated
 *     data: the items with their tags and lengths, as pydicom keeps them); empty without Pixel Data
 */
public record MidiFile(Map<String, String> values, Optional<String> pixelDataMd5) {
    public MidiFile {
        values = Map.copyOf(values);
        Objects.requireNonNull(pixelDataMd5, "pixelDataMd5");
    }

    /** The file of a data set. */
    public static MidiFile of(Dataset ds) {
        Objects.requireNonNull(ds, "ds");
        return new MidiFile(PydicomValues.flatten(ds), ds.get(Tag.of(0x7FE0, 0x0010)).map(MidiFile::md5));
    }

    /** The rendered value at a MIDI path, matched as a string (so {@code (0020,000D)} finds nothing). */
    public Optional<String> value(String tagDs) {
        return Optional.ofNullable(values.get(tagDs));
    }

    private static String md5(Element pixelData) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        if (pixelData.value() instanceof Value.Bytes b) {
            md.update(b.array(), b.offset(), b.length());
        } else if (pixelData.value() instanceof Value.Fragments f) {
            ByteArrayOutputStream items = new ByteArrayOutputStream();
            item(items, f.offsetTable());
            f.fragments().forEach(x -> item(items, x));
            md.update(items.toByteArray());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void item(ByteArrayOutputStream out, Value.Bytes b) {
        int len = b.length();
        out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0, (byte) len, (byte) (len >> 8),
                (byte) (len >> 16), (byte) (len >> 24)});
        out.write(b.array(), b.offset(), b.length());
    }
}
