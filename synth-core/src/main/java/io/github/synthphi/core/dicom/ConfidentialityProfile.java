package io.github.synthphi.core.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The Application Level Confidentiality Profile of PS3.15 Annex E (Table E.1-1): for each attribute the
 * action of the Basic Profile and how each option changes it.
 *
 * <p>Loaded once from the resource {@code confidentiality-profile.txt}, written by {@code DictionaryGenerator}
 * from the standard's table. Repeating groups such as (60xx,3000) match by mask; every private attribute has
 * the row of "(gggg,eeee) where gggg is odd".
 *
 * <pre>{@code
 * ConfidentialityProfile p = ConfidentialityProfile.standard();
 * String basic = p.basicAction(Tags.PatientName).orElse("");                 // "Z"
 * String kept = p.action(Tags.StudyDate, List.of(Option.RETAIN_LONGITUDINAL_FULL_DATES)).orElse(""); // "K"
 * }</pre>
 */
public final class ConfidentialityProfile {

    /** The options of Table E.1-1, in the order of its columns. */
    public enum Option {
        RETAIN_SAFE_PRIVATE,
        RETAIN_UIDS,
        RETAIN_DEVICE_IDENTITY,
        RETAIN_INSTITUTION_IDENTITY,
        RETAIN_PATIENT_CHARACTERISTICS,
        RETAIN_LONGITUDINAL_FULL_DATES,
        RETAIN_LONGITUDINAL_MODIFIED_DATES,
        CLEAN_DESCRIPTORS,
        CLEAN_STRUCTURED_CONTENT,
        CLEAN_GRAPHICS
    }

    /**
     * One row of the table.
     *
     * @param tag the tag, wildcard digits zero; null for the row of all private attributes
     * @param mask the bits of {@code tag} that must match
     * @param basic the Basic Profile action code, such as {@code Z} or {@code X/Z/D}
     * @param options the action of each option in {@link Option} order, empty when it changes nothing
     */
    public record Row(Tag tag, int mask, String basic, List<String> options) {
        public Row {
            options = List.copyOf(options);
        }

        /** The action with the given options: the last option that changes this row wins, else Basic. */
        public String action(Collection<Option> chosen) {
            String action = basic;
            for (Option o : Option.values()) {
                String code = options.get(o.ordinal());
                if (chosen.contains(o) && !code.isEmpty()) {
                    action = code;
                }
            }
            return action;
        }
    }

    private static final class Holder {
        static final ConfidentialityProfile STANDARD = load();
    }

    private final Row[] rows;
    private final Row privateRow;
    private final java.util.Map<Integer, Row> exact = new java.util.HashMap<>();
    private final List<Row> masked = new ArrayList<>();

    private ConfidentialityProfile(List<Row> rows, Row privateRow) {
        this.rows = rows.toArray(new Row[0]);
        this.privateRow = privateRow;
        for (Row r : rows) {
            if (r.mask() == -1) {
                exact.put(r.tag().value(), r);
            } else {
                masked.add(r);
            }
        }
    }

    /** The table of the edition synth ships. */
    public static ConfidentialityProfile standard() {
        return Holder.STANDARD;
    }

    /** The row that applies to {@code tag}: its own, by mask, or the private row for private tags. */
    public Optional<Row> row(Tag tag) {
        if (tag.isPrivate()) {
            return Optional.of(privateRow);
        }
        Row hit = exact.get(tag.value());
        if (hit != null) {
            return Optional.of(hit);
        }
        for (Row r : masked) {
            if ((tag.value() & r.mask()) == r.tag().value()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The Basic Profile action of {@code tag}, or empty when the profile does not list it. */
    public Optional<String> basicAction(Tag tag) {
        return row(tag).map(Row::basic);
    }

    /** The action of {@code tag} under the Basic Profile with {@code options}. */
    public Optional<String> action(Tag tag, Collection<Option> options) {
        return row(tag).map(r -> r.action(options));
    }

    /** The rows of single tags and repeating groups, in tag order (the private row is not among them). */
    public List<Row> rows() {
        return List.of(rows);
    }

    private static ConfidentialityProfile load() {
        String resource = "confidentiality-profile.txt";
        try (InputStream in = ConfidentialityProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing next to "
                        + ConfidentialityProfile.class);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            Row privateRow = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ", -1);
                if (f.length != 2 + Option.values().length) {
                    throw new IllegalStateException(resource + ": malformed line '" + line + "'");
                }
                List<String> options = new ArrayList<>();
                for (String code : Arrays.asList(f).subList(2, f.length)) {
                    options.add(code.equals("-") ? "" : code);
                }
                if (f[0].equals("PRIVATE")) {
                    privateRow = new Row(null, 0, f[1], options);
                    continue;
                }
                int tag = 0;
                int mask = 0;
                for (int i = 0; i < 8; i++) {
                    char c = f[0].charAt(i);
                    tag = tag << 4 | (c == 'x' ? 0 : Character.digit(c, 16));
                    mask = mask << 4 | (c == 'x' ? 0 : 0xF);
                }
                rows.add(new Row(new Tag(tag), mask, f[1], options));
            }
            if (privateRow == null) {
                throw new IllegalStateException(resource + " has no row for private attributes");
            }
            return new ConfidentialityProfile(rows, privateRow);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
