package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.truth.SafeHarbor;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribute of an IOD that can identify the patient or the people and places of care: a target of planting
 * and of the answer key. These are the top-level attributes of the IOD's modules that PS3.15 Table E.1-1 lists,
 * less sequences (Other Patient IDs, the physician identification sequences and the like: the planting
 * catalogue builds their items), retired attributes, those for animals only (Responsible Person, Responsible
 * Organization, Patient Sex Neutered), Instance Origin Status (a LOCAL or IMPORTED flag), and Date of Manufacture
 * and Date of Installation, which are newer than the dicom3tools release CI validates with.
 *
 * <pre>{@code
 * for (PhiAttribute a : IodTemplate.of(Modality.CT).phiAttributes()) {
 *     if (a.kind() == PhiAttribute.Kind.PERSON_NAME) { ... }
 * }
 * }</pre>
 *
 * @param tag the tag, top level
 * @param kind what the value is
 * @param type the attribute's Type in the IOD: 1 and 2 are always present in a template (Type 2 possibly
 *             empty), 3 only when the template has a technical value for it (dates and times)
 */
public record PhiAttribute(Tag tag, Kind kind, Type type) {

    /** What an identity-bearing value is, and the Safe Harbor category it falls in, if any. */
    public enum Kind {
        /** A person's name (PN). */
        PERSON_NAME(SafeHarbor.NAMES),
        /** The patient's medical record number: Patient ID. */
        MEDICAL_RECORD_NUMBER(SafeHarbor.MEDICAL_RECORD_NUMBERS),
        /** Another identifying number or code: accession number, study ID, issuer, admission ID, barcode. */
        IDENTIFIER(SafeHarbor.OTHER_UNIQUE_IDENTIFIERS),
        /** A UID of the study, series, instance, frame of reference, acquisition or device. */
        UID(SafeHarbor.OTHER_UNIQUE_IDENTIFIERS),
        /** A date (DA). */
        DATE(SafeHarbor.DATES),
        /** A time (TM), which goes with a date. */
        TIME(SafeHarbor.DATES),
        /** A date and time (DT). */
        DATE_TIME(SafeHarbor.DATES),
        /** An age (AS): ages over 89 identify. */
        AGE(SafeHarbor.DATES),
        /** A characteristic of the patient: size, weight, smoking or pregnancy status, state. */
        CHARACTERISTIC(null),
        /** The patient's sex: no Safe Harbor identifier, but removed by the Basic Profile. */
        SEX(null),
        /** An institution or department name. */
        INSTITUTION(null),
        /** A postal address, or a hint of place such as a time zone offset. */
        LOCATION(SafeHarbor.GEOGRAPHIC_SUBDIVISIONS),
        /** A device or station name, a serial number, a detector, gantry, cassette or plate ID. */
        DEVICE(SafeHarbor.DEVICE_IDENTIFIERS),
        /** Free text that may carry any identifier: descriptions, comments, history, alerts. */
        FREE_TEXT(null);

        private final SafeHarbor safeHarbor;

        Kind(SafeHarbor safeHarbor) {
            this.safeHarbor = safeHarbor;
        }

        /** The Safe Harbor category of such a value, if it falls in one. */
        public Optional<SafeHarbor> safeHarbor() {
            return Optional.ofNullable(safeHarbor);
        }
    }

    /** The Type of an attribute in its module (PS3.5 7.4); conditional types count as their base type. */
    public enum Type {
        /** Required with a value. */
        TYPE_1,
        /** Required, possibly empty. */
        TYPE_2,
        /** Optional. */
        TYPE_3
    }

    public PhiAttribute {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
    }

    /** The attribute of a PS3.6 keyword. */
    static PhiAttribute of(String keyword, Kind kind, Type type) {
        return new PhiAttribute(Attributes.tag(keyword), kind, type);
    }

    /** The PS3.6 keyword, such as {@code PatientName}. */
    public String keyword() {
        return tag.keyword().orElse(tag.toString());
    }

    /** The VR of the attribute. */
    public Vr vr() {
        return Dictionary.standard().vrOf(tag);
    }
}
