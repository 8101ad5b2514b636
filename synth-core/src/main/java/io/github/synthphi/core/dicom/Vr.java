package io.github.synthphi.core.dicom;

import java.util.Optional;

/**
 * Value Representations of PS3.5 Table 6.2-1 with the facts needed on the wire.
 *
 * <p>The enum only carries facts (header length in explicit VR, padding byte, kind, element size for
 * byte swapping); encoding and decoding live in the codecs.
 *
 * <pre>{@code
 * Vr vr = Vr.of("PN").orElseThrow();
 * int header = vr.explicitHeaderLength();   // 8
 * }</pre>
 */
public enum Vr {
    AE(Kind.TEXT, false, 16),
    AS(Kind.TEXT, false, 4),
    AT(Kind.BINARY, false, 2),
    CS(Kind.TEXT, false, 16),
    DA(Kind.TEXT, false, 8),
    DS(Kind.TEXT, false, 16),
    DT(Kind.TEXT, false, 26),
    FD(Kind.BINARY, false, 8),
    FL(Kind.BINARY, false, 4),
    IS(Kind.TEXT, false, 12),
    LO(Kind.TEXT, false, 64),
    LT(Kind.TEXT, false, 10240),
    OB(Kind.BINARY, true, 1),
    OD(Kind.BINARY, true, 8),
    OF(Kind.BINARY, true, 4),
    OL(Kind.BINARY, true, 4),
    OV(Kind.BINARY, true, 8),
    OW(Kind.BINARY, true, 2),
    PN(Kind.TEXT, false, 64),
    SH(Kind.TEXT, false, 16),
    SL(Kind.BINARY, false, 4),
    SQ(Kind.SEQUENCE, true, 0),
    SS(Kind.BINARY, false, 2),
    ST(Kind.TEXT, false, 1024),
    SV(Kind.BINARY, true, 8),
    TM(Kind.TEXT, false, 14),
    UC(Kind.TEXT, true, 0),
    UI(Kind.TEXT, false, 64),
    UL(Kind.BINARY, false, 4),
    UN(Kind.BINARY, true, 1),
    UR(Kind.TEXT, true, 0),
    US(Kind.BINARY, false, 2),
    UT(Kind.TEXT, true, 0),
    UV(Kind.BINARY, true, 8);

    /** How a value of this VR is held. */
    public enum Kind {
        /** Character strings, possibly with several values separated by backslash. */
        TEXT,
        /** Numbers or raw bytes. */
        BINARY,
        /** A sequence of item data sets. */
        SEQUENCE
    }

    private final Kind kind;
    private final boolean longHeader;
    private final int sizeOrMaxLength;

    Vr(Kind kind, boolean longHeader, int sizeOrMaxLength) {
        this.kind = kind;
        this.longHeader = longHeader;
        this.sizeOrMaxLength = sizeOrMaxLength;
    }

    /** Returns the VR whose two-letter code is {@code code}, or empty for an unknown code. */
    public static Optional<Vr> of(String code) {
        if (code == null || code.length() != 2) {
            return Optional.empty();
        }
        return ofCode(code.charAt(0), code.charAt(1));
    }

    /** Returns the VR of the two code bytes as they stand in an explicit VR header. */
    public static Optional<Vr> ofCode(int first, int second) {
        // compare the two bytes as one key: no String is made for every element read
        int key = (first & 0xFF) << 8 | (second & 0xFF);
        for (Vr vr : VALUES) {
            if (vr.code == key) {
                return Optional.of(vr);
            }
        }
        return Optional.empty();
    }

    private static final Vr[] VALUES = values();
    private final int code = (name().charAt(0) << 8) | name().charAt(1);

    /** Whether values are character strings, binary or a sequence. */
    public Kind kind() {
        return kind;
    }

    /** True for character-string VRs. */
    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** True for VRs whose explicit header has 2 reserved bytes and a 32-bit length (12 bytes in all). */
    public boolean hasLongHeader() {
        return longHeader;
    }

    /** Header length in explicit VR transfer syntaxes: 8 or 12. */
    public int explicitHeaderLength() {
        return longHeader ? 12 : 8;
    }

    /** The byte that pads a value of odd length: NUL for UI and binary VRs, space for text. */
    public byte paddingByte() {
        return kind == Kind.TEXT && this != UI ? (byte) ' ' : 0;
    }

    /**
     * The size in bytes of one binary value (used when swapping byte order), 1 for byte strings, 0 for text
     * and sequences.
     */
    public int elementSize() {
        return kind == Kind.BINARY ? sizeOrMaxLength : 0;
    }

    /** The maximum length of one value in bytes (characters for most), or 0 when unbounded or binary. */
    public int maxLength() {
        return kind == Kind.TEXT ? sizeOrMaxLength : 0;
    }

    /** True when a backslash separates values; false for LT, ST, UT and UR, whose backslash is text. */
    public boolean isMultiValued() {
        return kind == Kind.TEXT && this != LT && this != ST && this != UT && this != UR;
    }

    /**
     * True when Specific Character Set (0008,0005) applies to the value (PS3.5 6.1.2.3): SH, LO, ST, LT, PN,
     * UC, UT. All other text VRs use the default repertoire.
     */
    public boolean usesSpecificCharacterSet() {
        return switch (this) {
            case SH, LO, ST, LT, PN, UC, UT -> true;
            default -> false;
        };
    }
}
