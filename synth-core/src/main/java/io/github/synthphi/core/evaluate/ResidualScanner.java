package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exhaustive search: every element of an output file at every depth (file meta, private elements, items
 * of sequences, UN and byte values read as text, text in the file's character set) is searched for every token
 * of the planted PHI, whatever the answer key says of that place. A tool that moves PatientName into
 * ImageComments is caught here.
 *
 * <p>Which tokens: those of values in a HIPAA Safe Harbor category (names, places, dates, numbers, IDs,
 * contacts), of dates and of UIDs, unless the profile keeps the attribute they were planted in. Values of no
 * Safe Harbor category (ethnic group, military rank, occupation, sex, size) and the state code of an address
 * ({@link PlantedToken.Kind#REGION}) identify nobody on their own and are judged only where they were planted.
 * Private sequences that an Implicit VR file holds as UN bytes are searched item by item, like sequences. The
 * ciphertext of an Encrypted Attributes Sequence is not searched ({@link ElementText#isCiphertext}): random bytes
 * read as text spell short planted words by chance, and what it encrypts is protected as PS3.15 E.1.1 allows.
 * All the tokens found in one element make one hit, named after the planted value most of them are of. A hit at the very element an answer-key entry checks is left to that
 * entry's check when the token is one of the entry's own (or, in a script written without spaces, part of one:
 * 木村 inside a planted 木村健康保険組合), so a leak is reported once.
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
                if (t.kind() == PlantedToken.Kind.REGION) {
                    continue; // a state alone identifies nobody: judged where the address was planted
                }
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
     * One element where planted PHI was found.
     *
     * @param path where
     * @param keyword the element's keyword, empty for private and unknown elements
     * @param planted the planted value most of the tokens found are of
     * @param tokens every planted token found there, of whichever planted value
     * @param found the value found, shortened
     * @param category the Safe Harbor code
     */
    record Hit(TagPath path, String keyword, String planted, List<String> tokens, String found, String category) {
    }

    /** Every hit in a file's meta and data set, at most one per element. */
    List<Hit> scan(Dataset meta, Dataset dataset) {
        return scan(meta, dataset, Map.of());
    }

    /**
     * Every hit in a file's meta and data set, at most one per element, leaving out the tokens that the
     * answer-key entries of an element judge there themselves.
     *
     * @param covered per MIDI tag path, the tokens of the entries of that element: a token found there that is
     *     one of them, or (in a script written without spaces) part of one, is left to those entries
     */
    List<Hit> scan(Dataset meta, Dataset dataset, Map<String, Set<String>> covered) {
        List<Hit> out = new ArrayList<>();
        walk(meta, List.of(), out, 0, covered);
        walk(dataset, List.of(), out, 0, covered);
        return out;
    }

    /** True when {@code token} is one of {@code own} or, of an unspaced script, part of one of them. */
    static boolean isCovered(String token, Set<String> own) {
        if (own.contains(token)) {
            return true;
        }
        if (!token.codePoints().allMatch(TextFolding::isUnspaced)) {
            return false;
        }
        for (String t : own) {
            if (t.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private void walk(Dataset ds, List<TagPath.Node> parents, List<Hit> out, int depth,
                      Map<String, Set<String>> covered) {
        for (Element e : ds.elements()) {
            TagPath.Node node = node(ds, e.tag());
            List<TagPath.Node> here = new ArrayList<>(parents);
            here.add(node);
            if (ElementText.isImage(e.tag()) || ElementText.isCiphertext(e)) {
                continue;
            }
            // a sequence, or a private sequence of an Implicit VR file read as UN bytes: search its items
            Optional<List<Dataset>> items = depth < 16 ? SequenceItems.of(e, ds.characterSet()) : Optional.empty();
            if (items.isPresent()) {
                for (int i = 0; i < items.get().size(); i++) {
                    List<TagPath.Node> into = new ArrayList<>(parents);
                    into.add(new TagPath.Node(node.group(), node.element(), node.creator(), i));
                    walk(items.get().get(i), into, out, depth + 1, covered);
                }
                continue;
            }
            search(ds, e, new TagPath(here), out, covered);
        }
    }

    private void search(Dataset ds, Element e, TagPath path, List<Hit> out, Map<String, Set<String>> covered) {
        boolean freeText = switch (e.vr()) {
            case PN, LO, LT, ST, UT, UC, SH, UN, OB, OW -> true;
            default -> false;
        };
        Set<String> own = covered.getOrDefault(path.toMidi(), Set.of());
        Map<String, List<TokenMatcher.Match>> byValue = new LinkedHashMap<>();
        String shown = "";
        for (String text : ElementText.texts(e, ds.characterSet())) {
            for (TokenMatcher.Match m : matcher.find(text, freeText)) {
                if (isCovered(m.token().text(), own)) {
                    continue;
                }
                byValue.computeIfAbsent(m.token().plantedValue(), k -> new ArrayList<>()).add(m);
                shown = text;
            }
        }
        if (byValue.isEmpty()) {
            return;
        }
        // one hit per element: the tokens of every planted value found there (a name's tokens are also those of
        // the descriptions, addresses and copies it was planted in), named after the value most of them are of
        Set<String> tokens = new LinkedHashSet<>();
        String planted = "";
        List<TokenMatcher.Match> best = List.of();
        int most = 0;
        for (Map.Entry<String, List<TokenMatcher.Match>> v : byValue.entrySet()) {
            Set<String> ofValue = new LinkedHashSet<>();
            v.getValue().forEach(m -> ofValue.add(m.token().text()));
            tokens.addAll(ofValue);
            if (ofValue.size() > most) {
                most = ofValue.size();
                planted = v.getKey();
                best = v.getValue();
            }
        }
        String category = best.get(0).token().category().map(SafeHarbor::midiCode).orElse("");
        String quote = shown.length() > QUOTE ? shown.substring(0, QUOTE) + "..." : shown;
        out.add(new Hit(path, e.tag().isPrivate() ? "" : e.tag().keyword().orElse(""), planted,
                List.copyOf(tokens), quote, category));
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
