package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.Objects;

/**
 * A patient identifier other than the medical record number, as an item of Other Patient IDs Sequence
 * (0010,1002) holds it.
 *
 * <pre>{@code
 * for (OtherId id : patient.otherIds()) {
 *     String value = id.value();      // "912-48-3301" for a national ID of en-US
 *     String issuer = id.issuer();    // Issuer of Patient ID (0010,0021) of the item
 * }
 * }</pre>
 *
 * @param kind what the identifier is
 * @param value the identifier, at most 64 characters (VR LO)
 * @param issuer who issued it, at most 64 characters (VR LO)
 */
public record OtherId(Kind kind, String value, String issuer) {

    public OtherId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(issuer, "issuer");
    }

    /** The kinds of other identifier, each with its Safe Harbor category. */
    public enum Kind {
        /**
         * A national identifier shaped like the locale's own: en-US {@code 9XX-XX-XXXX}, which the Social
         * Security Administration never issues as an SSN (its first digit is 9); de-DE a pension insurance
         * number and ja-JP a 12-digit individual number, both shaped like the real ones, random and unchecked.
         */
        NATIONAL_ID(SafeHarbor.SOCIAL_SECURITY_NUMBERS),
        /** A health insurance member number. */
        INSURANCE_MEMBER_ID(SafeHarbor.HEALTH_PLAN_BENEFICIARY_NUMBERS);

        private final SafeHarbor category;

        Kind(SafeHarbor category) {
            this.category = category;
        }

        /** The Safe Harbor category of identifiers of this kind. */
        public SafeHarbor category() {
            return category;
        }
    }
}
