package io.github.synthphi.core.dicom;

import io.github.synthphi.core.dicom.internal.CodingSystem;
import io.github.synthphi.core.dicom.internal.Iso2022;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The character repertoires that (0008,0005) Specific Character Set declares, and text decoding and
 * encoding with them (PS3.5 6.1, PS3.3 C.12.1.1.2).
 *
 * <p>Supported: the default repertoire (ISO_IR 6), the ISO 8859 sets (ISO_IR 100, 101, 109, 110, 126,
 * 127, 138, 144, 148, 203), ISO_IR 13, ISO_IR 166, ISO_IR 192 (UTF-8), GB18030, GBK, and ISO 2022 code
 * extensions with IR 6, the 8859 sets, IR 13, IR 87, IR 159, IR 149 and IR 58. An unknown term does not
 * throw: its text decodes with the unknown bytes as U+FFFD and a problem saying which term was unknown;
 * the element keeps its bytes.
 *
 * <pre>{@code
 * SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
 * byte[] bytes = cs.encode("Yamada^Tarou=山田^太郎", Vr.PN);
 * String back = cs.decode(bytes, 0, bytes.length, Vr.PN).text();
 * }</pre>
 */
public final class SpecificCharacterSet {

    /** The default repertoire, ISO_IR 6, used when (0008,0005) is absent or empty. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of());

    private final List<String> terms;
    private final List<CodingSystem> systems;
    private final boolean iso2022;
    private final Optional<String> problem;

    private SpecificCharacterSet(List<String> terms) {
        this.terms = List.copyOf(terms);
        List<CodingSystem> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean extensions = false;
        for (int i = 0; i < this.terms.size(); i++) {
            String term = this.terms.get(i).strip();
            if (term.isEmpty()) {
                found.add(CodingSystem.IR6);
                continue;
            }
            extensions |= term.startsWith("ISO 2022");
            Optional<CodingSystem> cs = CodingSystem.ofTerm(term);
            if (cs.isPresent()) {
                found.add(cs.get());
            } else {
                unknown.add(term);
            }
        }
        if (found.isEmpty()) {
            found.add(CodingSystem.IR6);
        }
        // several values without ISO 2022 terms are read as code extensions, as toolkits do
        this.iso2022 = extensions || this.terms.size() > 1;
        if (iso2022 && !found.contains(CodingSystem.IR6)) {
            found.add(CodingSystem.IR6); // G0 at the start; the first value keeps its place for G1
        }
        this.systems = List.copyOf(found);
        String p = null;
        if (!unknown.isEmpty()) {
            p = "unknown Specific Character Set term" + (unknown.size() > 1 ? "s " : " ") + quote(unknown);
        } else if (iso2022) {
            for (CodingSystem cs : systems) {
                if (cs.bytesPerChar() == 0) {
                    p = "'" + cs.term().orElseThrow() + "' cannot be used with ISO 2022 code extensions";
                }
            }
        }
        this.problem = Optional.ofNullable(p);
    }

    private static String quote(List<String> values) {
        List<String> q = new ArrayList<>();
        values.forEach(v -> q.add("'" + v + "'"));
        return String.join(", ", q);
    }

    /** The set declared by the values of (0008,0005); an empty list is the default repertoire. */
    public static SpecificCharacterSet of(List<String> terms) {
        if (terms.isEmpty() || terms.size() == 1 && terms.get(0).isBlank()) {
            return DEFAULT;
        }
        return new SpecificCharacterSet(terms);
    }

    /** The set declared by one defined term, such as {@code ISO_IR 192}. */
    public static SpecificCharacterSet of(String term) {
        return of(List.of(term));
    }

    /** The values of (0008,0005) this set was made from. */
    public List<String> terms() {
        return terms;
    }

    /** True when every declared term is known and usable together. */
    public boolean isKnown() {
        return problem.isEmpty();
    }

    /** Why text in this set cannot be decoded exactly (an unknown term), or empty. */
    public Optional<String> problem() {
        return problem;
    }

    /** True when this set uses ISO 2022 code extensions. */
    public boolean usesCodeExtensions() {
        return iso2022;
    }

    /**
     * Decodes the bytes of a value of VR {@code vr}. VRs that do not use the Specific Character Set (such as
     * CS, DA, UI) are decoded in the default repertoire whatever this set is.
     */
    public DecodedText decode(byte[] bytes, int offset, int length, Vr vr) {
        if (!vr.usesSpecificCharacterSet() || this == DEFAULT) {
            return decodeDefault(bytes, offset, length);
        }
        String text;
        if (iso2022) {
            text = Iso2022.decode(bytes, offset, length, systems, vr == Vr.PN);
        } else {
            text = systems.get(0).decodeWhole(bytes, offset, length);
        }
        if (problem.isPresent()) {
            return new DecodedText(text, problem);
        }
        int bad = text.indexOf('\uFFFD');
        if (bad >= 0 && !(systems.get(0).bytesPerChar() == 0 && systems.get(0).decodesCleanly(bytes, offset, length))) {
            return new DecodedText(text, Optional.of("bytes that are not valid in " + quote(terms)
                    + " (first at character " + bad + ")"));
        }
        return DecodedText.exact(text);
    }

    private static DecodedText decodeDefault(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                String text = new String(bytes, offset, length, StandardCharsets.US_ASCII);
                return new DecodedText(text, Optional.of(String.format(Locale.ROOT,
                        "byte 0x%02X at %d is not in the default repertoire (ISO_IR 6)", bytes[i] & 0xFF,
                        i - offset)));
            }
        }
        return DecodedText.exact(new String(bytes, offset, length, StandardCharsets.US_ASCII));
    }

    /**
     * Encodes text of VR {@code vr} (several values already joined with backslash).
     *
     * @throws IllegalArgumentException naming the character when this set cannot represent it
     */
    public byte[] encode(String text, Vr vr) {
        if (!vr.usesSpecificCharacterSet() || this == DEFAULT) {
            return Iso2022.encodeSingle(text, CodingSystem.IR6, terms);
        }
        if (problem.isPresent()) {
            throw new IllegalArgumentException("cannot encode text: " + problem.get());
        }
        if (iso2022) {
            return Iso2022.encode(text, systems, vr == Vr.PN);
        }
        return Iso2022.encodeSingle(text, systems.get(0), terms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet s && s.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return terms.isEmpty() ? "ISO_IR 6" : String.join("\\", terms);
    }
}
