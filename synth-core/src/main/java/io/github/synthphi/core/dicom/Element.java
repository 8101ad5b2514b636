package io.github.synthphi.core.dicom;

import java.util.Objects;

/**
 * A data element: tag, VR and value.
 *
 * <pre>{@code
 * Element e = dataset.get(Tags.PatientName).orElseThrow();
 * Vr vr = e.vr();   // PN
 * }</pre>
 *
 * @param tag the tag
 * @param vr the VR, as read (explicit), looked up (implicit) or set
 * @param value the value
 */
public record Element(Tag tag, Vr vr, Value value) {
    public Element {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(vr, "vr");
        Objects.requireNonNull(value, "value");
        if (vr == Vr.SQ && !(value instanceof Value.Items)) {
            throw new IllegalArgumentException(tag + " has VR SQ but its value is not items: " + value);
        }
        if (value instanceof Value.Items && vr != Vr.SQ) {
            throw new IllegalArgumentException(tag + " holds items but has VR " + vr + " instead of SQ");
        }
        if (value instanceof Value.Texts && !vr.isText()) {
            throw new IllegalArgumentException(tag + " has VR " + vr + ", which cannot hold text values");
        }
    }

    /** The keyword of the tag, or the tag itself for private and unknown tags. */
    public String name() {
        return tag.keyword().orElse(tag.toString());
    }
}
