package io.github.synthphi.core.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public data dictionary of PS3.6 (and the command group of PS3.7): keyword, VR and VM of every tag.
 *
 * <p>Loaded once from the resource {@code dictionary.txt}, which {@code DictionaryGenerator} writes from
 * the standard's tables; regenerate it for a new edition rather than editing it. Repeating groups such as
 * (60xx,3000) are matched by mask.
 *
 * <pre>{@code
 * Dictionary dict = Dictionary.standard();
 * Vr vr = dict.vrOf(Tags.PatientBirthDate);                   // DA
 * Tag tag = dict.tagOf("StudyInstanceUID").orElseThrow();    // (0020,000D)
 * }</pre>
 */
public final class Dictionary {

    /** The resource, next to this class, that holds the dictionary. */
    public static final String RESOURCE = "dictionary.txt";

    /**
     * One row of the dictionary.
     *
     * @param tag the tag; for a repeating group, the tag with its wildcard digits set to zero
     * @param mask the bits of {@code tag} that must match: 0xFFFFFFFF except for repeating groups
     * @param keyword the keyword, empty for the few retired rows that have none
     * @param vrs the VRs PS3.6 allows, in its order ({@code US or SS} gives two); empty for delimiters
     * @param vm the value multiplicity as PS3.6 prints it, such as {@code 1} or {@code 1-n}
     * @param retired whether PS3.6 marks the attribute retired
     * @param name the attribute name as PS3.6 prints it, such as {@code Patient's Name}; empty when it has none
     */
    public record Entry(Tag tag, int mask, String keyword, List<Vr> vrs, String vm, boolean retired, String name) {
        public Entry {
            vrs = List.copyOf(vrs);
        }

        /** The first VR PS3.6 gives, or UN when it gives none. */
        public Vr vr() {
            return vrs.isEmpty() ? Vr.UN : vrs.get(0);
        }

        boolean matches(Tag t) {
            return (t.value() & mask) == tag.value();
        }
    }

    private static final class Holder {
        static final Dictionary STANDARD = load();
    }

    private final int[] exactTags;
    private final Entry[] exactEntries;
    private final List<Entry> masked;
    private final Map<String, Entry> byKeyword;

    private Dictionary(List<Entry> entries) {
        List<Entry> exact = new ArrayList<>();
        List<Entry> masks = new ArrayList<>();
        Map<String, Entry> keywords = new HashMap<>();
        for (Entry e : entries) {
            (e.mask() == -1 ? exact : masks).add(e);
            if (!e.keyword().isEmpty()) {
                keywords.put(e.keyword(), e);
            }
        }
        exact.sort((a, b) -> a.tag().compareTo(b.tag()));
        this.exactEntries = exact.toArray(new Entry[0]);
        this.exactTags = new int[exactEntries.length];
        for (int i = 0; i < exactEntries.length; i++) {
            exactTags[i] = exactEntries[i].tag().value() ^ Integer.MIN_VALUE; // signed order = unsigned order
        }
        this.masked = List.copyOf(masks);
        this.byKeyword = Collections.unmodifiableMap(keywords);
    }

    /** The dictionary of the edition synth ships. */
    public static Dictionary standard() {
        return Holder.STANDARD;
    }

    /** The entry of {@code tag}, matching repeating groups by mask; empty for private and unknown tags. */
    public Optional<Entry> entry(Tag tag) {
        int i = Arrays.binarySearch(exactTags, tag.value() ^ Integer.MIN_VALUE);
        if (i >= 0) {
            return Optional.of(exactEntries[i]);
        }
        if (tag.isPrivate()) {
            return Optional.empty();
        }
        for (Entry e : masked) {
            if (e.matches(tag)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The entry whose keyword is {@code keyword} (case-sensitive, as PS3.6 spells it). */
    public Optional<Entry> entry(String keyword) {
        return Optional.ofNullable(byKeyword.get(keyword));
    }

    /** The tag of {@code keyword}, or empty if the public dictionary has no such keyword. */
    public Optional<Tag> tagOf(String keyword) {
        return entry(keyword).map(Entry::tag);
    }

    /**
     * The VR a reader assumes for {@code tag} in Implicit VR Little Endian: the dictionary's first VR; LO for
     * private creators; UL for group lengths; UN for private and unknown tags.
     */
    public Vr vrOf(Tag tag) {
        if (tag.isPrivateCreator()) {
            return Vr.LO;
        }
        Optional<Entry> entry = entry(tag);
        if (entry.isPresent()) {
            return entry.get().vr();
        }
        return tag.isGroupLength() && !tag.isPrivate() ? Vr.UL : Vr.UN;
    }

    /** The number of rows, repeating-group masks included. */
    public int size() {
        return exactEntries.length + masked.size();
    }

    private static Dictionary load() {
        try (InputStream in = Dictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + Dictionary.class);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionary resource " + RESOURCE, e);
        }
    }

    /**
     * Parses the compact format: one row per line, {@code TAG VRS VM FLAGS KEYWORD NAME} separated by single
     * spaces; TAG is 8 hex digits with {@code x} for a wildcard digit, VRS is {@code US|SS} style or
     * {@code -}, FLAGS is {@code R} for retired or {@code -}, KEYWORD is {@code -} when PS3.6 has none, and
     * NAME, which may hold spaces, is the rest of the line (absent when PS3.6 has none).
     * Lines starting with {@code #} are comments.
     */
    static Dictionary parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" ", 6);
            if (f.length < 5 || f[0].length() != 8) {
                throw new IOException(RESOURCE + " line " + lineNo + ": expected at least 5 fields, got '" + line + "'");
            }
            int tag = 0;
            int mask = 0;
            for (int i = 0; i < 8; i++) {
                char c = f[0].charAt(i);
                tag <<= 4;
                mask <<= 4;
                if (c != 'x') {
                    tag |= Character.digit(c, 16);
                    mask |= 0xF;
                }
            }
            List<Vr> vrs = new ArrayList<>();
            int n = lineNo;
            if (!f[1].equals("-")) {
                for (String code : f[1].split("\\|")) {
                    vrs.add(Vr.of(code).orElseThrow(
                            () -> new IOException(RESOURCE + " line " + n + ": unknown VR " + code)));
                }
            }
            entries.add(new Entry(new Tag(tag), mask, f[4].equals("-") ? "" : f[4], vrs,
                    f[2].equals("-") ? "" : f[2], f[3].equals("R"), f.length == 6 ? f[5] : ""));
        }
        return new Dictionary(entries);
    }
}
