package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.List;
import java.util.Objects;

/**
 * A member of the care team: a physician or an operator, with a staff ID of the institution and a phone.
 *
 * <pre>{@code
 * Person reader = identities.careTeam().reading();
 * String pn = reader.name().toDicom();   // "Homenick^Phebe^^Dr.^MD"
 * String id = reader.id();               // "D482913", for Person Identification Code Sequence items
 * }</pre>
 *
 * @param name the person's name
 * @param id a staff number of the institution: {@code D} and 6 digits for physicians, {@code T} and 6 digits
 *     for operators
 * @param phone a telephone number, in the same fictional ranges as the patient's
 */
public record Person(PersonName name, String id, String phone) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
    }

    /** The name (A), ID (R) and phone (D) under the field prefix {@code field}, sorted. */
    public List<IdentifyingValue> identifyingValues(String field) {
        return new ValueList()
                .name(field + ".name", name)
                .add(field + ".id", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, id)
                .add(field + ".phone", SafeHarbor.TELEPHONE_NUMBERS, phone)
                .toList();
    }
}
