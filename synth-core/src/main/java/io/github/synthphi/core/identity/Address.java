package io.github.synthphi.core.identity;

import java.util.Objects;

/**
 * A postal address, in the parts a locale writes it with.
 *
 * <pre>{@code
 * Address a = patient.address();
 * String line = a.toDicom();   // en-US "89316 Hedwig Pike, North Karentown, UT 95040"
 * }</pre>
 *
 * @param street the street and house number (en-US, de-DE), or the block number (ja-JP: {@code 3-2-1}, chome, banchi and go in digits)
 * @param city the city, town or district
 * @param region the state or prefecture (en-US uses the two-letter state code)
 * @param postalCode the ZIP or postal code
 * @param country the country, in the locale's language
 * @param line the whole address on one line in the locale's order, as Patient's Address (0010,1040) holds
 *     it; at most 64 characters (VR LO)
 */
public record Address(String street, String city, String region, String postalCode, String country, String line) {

    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(line, "line");
    }

    /** The one-line address, the value of Patient's Address (0010,1040) or Institution Address (0008,0081). */
    public String toDicom() {
        return line;
    }
}
