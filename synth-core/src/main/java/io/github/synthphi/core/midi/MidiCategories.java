package io.github.synthphi.core.midi;

import io.github.synthphi.core.truth.Action;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * MIDI's categories: where synth puts its category code among MIDI's {@code answer_category_v2} fields, and
 * the category and subcategory MIDI's reports give a check (which never affect pass or fail).
 *
 * <pre>{@code
 * MidiCategories.Assigned c = MidiCategories.reportCategory(check);   // ("hipaa", "HIPAA-C") for date_shifted
 * }</pre>
 */
public final class MidiCategories {

    private MidiCategories() {
    }

    /**
     * A report category.
     *
     * @param category {@code hipaa}, {@code dicom}, {@code tcia} or {@code unknown}
     * @param subcategory the code, such as {@code HIPAA-C}; {@code unknown} with the unknown category
     */
    public record Assigned(String category, String subcategory) {
        static final Assigned UNKNOWN = new Assigned("unknown", "unknown");
    }

    /**
     * The v2 field of a synth category code: {@code HIPAA-*} to {@code hipaa_z}, {@code DICOM-IOD*} to
     * {@code dicom_iod}, {@code DICOM-P15*} to {@code dicom_p15}, {@code TCIA-P15*} to {@code tcia_p15},
     * {@code TCIA-PTKB*} to {@code tcia_ptkb}, {@code TCIA-REV*} to {@code tcia_rev}, anything else to
     * {@code prev_cat}; an empty code gives no field.
     */
    public static SortedMap<String, String> v2Of(String category) {
        SortedMap<String, String> out = new TreeMap<>();
        if (category.isEmpty()) {
            return out;
        }
        String c = category.toUpperCase(Locale.ROOT);
        String field;
        if (c.startsWith("HIPAA-")) {
            field = "hipaa_z";
        } else if (c.startsWith("DICOM-IOD")) {
            field = "dicom_iod";
        } else if (c.startsWith("DICOM-P15")) {
            field = "dicom_p15";
        } else if (c.startsWith("TCIA-P15")) {
            field = "tcia_p15";
        } else if (c.startsWith("TCIA-PTKB")) {
            field = "tcia_ptkb";
        } else if (c.startsWith("TCIA-REV")) {
            field = "tcia_rev";
        } else {
            field = "prev_cat";
        }
        out.put(field, category);
        return out;
    }

    /**
     * The category and subcategory MIDI's reports give a check: fixed per action, except text_removed (the first
     * non-empty of hipaa_m, hipaa_z, tcia_p15, tcia_ptkb, tcia_rev) and text_retained (of tcia_p15, tcia_ptkb,
     * tcia_rev); unknown when none is set (where MIDI's pandas code would throw).
     */
    public static Assigned reportCategory(MidiCheck check) {
        return switch (check.action()) {
            case TAG_RETAINED, TEXT_NOTNULL -> new Assigned("dicom", check.categoryV2("dicom_iod").orElse(""));
            case DATE_SHIFTED -> new Assigned("hipaa", "HIPAA-C");
            case UID_CHANGED -> new Assigned("hipaa", "HIPAA-R");
            case PIXELS_HIDDEN -> new Assigned("hipaa", "HIPAA-A");
            case PATID_CONSISTENT -> new Assigned("dicom", "DICOM-P15-BASIC-C");
            case UID_CONSISTENT -> new Assigned("dicom", "DICOM-P15-BASIC-U");
            case PIXELS_RETAINED -> new Assigned("tcia", "TCIA-P15-PIX-K");
            case TEXT_REMOVED -> first(check, List.of("hipaa_m", "hipaa_z", "tcia_p15", "tcia_ptkb", "tcia_rev"));
            case TEXT_RETAINED -> first(check, List.of("tcia_p15", "tcia_ptkb", "tcia_rev"));
        };
    }

    private static Assigned first(MidiCheck check, List<String> columns) {
        for (String column : columns) {
            Optional<String> v = check.categoryV2(column).filter(s -> !s.isEmpty());
            if (v.isPresent()) {
                return new Assigned(column.substring(0, column.indexOf('_')), v.get());
            }
        }
        return Assigned.UNKNOWN;
    }
}
