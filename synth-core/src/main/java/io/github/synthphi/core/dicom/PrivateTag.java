package io.github.synthphi.core.dicom;

import java.util.Locale;
import java.util.Objects;

/**
 * A private data element named by its creator rather than by its block: (gggg,xxEE) where {@code xx} is
 * the block the creator reserved in this data set (PS3.5 7.8.1).
 *
 * <pre>{@code
 * PrivateTag ward = new PrivateTag("SYNTH PHI 1.0", 0x0009, 0x10);
 * dataset.setString(ward, Vr.LO, "WARD 7");      // reserves a block for the creator if needed
 * }</pre>
 *
 * @param creator the Private Creator value, such as {@code "SIEMENS CSA HEADER"}
 * @param group an odd group number above 0007
 * @param offset the element byte within the block, 0x00 to 0xFF
 */
public record PrivateTag(String creator, int group, int offset) {
    public PrivateTag {
        Objects.requireNonNull(creator, "creator");
        if (creator.isBlank() || creator.length() > 64) {
            throw new IllegalArgumentException("a private creator has 1 to 64 characters, got '" + creator + "'");
        }
        if (!Tag.of(group, 0x10).isPrivate()) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "group %04X is not a private group", group));
        }
        if (offset < 0 || offset > 0xFF) {
            throw new IllegalArgumentException("offset must be 0x00 to 0xFF, got " + offset);
        }
    }

    /** The tag this element has when its creator holds {@code block} (0x10 to 0xFF). */
    public Tag inBlock(int block) {
        return Tag.of(group, block << 8 | offset);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%04X,\"%s\",%02X)", group, creator, offset);
    }
}
