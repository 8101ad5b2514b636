package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dcmdump's printout (run with {@code +L -Un}) read back into {@link Listing}s of the file meta and the data
 * set. Nesting is taken from the indentation, two spaces a level.
 *
 * @param meta the file meta information
 * @param dataset the data set
 */
public record DcmdumpListing(Listing meta, Listing dataset) {

    // greedy value: the last " # length, multiplicity keyword" ends the line
    // UNIX_LINES: only \n ends a line, so a text byte such as 0x85 (NEL in ISO 8859-1) is matched by "."
    private static final Pattern LINE = Pattern.compile(
            "^( *)\\(([0-9a-fA-F]{4}),([0-9a-fA-F]{4})\\) (\\S\\S) (.*) +# *(u/l|\\d+), *\\d+ .*$",
            Pattern.UNIX_LINES);
    private static final Pattern WORD = Pattern.compile("[0-9a-fA-F]{4}");
    private static final Pattern COUNT = Pattern.compile("#=(\\d+)\\)$");
    private static final String ITEM = "(FFFE,E000)";

    /** The value of an element that dcmdump, run with {@code -M}, did not read because it is long. */
    public static final String NOT_LOADED = "(not loaded)";

    public static DcmdumpListing parse(String printout) {
        Map<String, Listing.Entry> meta = new LinkedHashMap<>();
        Map<String, Listing.Entry> dataset = new LinkedHashMap<>();
        Map<String, Listing.Entry> target = null;
        List<String> prefixes = new ArrayList<>();   // the path prefix of each nesting level
        List<String> sequences = new ArrayList<>();  // the last sequence seen at each level
        List<Integer> items = new ArrayList<>();     // items counted in that sequence
        for (String line : printout.lines().toList()) {
            if (line.startsWith("# Dicom-Meta-Information-Header")) {
                target = meta;
                continue;
            }
            if (line.startsWith("# Dicom-Data-Set")) {
                target = dataset;
                prefixes.clear();
                sequences.clear();
                items.clear();
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (target == null || !m.matches()) {
                continue;
            }
            int level = m.group(1).length() / 2;
            String tag = "(" + m.group(2).toUpperCase(Locale.ROOT) + "," + m.group(3).toUpperCase(Locale.ROOT) + ")";
            String vr = m.group(4);
            String raw = m.group(5).strip();
            if (tag.startsWith("(FFFE,")) {
                if (tag.equals(ITEM) && vr.equals("na")) {
                    int seq = level - 1;
                    assertThat(seq).as("item outside a sequence: %s", line).isBetween(0, sequences.size() - 1);
                    items.set(seq, items.get(seq) + 1);
                    setLevel(prefixes, level + 1, sequences.get(seq) + "[" + items.get(seq) + "]");
                }
                continue; // delimiters, and fragments of encapsulated pixel data ("pi")
            }
            String prefix = level == 0 ? "" : prefixes.get(level);
            String path = prefix + tag;
            target.put(path, new Listing.Entry(vr.equals("??") ? "UN" : vr, value(vr, raw)));
            if (vr.equals("SQ")) {
                setLevel(sequences, level, path);
                setLevel(items, level, -1);
            }
        }
        assertThat(target).as("no data set in the dcmdump printout:\n%s", printout).isSameAs(dataset);
        return new DcmdumpListing(new Listing(meta), new Listing(dataset));
    }

    private static <T> void setLevel(List<T> list, int level, T value) {
        while (list.size() <= level) {
            list.add(null);
        }
        list.set(level, value);
        list.subList(level + 1, list.size()).clear();
    }

    /** A value as dcmdump prints it, in the plain form of {@link Listing}. */
    static String value(String vr, String raw) {
        if (raw.equals("(no value available)")) {
            return "";
        }
        if (raw.equals(NOT_LOADED)) {
            return NOT_LOADED; // -M: a value longer than the +R threshold was not read
        }
        if (raw.startsWith("(Sequence") || raw.startsWith("(PixelSequence")) {
            Matcher m = COUNT.matcher(raw);
            assertThat(m.find()).as("item count in %s", raw).isTrue();
            return raw.startsWith("(Pixel") ? "pixel items " + m.group(1) : m.group(1);
        }
        if (raw.startsWith("[") && raw.endsWith("]")) {
            // with -dc dcmdump shows the padding byte (space, or NUL for UI); PS3.5 calls it insignificant
            return raw.substring(1, raw.length() - 1).replaceFirst("[ \\x00]$", "");
        }
        return switch (vr) {
            case "AT" -> raw.replaceAll("[(),]", "").toUpperCase(Locale.ROOT);
            case "OB", "UN", "??" -> raw.replace("\\", "").toLowerCase(Locale.ROOT);
            case "OW" -> wordsToLittleEndianHex(raw);
            default -> raw;
        };
    }

    /** dcmdump prints OW as 16-bit numbers in hex; the plain form is their little-endian bytes. */
    private static String wordsToLittleEndianHex(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String w : raw.split("\\\\")) {
            if (!WORD.matcher(w).matches()) {
                assertThat(w).as("OW word").matches(WORD);
            }
            sb.append(w, 2, 4).append(w, 0, 2);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
