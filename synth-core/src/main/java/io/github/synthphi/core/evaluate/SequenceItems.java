package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomParseException;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import java.util.List;
import java.util.Optional;

/**
 * The items of a sequence element, also of one an Implicit VR file stores without a VR the reader knows: a
 * private sequence of defined length is read as UN bytes, which are parsed as Implicit VR items when they start
 * like an item. Both the element checks and the residual search look inside such sequences, so a value left
 * three private sequences deep is judged at its own path whatever the transfer syntax.
 */
final class SequenceItems {

    private SequenceItems() {
    }

    /**
     * The items of {@code e}: those of a sequence, or of UN bytes that parse as items, which then inherit the
     * character set {@code cs} of the data set holding {@code e}; empty otherwise.
     */
    static Optional<List<Dataset>> of(Element e, SpecificCharacterSet cs) {
        if (e.value() instanceof Value.Items items) {
            return Optional.of(items.items());
        }
        if (e.vr() != Vr.UN || !(e.value() instanceof Value.Bytes b) || !looksLikeItems(b)) {
            return Optional.empty();
        }
        try {
            byte[] wrapped = wrap(e.tag(), b);
            Dataset inner = new DicomReader().readDataset(wrapped, 0, wrapped.length,
                    TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, "UN value");
            for (Element seq : inner.elements()) {
                if (seq.value() instanceof Value.Items items) {
                    if (!cs.terms().isEmpty()) {
                        new Dataset().setString(Tags.SpecificCharacterSet, Vr.CS, cs.terms().toArray(new String[0]))
                                .setItems(e.tag(), items.items()); // the items' parent: its character set
                    }
                    return Optional.of(items.items());
                }
            }
            return Optional.empty();
        } catch (DicomParseException ex) {
            return Optional.empty(); // not a sequence after all: bytes
        }
    }

    private static boolean looksLikeItems(Value.Bytes b) {
        return b.length() >= 8 && b.get(0) == 0xFE && b.get(1) == 0xFF && b.get(2) == 0x00 && b.get(3) == 0xE0;
    }

    /** An Implicit VR element of undefined length around the bytes, so the reader parses them as items. */
    private static byte[] wrap(Tag tag, Value.Bytes b) {
        byte[] out = new byte[b.length() + 16];
        int g = tag.group();
        int el = tag.element();
        out[0] = (byte) g;
        out[1] = (byte) (g >>> 8);
        out[2] = (byte) el;
        out[3] = (byte) (el >>> 8);
        out[4] = out[5] = out[6] = out[7] = (byte) 0xFF;
        System.arraycopy(b.array(), b.offset(), out, 8, b.length());
        out[b.length() + 8] = (byte) 0xFE;
        out[b.length() + 9] = (byte) 0xFF;
        out[b.length() + 10] = (byte) 0xDD;
        out[b.length() + 11] = (byte) 0xE0;
        return out; // the sequence delimitation's length, the last four bytes, stays zero
    }
}
