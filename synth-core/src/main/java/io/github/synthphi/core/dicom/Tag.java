package io.github.synthphi.core.dicom;

import java.util.Locale;
import java.util.Optional;

/**
 * A data element tag: group and element number in one unsigned 32-bit value.
 *
 * <p>Tags sort as unsigned numbers, so (FFFE,E000) sorts after (7FE0,0010), as PS3.5 requires.
 * Constants for the attributes synth uses are in {@link Tags}; any other tag is found by keyword in
 * {@link Dictionary}.
 *
 * <pre>{@code
 * Tag name = Tags.PatientName;            // (0010,0010)
 * Tag same = Tag.of(0x0010, 0x0010);
 * String keyword = name.keyword();        // "PatientName"
 * }</pre>
 *
 * @param value group in the upper 16 bits, element in the lower 16 bits
 */
public record Tag(int value) implements Comparable<Tag> {

    /** Item (FFFE,E000). */
    public static final Tag ITEM = new Tag(0xFFFEE000);
    /** Item Delimitation Item (FFFE,E00D). */
    public static final Tag ITEM_DELIMITATION = new Tag(0xFFFEE00D);
    /** Sequence Delimitation Item (FFFE,E0DD). */
    public static final Tag SEQUENCE_DELIMITATION = new Tag(0xFFFEE0DD);

    /** Returns the tag of {@code group} and {@code element}, each 0 to 0xFFFF. */
    public static Tag of(int group, int element) {
        if ((group & ~0xFFFF) != 0 || (element & ~0xFFFF) != 0) {
            throw new IllegalArgumentException(
                    "group and element must be 0 to 0xFFFF, got " + Integer.toHexString(group) + ","
                            + Integer.toHexString(element));
        }
        return new Tag(group << 16 | element);
    }

    /**
     * Parses {@code (GGGG,EEEE)}, {@code GGGG,EEEE} or {@code GGGGEEEE} (hexadecimal, either case).
     *
     * @throws IllegalArgumentException if the text is not a tag
     */
    public static Tag parse(String text) {
        String t = text.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1);
        }
        t = t.replace(",", "");
        if (t.length() != 8) {
            throw new IllegalArgumentException("not a tag: '" + text + "' (expected (GGGG,EEEE))");
        }
        try {
            return new Tag(Integer.parseUnsignedInt(t, 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag: '" + text + "' (expected (GGGG,EEEE))", e);
        }
    }

    /** The group number, 0 to 0xFFFF. */
    public int group() {
        return value >>> 16;
    }

    /** The element number, 0 to 0xFFFF. */
    public int element() {
        return value & 0xFFFF;
    }

    /** The keyword of the public dictionary, or empty for private and unknown tags. */
    public Optional<String> keyword() {
        return Dictionary.standard().entry(this).map(Dictionary.Entry::keyword).filter(k -> !k.isEmpty());
    }

    /** True for tags of an odd group other than 0001, 0003, 0005, 0007 and FFFF (PS3.5 7.8.1). */
    public boolean isPrivate() {
        int g = group();
        return (g & 1) == 1 && g > 0x0007 && g != 0xFFFF;
    }

    /** True for a Private Creator element (gggg,0010) to (gggg,00FF) of a private group. */
    public boolean isPrivateCreator() {
        int e = element();
        return isPrivate() && e >= 0x0010 && e <= 0x00FF;
    }

    /** True for a group length element (gggg,0000). */
    public boolean isGroupLength() {
        return element() == 0;
    }

    /** True for the item and delimitation tags of group FFFE. */
    public boolean isDelimiter() {
        return group() == 0xFFFE;
    }

    @Override
    public int compareTo(Tag other) {
        return Integer.compareUnsigned(value, other.value);
    }

    /** Formats as {@code (GGGG,EEEE)} with upper-case hexadecimal digits. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%04X,%04X)", group(), element());
    }
}
