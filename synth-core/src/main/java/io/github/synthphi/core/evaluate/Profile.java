package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.ConfidentialityProfile;
import io.github.synthphi.core.dicom.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The de-identification profile a tool claims: the PS3.15 Basic Application Level Confidentiality Profile
 * and the options it adds. The expected action of every answer-key entry follows from it.
 *
 * <p>Written as one string of option codes, as the MIDI paper names them where it does: {@code BASIC} (always
 * there), {@code SAFE} Retain Safe Private, {@code UIDS} Retain UIDs, {@code DEV} Retain Device Identity,
 * {@code INST} Retain Institution Identity, {@code PAT} Retain Patient Characteristics, {@code FULL} Retain
 * Longitudinal Temporal Information with Full Dates, {@code MOD} the same with Modified Dates, {@code DESC}
 * Clean Descriptors, {@code STRUCT} Clean Structured Content, {@code GRAPH} Clean Graphics and {@code PIX}
 * Clean Pixel Data.
 *
 * <pre>{@code
 * Profile p = Profile.parse("BASIC,PIX,DESC,MOD");
 * boolean shifted = p.has(Profile.Option.MOD);     // dates must be shifted consistently
 * String action = p.action(Tags.StudyDate);        // "C" under MOD
 * }</pre>
 */
public final class Profile {

    /** An option of PS3.15 Annex E, by its short code. */
    public enum Option {
        SAFE(ConfidentialityProfile.Option.RETAIN_SAFE_PRIVATE),
        UIDS(ConfidentialityProfile.Option.RETAIN_UIDS),
        DEV(ConfidentialityProfile.Option.RETAIN_DEVICE_IDENTITY),
        INST(ConfidentialityProfile.Option.RETAIN_INSTITUTION_IDENTITY),
        PAT(ConfidentialityProfile.Option.RETAIN_PATIENT_CHARACTERISTICS),
        FULL(ConfidentialityProfile.Option.RETAIN_LONGITUDINAL_FULL_DATES),
        MOD(ConfidentialityProfile.Option.RETAIN_LONGITUDINAL_MODIFIED_DATES),
        DESC(ConfidentialityProfile.Option.CLEAN_DESCRIPTORS),
        STRUCT(ConfidentialityProfile.Option.CLEAN_STRUCTURED_CONTENT),
        GRAPH(ConfidentialityProfile.Option.CLEAN_GRAPHICS),
        /** Clean Pixel Data: burned-in text is removed; the table has no column for it. */
        PIX(null);

        private final ConfidentialityProfile.Option tableOption;

        Option(ConfidentialityProfile.Option tableOption) {
            this.tableOption = tableOption;
        }
    }

    /** Basic with Clean Pixel Data, Clean Descriptors and Clean Graphics: what synth assumes by default. */
    public static final Profile DEFAULT = new Profile(EnumSet.of(Option.PIX, Option.DESC, Option.GRAPH));

    /** The Basic Profile without options. */
    public static final Profile BASIC = new Profile(EnumSet.noneOf(Option.class));

    private final Set<Option> options;
    private final List<ConfidentialityProfile.Option> tableOptions;

    private Profile(Set<Option> options) {
        this.options = Collections.unmodifiableSet(options.isEmpty() ? EnumSet.noneOf(Option.class)
                : EnumSet.copyOf(options));
        List<ConfidentialityProfile.Option> table = new ArrayList<>();
        for (Option o : this.options) {
            if (o.tableOption != null) {
                table.add(o.tableOption);
            }
        }
        this.tableOptions = List.copyOf(table);
    }

    /** The profile of Basic and {@code options}. */
    public static Profile of(Set<Option> options) {
        return new Profile(options);
    }

    /**
     * Parses codes separated by commas, such as {@code BASIC,PIX,DESC,MOD} (case and spaces ignored;
     * {@code BASIC} may be left out).
     *
     * @throws IllegalArgumentException naming an unknown code and listing the known ones
     */
    public static Profile parse(String codes) {
        Objects.requireNonNull(codes, "codes");
        Set<Option> options = EnumSet.noneOf(Option.class);
        for (String raw : codes.split(",")) {
            String code = raw.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty() || code.equals("BASIC")) {
                continue;
            }
            try {
                options.add(Option.valueOf(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown profile option '" + raw.strip() + "' in '" + codes
                        + "'; known: BASIC, " + String.join(", ", names()), e);
            }
        }
        if (options.contains(Option.FULL) && options.contains(Option.MOD)) {
            throw new IllegalArgumentException("profile '" + codes + "' claims both FULL and MOD dates; choose one");
        }
        return new Profile(options);
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Option o : Option.values()) {
            out.add(o.name());
        }
        return out;
    }

    /** The options, without Basic. */
    public Set<Option> options() {
        return options;
    }

    /** True when the profile claims {@code option}. */
    public boolean has(Option option) {
        return options.contains(option);
    }

    /**
     * The PS3.15 action code for {@code tag} under this profile (D, Z, X, K, C, U, ...), or empty text when the
     * table does not list the attribute (it may be kept).
     */
    public String action(Tag tag) {
        return ConfidentialityProfile.standard().action(tag, tableOptions).orElse("");
    }

    /** The codes, such as {@code BASIC,PIX,DESC,GRAPH}. */
    public String code() {
        List<String> parts = new ArrayList<>();
        parts.add("BASIC");
        options.forEach(o -> parts.add(o.name()));
        return String.join(",", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && p.options.equals(options);
    }

    @Override
    public int hashCode() {
        return options.hashCode();
    }

    @Override
    public String toString() {
        return code();
    }
}
