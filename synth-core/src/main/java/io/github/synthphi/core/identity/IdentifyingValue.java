package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.Comparator;
import java.util.Objects;

/**
 * One identifying value of a generated identity, raw as generated, with the field it came from and its HIPAA
 * Safe Harbor category.
 *
 * <p>A <em>distinctive</em> value identifies someone wherever it appears (a name component, an MRN, a birth
 * date, a phone number), so a whole-word search for it in every element of an output is meaningful. The
 * others are common words or short codes (an occupation, a military rank, a time of day) that only matter
 * where they were planted.
 *
 * <pre>{@code
 * for (IdentifyingValue v : identities.identifyingValues()) {
 *     if (v.distinctive()) { search(v.value(), v.category().midiCode()); }   // "patient.name.family" ...
 * }
 * }</pre>
 *
 * @param field where the value comes from, such as {@code patient.name.family} or {@code careTeam.reading.id}
 * @param category the Safe Harbor category
 * @param value the value as generated, never empty
 * @param distinctive true when a search for the value anywhere in an output is meaningful
 */
public record IdentifyingValue(String field, SafeHarbor category, String value, boolean distinctive)
        implements Comparable<IdentifyingValue> {

    private static final Comparator<IdentifyingValue> ORDER = Comparator.comparing(IdentifyingValue::field)
            .thenComparing(IdentifyingValue::value);

    public IdentifyingValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an identifying value cannot be empty: " + field);
        }
    }

    /** Orders by field, then by value. */
    @Override
    public int compareTo(IdentifyingValue other) {
        return ORDER.compare(this, other);
    }
}
