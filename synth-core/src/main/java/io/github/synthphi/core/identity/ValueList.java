package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects identifying values under a field prefix; the result is sorted and unmodifiable. */
final class ValueList {

    private final List<IdentifyingValue> values = new ArrayList<>();

    /** Adds a distinctive value, skipping an empty one. */
    ValueList add(String field, SafeHarbor category, String value) {
        return add(field, category, value, true);
    }

    /** Adds a value, skipping an empty one. */
    ValueList add(String field, SafeHarbor category, String value, boolean distinctive) {
        if (!value.isEmpty()) {
            values.add(new IdentifyingValue(field, category, value, distinctive));
        }
        return this;
    }

    /** Adds the whole PN value and every component of every group, all names (A). */
    ValueList name(String field, PersonName name) {
        add(field, SafeHarbor.NAMES, name.toDicom());
        group(field, name.alphabetic());
        name.ideographic().ifPresent(g -> group(field + ".ideographic", g));
        name.phonetic().ifPresent(g -> group(field + ".phonetic", g));
        return this;
    }

    private void group(String field, NameGroup group) {
        add(field + ".family", SafeHarbor.NAMES, group.family());
        add(field + ".given", SafeHarbor.NAMES, group.given());
        add(field + ".middle", SafeHarbor.NAMES, group.middle());
        // a prefix or suffix (Mr., Jr., Dr. med.) identifies nobody on its own
        add(field + ".prefix", SafeHarbor.NAMES, group.prefix(), false);
        add(field + ".suffix", SafeHarbor.NAMES, group.suffix(), false);
    }

    /** Adds a one-line address and its street, city and postal code (B); region and country are not PHI. */
    ValueList address(String field, Address address) {
        add(field, SafeHarbor.GEOGRAPHIC_SUBDIVISIONS, address.line());
        add(field + ".street", SafeHarbor.GEOGRAPHIC_SUBDIVISIONS, address.street());
        add(field + ".city", SafeHarbor.GEOGRAPHIC_SUBDIVISIONS, address.city());
        add(field + ".postalCode", SafeHarbor.GEOGRAPHIC_SUBDIVISIONS, address.postalCode());
        return this;
    }

    /** Adds every value of another list. */
    ValueList addAll(List<IdentifyingValue> more) {
        values.addAll(more);
        return this;
    }

    /** The values, sorted by field then value, unmodifiable. */
    List<IdentifyingValue> toList() {
        List<IdentifyingValue> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }
}
