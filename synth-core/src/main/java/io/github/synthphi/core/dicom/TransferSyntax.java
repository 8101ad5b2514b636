package io.github.synthphi.core.dicom;

import java.util.List;
import java.util.Objects;

/**
 * A transfer syntax: how a data set is encoded (VR explicit or implicit, byte order, deflate) and whether
 * its pixel data are encapsulated.
 *
 * <p>Any UID is accepted: an unknown one is read as Explicit VR Little Endian with encapsulated pixel
 * data, as PS3.5 10 requires of every compressed transfer syntax, and its pixels are reported undecodable.
 *
 * <pre>{@code
 * TransferSyntax ts = TransferSyntax.of("1.2.840.10008.1.2.5");   // RLE Lossless
 * boolean fragments = ts.encapsulated();                         // true
 * }</pre>
 *
 * @param uid the Transfer Syntax UID
 * @param name its PS3.6 name, or the UID when unknown
 * @param explicitVr whether VRs are written in element headers
 * @param bigEndian whether numbers are big endian
 * @param deflated whether the data set after the file meta is deflated
 * @param encapsulated whether pixel data are fragments
 * @param lossy whether the pixel encoding loses information
 */
public record TransferSyntax(String uid, String name, boolean explicitVr, boolean bigEndian, boolean deflated,
                             boolean encapsulated, boolean lossy) {

    /** Implicit VR Little Endian, the default transfer syntax of DICOM. */
    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false, false);
    /** Explicit VR Little Endian. */
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false, false);
    /** Deflated Explicit VR Little Endian. */
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = new TransferSyntax(
            "1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false, false);
    /** Explicit VR Big Endian (retired; read only). */
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, true, false, false, false);
    /** RLE Lossless. */
    public static final TransferSyntax RLE_LOSSLESS =
            new TransferSyntax("1.2.840.10008.1.2.5", "RLE Lossless", true, false, false, true, false);
    /** JPEG Baseline (Process 1), 8-bit lossy JPEG. */
    public static final TransferSyntax JPEG_BASELINE =
            new TransferSyntax("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", true, false, false, true, true);

    private static final List<TransferSyntax> KNOWN = List.of(IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN,
            DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN, RLE_LOSSLESS, JPEG_BASELINE);

    /** Lossless encapsulated syntaxes named by UID suffix; all others are assumed lossy. */
    private static final List<String> LOSSLESS_ENCAPSULATED = List.of("1.2.840.10008.1.2.4.57",
            "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.92",
            "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.110",
            "1.2.840.10008.1.2.1.98", "1.2.840.10008.1.2.8.1");

    public TransferSyntax {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(name, "name");
    }

    /** The transfer syntax of {@code uid}; unknown UIDs give an encapsulated Explicit VR Little Endian one. */
    public static TransferSyntax of(String uid) {
        String u = uid.strip();
        for (TransferSyntax ts : KNOWN) {
            if (ts.uid.equals(u)) {
                return ts;
            }
        }
        String name = Uids.name(u).orElse(u);
        return new TransferSyntax(u, name, true, false, false, true, !LOSSLESS_ENCAPSULATED.contains(u));
    }

    /** True for the transfer syntaxes {@link DicomWriter} writes. */
    public boolean isWritable() {
        return this.equals(IMPLICIT_VR_LITTLE_ENDIAN) || this.equals(EXPLICIT_VR_LITTLE_ENDIAN)
                || this.equals(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN) || this.equals(RLE_LOSSLESS);
    }

    /** The transfer syntaxes {@link DicomWriter} writes. */
    public static List<TransferSyntax> writable() {
        return List.of(EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                RLE_LOSSLESS);
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}
