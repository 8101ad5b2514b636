package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.List;
import java.util.Objects;

/**
 * The patient's institution, a fictional one: its name is made from a fictional town, never a real hospital.
 *
 * <pre>{@code
 * Institution i = identities.institution();
 * String name = i.name();                       // Institution Name (0008,0080): "North Benedict Medical Center"
 * String address = i.address().toDicom();       // Institution Address (0008,0081)
 * String department = i.department();           // Institutional Department Name (0008,1040)
 * }</pre>
 *
 * @param name the institution name, at most 64 characters (VR LO)
 * @param address the institution address
 * @param department the department, named after a fictional building so that it is not a clinical word on
 *     its own; at most 64 characters
 */
public record Institution(String name, Address address, String department) {

    public Institution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(department, "department");
    }

    /** The name and department (R) and the address (B), under {@code institution}, sorted. */
    public List<IdentifyingValue> identifyingValues() {
        return new ValueList()
                .add("institution.name", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, name)
                .add("institution.department", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, department)
                .address("institution.address", address)
                .toList();
    }
}
