package io.github.synthphi.core.phi;

import java.util.Locale;
import java.util.Optional;

/**
 * Where synth hides fake PHI in a study. Each location can be switched on or off in a study spec; every value
 * planted becomes an answer-key entry that names its location.
 *
 * <pre>{@code
 * StudySpec spec = StudySpec.builder(Modality.CT)
 *         .locations(EnumSet.of(PlantingLocation.STANDARD_ATTRIBUTES, PlantingLocation.PRIVATE_BLOCKS))
 *         .build();
 * }</pre>
 */
public enum PlantingLocation {
    /** Standard attributes of the Patient, Study, Series, Equipment, General Image and modality modules. */
    STANDARD_ATTRIBUTES,
    /** Items of sequences, nested at least three deep somewhere. */
    NESTED_SEQUENCES,
    /** A private creator block holding names, IDs and dates, and one holding harmless values. */
    PRIVATE_BLOCKS,
    /** Descriptions and comments that mix PHI with clinical words that must survive. */
    FREE_TEXT,
    /** An overlay plane (60xx,3000) whose bits spell the banner text; only where text is burned in. */
    OVERLAY,
    /** Every UID attribute, and references between instances. */
    UIDS,
    /** Dates, times and date-times across modules, coherent with each other. */
    DATES,
    /** Text burned into the pixels, when the spec burns text in; without this location nothing is burned. */
    BURNED_IN;

    /** The name written in the answer key, such as {@code nested-sequences}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The location of a label or constant name, case and {@code -}/{@code _} ignored. */
    public static Optional<PlantingLocation> of(String text) {
        String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (PlantingLocation l : values()) {
            if (l.name().equals(n)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
