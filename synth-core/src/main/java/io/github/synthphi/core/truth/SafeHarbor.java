package io.github.synthphi.core.truth;

import java.util.Optional;

/**
 * The eighteen identifier categories of the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)), by the letters
 * MIDI's answer keys use ({@code HIPAA-A} for names and so on).
 *
 * <pre>{@code
 * SafeHarbor c = SafeHarbor.ofLetter('H').orElseThrow();   // MEDICAL_RECORD_NUMBERS
 * String midi = c.midiCode();                              // "HIPAA-H"
 * }</pre>
 */
public enum SafeHarbor {
    NAMES('A', "Names"),
    GEOGRAPHIC_SUBDIVISIONS('B', "Geographic subdivisions smaller than a state"),
    DATES('C', "Dates (except year) related to an individual, and ages over 89"),
    TELEPHONE_NUMBERS('D', "Telephone numbers"),
    FAX_NUMBERS('E', "Fax numbers"),
    EMAIL_ADDRESSES('F', "Email addresses"),
    SOCIAL_SECURITY_NUMBERS('G', "Social Security numbers"),
    MEDICAL_RECORD_NUMBERS('H', "Medical record numbers"),
    HEALTH_PLAN_BENEFICIARY_NUMBERS('I', "Health plan beneficiary numbers"),
    ACCOUNT_NUMBERS('J', "Account numbers"),
    CERTIFICATE_LICENSE_NUMBERS('K', "Certificate and license numbers"),
    VEHICLE_IDENTIFIERS('L', "Vehicle identifiers and serial numbers"),
    DEVICE_IDENTIFIERS('M', "Device identifiers and serial numbers"),
    URLS('N', "Web URLs"),
    IP_ADDRESSES('O', "IP addresses"),
    BIOMETRIC_IDENTIFIERS('P', "Biometric identifiers"),
    FACE_PHOTOGRAPHS('Q', "Full-face photographs and comparable images"),
    OTHER_UNIQUE_IDENTIFIERS('R', "Any other unique identifying number, characteristic or code");

    private final char letter;
    private final String description;

    SafeHarbor(char letter, String description) {
        this.letter = letter;
        this.description = description;
    }

    /** The letter, A to R. */
    public char letter() {
        return letter;
    }

    /** What the category covers. */
    public String description() {
        return description;
    }

    /** The MIDI category code, such as {@code HIPAA-A}. */
    public String midiCode() {
        return "HIPAA-" + letter;
    }

    /** The category of a letter (either case). */
    public static Optional<SafeHarbor> ofLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        for (SafeHarbor c : values()) {
            if (c.letter == upper) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
