package io.github.synthphi.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One component group of a DICOM person name (PS3.5 6.2.1): family, given, middle, prefix and suffix, any of
 * them empty.
 *
 * <pre>{@code
 * NameGroup g = new NameGroup("Smith", "John", "Paul", "Mr.", "");
 * String pn = g.toDicom();               // "Smith^John^Paul^Mr."  (trailing empty components dropped)
 * List<String> parts = g.components();   // [Smith, John, Paul, Mr.]
 * }</pre>
 *
 * @param family the family name complex
 * @param given the given name complex
 * @param middle the middle name
 * @param prefix the name prefix, such as {@code Dr.}
 * @param suffix the name suffix, such as {@code Jr.}
 */
public record NameGroup(String family, String given, String middle, String prefix, String suffix) {

    /** The largest number of characters DICOM allows in one component group of a PN value. */
    public static final int MAX_GROUP_LENGTH = 64;

    public NameGroup {
        check(family, "family");
        check(given, "given");
        check(middle, "middle");
        check(prefix, "prefix");
        check(suffix, "suffix");
    }

    /** A group with only a family and a given name. */
    public static NameGroup of(String family, String given) {
        return new NameGroup(family, given, "", "", "");
    }

    /** The five components in DICOM order, empty ones included. */
    public List<String> all() {
        return List.of(family, given, middle, prefix, suffix);
    }

    /** The components that are not empty, in DICOM order (family, given, middle, prefix, suffix). */
    public List<String> components() {
        List<String> parts = new ArrayList<>(5);
        for (String c : all()) {
            if (!c.isEmpty()) {
                parts.add(c);
            }
        }
        return List.copyOf(parts);
    }

    /** True when every component is empty. */
    public boolean isEmpty() {
        return components().isEmpty();
    }

    /** The group as DICOM writes it: components joined with {@code ^}, trailing empty components dropped. */
    public String toDicom() {
        List<String> all = all();
        int last = all.size();
        while (last > 0 && all.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("^", all.subList(0, last));
    }

    private static void check(String component, String name) {
        Objects.requireNonNull(component, name);
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '^' || c == '=' || c == '\\' || c < 0x20) {
                throw new IllegalArgumentException("a " + name + " name component cannot contain '^', '=', '\\'"
                        + " or control characters: " + component);
            }
        }
    }
}
