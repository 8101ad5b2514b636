package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomParseException;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exhaustive search: every element of an output file at every depth (file meta, private elements, items
 * of sequences, UN and byte values read as text, text in the file's character set) is searched for every token
 * of the planted PHI, whatever the answer key says of that place. A tool that moves PatientName into
 * ImageComments is caught here.
 *
 * <p>Which tokens: those of values in a HIPAA Safe Harbor category (names, places, dates, numbers, IDs,
 * contacts), of dates and of UIDs, unless the profile keeps the attribute they were planted in. Values of no
 * Safe Harbor category (ethnic group, military rank, occupation, sex, size) identify nobody on their own and are
 * judged only where they were planted. A hit at the very element an answer-key entry checks for the same value
 * is left to that entry's check, so a leak is reported once.
 */
final class ResidualScanner {

    /** At most this much of a found value is quoted in a finding. */
    static final int QUOTE = 160;

    private final TokenMatcher matcher;

    ResidualScanner(List<AnswerKeyEntry> entries, Profile profile) {
        List<PlantedToken> tokens = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AnswerKeyEntry e : entries) {
            if (!searched(e, profile) || !seen.add(e.vr() + "|" + e.actionText())) {
                continue;
            }
            String source = e.keyword().isEmpty() ? e.tagPath().map(TagPath::toMidi).orElse("") : e.keyword();
            for (PlantedToken t : ElementChecks.tokens(e, e.actionText())) {
                tokens.add(new PlantedToken(t.text(), t.kind(), e.value(), e.safeHarbor(), source));
            }
        }
        this.matcher = new TokenMatcher(tokens);
    }

    private static boolean searched(AnswerKeyEntry e, Profile profile) {
        if (e.isPixelEntry()) {
            return false;
        }
        switch (e.action()) {
            case TEXT_REMOVED:
            case DATE_SHIFTED:
            case UID_CHANGED:
            case PATID_CONSISTENT:
                break;
            default:
                return false;
        }
        boolean identifier = e.safeHarbor().isPresent() || e.vr().equals("UI");
        return identifier && !Expectation.of(e, profile).code().equals("K");
    }

    /**
     * One place where planted PHI was found.
     *
     * @param path where
     * @param keyword the element's keyword, empty for private and unknown elements
     * @param planted the planted value a token came from
     * @param tokens the tokens found
     * @param found the value found, shortened
     * @param category the Safe Harbor code
     */
    record Hit(TagPath path, String keyword, String planted, List<String> tokens, String found, String category) {
    }

    /** Every hit in a file's meta and data set. */
    List<Hit> scan(Dataset meta, Dataset dataset) {
        List<Hit> out = new ArrayList<>();
        walk(meta, List.of(), out, 0);
        walk(dataset, List.of(), out, 0);
        return out;
    }

    private void walk(Dataset ds, List<TagPath.Node> parents, List<Hit> out, int depth) {
        for (Element e : ds.elements()) {
            if (e.value() instanceof Value.Items items) {
                TagPath.Node node = node(ds, e.tag());
                for (int i = 0; i < items.items().size(); i++) {
                    walk(items.items().get(i), into(parents, node, i), out, depth + 1);
                }
                continue;
            }
            if (ElementText.isImage(e.tag())) {
                continue;
            }
            search(ds, e, parents, out);
            if (e.vr() == Vr.UN && e.value() instanceof Value.Bytes b && looksLikeItems(b) && depth < 16) {
                // a private sequence of an Implicit VR file read as bytes: search inside it as well
                TagPath.Node node = node(ds, e.tag());
                try {
                    byte[] wrapped = wrap(e.tag(), b);
                    Dataset inner = new DicomReader().readDataset(wrapped, 0, wrapped.length,
                            TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, "UN value");
                    for (Element seq : inner.elements()) {
                        if (seq.value() instanceof Value.Items items) {
                            for (int i = 0; i < items.items().size(); i++) {
                                walk(items.items().get(i), into(parents, node, i), out, depth + 1);
                            }
                        }
                    }
                } catch (DicomParseException ex) {
                    // not a sequence after all: its bytes were searched as text above
                }
            }
        }
    }

    private static List<TagPath.Node> into(List<TagPath.Node> parents, TagPath.Node node, int item) {
        List<TagPath.Node> out = new ArrayList<>(parents.size() + 1);
        out.addAll(parents);
        out.add(new TagPath.Node(node.group(), node.element(), node.creator(), item));
        return out;
    }

    private static boolean looksLikeItems(Value.Bytes b) {
        return b.length() >= 8 && b.get(0) == 0xFE && b.get(1) == 0xFF && b.get(2) == 0x00 && b.get(3) == 0xE0;
    }

    /** An Implicit VR element of undefined length around the bytes, so the reader parses them as items. */
    private static byte[] wrap(Tag tag, Value.Bytes b) {
        byte[] out = new byte[b.length() + 16];
        int g = tag.group();
        int el = tag.element();
        out[0] = (byte) g;
        out[1] = (byte) (g >>> 8);
        out[2] = (byte) el;
        out[3] = (byte) (el >>> 8);
        out[4] = out[5] = out[6] = out[7] = (byte) 0xFF;
        System.arraycopy(b.array(), b.offset(), out, 8, b.length());
        out[b.length() + 8] = (byte) 0xFE;
        out[b.length() + 9] = (byte) 0xFF;
        out[b.length() + 10] = (byte) 0xDD;
        out[b.length() + 11] = (byte) 0xE0;
        return out; // the sequence delimitation's length, the last four bytes, stays zero
    }

    private void search(Dataset ds, Element e, List<TagPath.Node> parents, List<Hit> out) {
        boolean freeText = switch (e.vr()) {
            case PN, LO, LT, ST, UT, UC, SH, UN, OB, OW -> true;
            default -> false;
        };
        Map<String, List<TokenMatcher.Match>> byValue = new LinkedHashMap<>();
        String shown = "";
        for (String text : ElementText.texts(e, ds.characterSet())) {
            for (TokenMatcher.Match m : matcher.find(text, freeText)) {
                byValue.computeIfAbsent(m.token().plantedValue(), k -> new ArrayList<>()).add(m);
                shown = text;
            }
        }
        Set<Set<String>> reported = new java.util.HashSet<>();
        for (Map.Entry<String, List<TokenMatcher.Match>> v : byValue.entrySet()) {
            Set<String> tokens = new LinkedHashSet<>();
            v.getValue().forEach(m -> tokens.add(m.token().text()));
            if (!reported.add(tokens)) {
                continue; // several planted values (a date and the date-times of that day) gave the same tokens
            }
            String category = v.getValue().get(0).token().category().map(SafeHarbor::midiCode).orElse("");
            String quote = shown.length() > QUOTE ? shown.substring(0, QUOTE) + "..." : shown;
            List<TagPath.Node> nodes = new ArrayList<>(parents);
            nodes.add(node(ds, e.tag()));
            out.add(new Hit(new TagPath(nodes), e.tag().isPrivate() ? "" : e.tag().keyword().orElse(""), v.getKey(),
                    List.copyOf(tokens), quote, category));
        }
    }

    /** The path node of an element: private data elements by their creator, found in the same data set. */
    private static TagPath.Node node(Dataset ds, Tag tag) {
        if (tag.isPrivate() && !tag.isPrivateCreator() && tag.element() >= 0x1000) {
            Tag creator = Tag.of(tag.group(), tag.element() >>> 8);
            String name = ds.getString(creator).orElse("");
            if (!name.isEmpty() && name.indexOf('"') < 0) {
                return new TagPath.Node(tag.group(), tag.element() & 0xFF, name, -1);
            }
        }
        return new TagPath.Node(tag.group(), tag.element(), "", -1);
    }
}
