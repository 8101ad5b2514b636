package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DecodedText;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A data set flattened to one entry per element, keyed by its tag path such as {@code (0010,1002)[1](0010,0020)},
 * with values in one plain form that synth, dcmdump and pydicom can all be brought to: text values joined
 * with backslash, padding removed; binary integers in decimal; FL and FD as {@link Double#toString}; AT as
 * {@code GGGGEEEE}; other binary values
 * as lowercase hex of their little-endian bytes; a sequence as its number of items.
 */
public final class Listing {

    /** VRs whose value is compared as bytes: how a tool names them differs with the transfer syntax. */
    private static final Set<String> BYTE_VRS = Set.of("OB", "OW", "UN");

    /**
     * One element.
     *
     * @param vr the VR as the reader saw it; UN when it could not know
     * @param value the value in the plain form
     */
    public record Entry(String vr, String value) {
    }

    private final Map<String, Entry> entries;

    Listing(Map<String, Entry> entries) {
        this.entries = new LinkedHashMap<>(entries);
    }

    /** The listing of a synth data set. */
    static Listing of(Dataset ds) {
        Map<String, Entry> out = new LinkedHashMap<>();
        add(out, "", ds);
        return new Listing(out);
    }

    private static void add(Map<String, Entry> out, String prefix, Dataset ds) {
        for (Element e : ds.elements()) {
            String path = prefix + path(e.tag());
            if (e.value() instanceof Value.Items items) {
                out.put(path, new Entry("SQ", Integer.toString(items.items().size())));
                for (int i = 0; i < items.items().size(); i++) {
                    add(out, path + "[" + i + "]", items.items().get(i));
                }
            } else if (e.value() instanceof Value.Fragments f) {
                out.put(path, new Entry(e.vr().name(), "fragments " + f.fragments().size()));
            } else if (e.vr().isText()) {
                out.put(path, new Entry(e.vr().name(), String.join("\\", ds.getStrings(e.tag()))));
            } else {
                out.put(path, new Entry(e.vr().name(), binary(e.vr(), (Value.Bytes) e.value())));
            }
        }
    }

    /** The paths of text elements, at any depth, whose bytes did not decode exactly, with the reason. */
    static List<String> inexactText(Dataset ds) {
        List<String> out = new ArrayList<>();
        addInexact(out, "", ds);
        return out;
    }

    private static void addInexact(List<String> out, String prefix, Dataset ds) {
        for (Element e : ds.elements()) {
            String path = prefix + path(e.tag());
            ds.decode(e.tag()).flatMap(DecodedText::problem).ifPresent(p -> out.add(path + ": " + p));
            List<Dataset> items = ds.getItems(e.tag());
            for (int i = 0; i < items.size(); i++) {
                addInexact(out, path + "[" + i + "]", items.get(i));
            }
        }
    }

    /** The path component of a tag: {@code (GGGG,EEEE)}, upper case. */
    public static String path(Tag tag) {
        return String.format(Locale.ROOT, "(%04X,%04X)", tag.group(), tag.element());
    }

    private static String binary(Vr vr, Value.Bytes b) {
        if ((vr == Vr.FL || vr == Vr.FD) && b.length() % vr.elementSize() == 0) {
            return floats(vr, b);
        }
        int size = switch (vr) {
            case US, SS -> 2;
            case UL, SL, AT -> 4;
            default -> 0;
        };
        if (size == 0 || b.length() % size != 0) {
            return HexFormat.of().formatHex(b.toArray());
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < b.length(); i += size) {
            int lo = b.get(i) | b.get(i + 1) << 8;
            long hi = size == 4 ? b.get(i + 2) | b.get(i + 3) << 8 : 0;
            values.add(switch (vr) {
                case SS -> Short.toString((short) lo);
                case SL -> Integer.toString((int) (hi << 16 | lo));
                case AT -> String.format(Locale.ROOT, "%04X%04X", lo, hi); // group, then element
                default -> Long.toString(hi << 16 | lo);
            });
        }
        return String.join("\\", values);
    }

    /** FL and FD as Java prints the double of each value, which is how Python prints a float too. */
    private static String floats(Vr vr, Value.Bytes b) {
        int size = vr.elementSize();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < b.length(); i += size) {
            long bits = 0;
            for (int k = size - 1; k >= 0; k--) {
                bits = bits << 8 | b.get(i + k);
            }
            values.add(Double.toString(size == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits)));
        }
        return String.join("\\", values);
    }

    /** The paths in order. */
    public List<String> paths() {
        return List.copyOf(entries.keySet());
    }

    /** The entries in path order. */
    Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }

    /** The entry at {@code path}, if there is one. */
    public Optional<Entry> find(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** The entry at {@code path}; fails the test when there is none. */
    public Entry get(String path) {
        Entry e = entries.get(path);
        assertThat(e).as("no element at %s", path).isNotNull();
        return e;
    }

    /** This listing without the paths {@code drop} accepts. */
    Listing without(Predicate<String> drop) {
        Map<String, Entry> kept = new LinkedHashMap<>();
        entries.forEach((path, e) -> {
            if (!drop.test(path)) {
                kept.put(path, e);
            }
        });
        return new Listing(kept);
    }

    /**
     * Asserts that {@code actual} has the same elements in the same order with the same values. An element
     * a reader had to keep as UN (an Implicit VR private element) matches when its bytes, read as the
     * expected VR (text decoded with {@code charset}, padding removed), give the expected value.
     */
    static void assertSameValues(Listing expected, Listing actual, Charset charset, String what) {
        assertThat(actual.paths()).as("%s: the elements", what).containsExactlyElementsOf(expected.paths());
        List<String> differences = new ArrayList<>();
        expected.entries.forEach((path, e) -> {
            Entry a = actual.entries.get(path);
            if (!matches(e, a, charset)) {
                differences.add(path + ": expected " + e + " but was " + a);
            }
        });
        assertThat(differences).as("%s: values that differ", what).isEmpty();
    }

    private static boolean matches(Entry e, Entry a, Charset charset) {
        if (e.equals(a)) {
            return true;
        }
        if (BYTE_VRS.contains(e.vr()) && BYTE_VRS.contains(a.vr())) {
            return e.value().equals(a.value());
        }
        Vr expectedVr = Vr.of(e.vr()).orElse(Vr.UN);
        if (!a.vr().equals("UN") || expectedVr == Vr.SQ) {
            return false;
        }
        byte[] bytes = HexFormat.of().parseHex(a.value());
        if (expectedVr.isText()) {
            return stripPadding(new String(bytes, charset)).equals(e.value());
        }
        return binary(expectedVr, Value.Bytes.of(bytes)).equals(e.value());
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        entries.forEach((p, e) -> sb.append(p).append(' ').append(e.vr()).append(' ').append(e.value()).append('\n'));
        return sb.toString();
    }
}
