package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.TagPath;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of one answer-key entry that need only its own output file; {@code uid_consistent},
 * {@code patid_consistent} and the offset of {@code date_shifted} under MOD are judged across the corpus by
 * {@link CorpusChecks}.
 *
 * <ul>
 *   <li>{@code text_removed}: passes when the element is absent or empty, or when no token of the action text
 *       is left in it, read in the declared character set or as the UTF-8 or Latin-1 bytes a tool may have
 *       written under another (tokens: {@link TokenRules}; case and diacritics folded; PN components and
 *       punctuation split). The element is found through sequence items, also those of a private sequence an
 *       Implicit VR file holds as UN. The score is the share of tokens gone; any token left fails. A value
 *       without tokens (a sex code) fails only when it is unchanged. Overlay Data passes when the plane is gone or fewer than half of
 *       its planted bits are still set.</li>
 *   <li>{@code text_retained}: the element is present and every token of the action text is in it (controls:
 *       the value is unchanged, case and padding ignored). The score is the share found.</li>
 *   <li>{@code text_notnull}, {@code tag_retained}: present and not empty; present.</li>
 *   <li>{@code uid_changed}: absent, or present with another syntactically valid UID (unchanged under UIDS).</li>
 *   <li>{@code date_shifted}: under FULL unchanged; under MOD present, valid and changed; otherwise absent,
 *       empty, or a valid value that no longer holds the date in any rendering. Times (TM) identify nobody
 *       alone: they pass when removed, empty or changed to a valid time, and under MOD (whole-day shifts keep
 *       times) also when unchanged.</li>
 * </ul>
 */
final class ElementChecks {

    private ElementChecks() {
    }

    /** The value of the entry's element in {@code ds}, or empty when absent. */
    static Optional<String> found(AnswerKeyEntry e, Dataset ds) {
        return locate(e, ds).map(at -> at.getValue().value() instanceof Value.Items ? "<sequence>"
                : ElementText.value(at.getKey(), at.getValue()));
    }

    /**
     * Every reading of the entry's element in {@code ds}: in the declared character set and, for bytes it
     * cannot have meant, as UTF-8 or Latin-1 ({@link ElementText}).
     */
    private static List<String> readings(AnswerKeyEntry e, Dataset ds) {
        return locate(e, ds).map(at -> ElementText.values(at.getKey(), at.getValue())).orElse(List.of());
    }

    /**
     * The entry's element in {@code ds} and the data set holding it (whose character set decodes it), through
     * the items of sequences, also of private sequences an Implicit VR file holds as UN bytes.
     */
    private static Optional<Map.Entry<Dataset, Element>> locate(AnswerKeyEntry e, Dataset ds) {
        Dataset current = ds;
        List<TagPath.Node> nodes = e.tagPath().orElseThrow().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            TagPath.Node n = nodes.get(i);
            Optional<Element> el = new TagPath(List.of(new TagPath.Node(n.group(), n.element(), n.creator(), -1)))
                    .resolve(current);
            if (el.isEmpty()) {
                return Optional.empty();
            }
            if (i == nodes.size() - 1) {
                return Optional.of(Map.entry(current, el.get()));
            }
            List<Dataset> items = SequenceItems.of(el.get(), current.characterSet()).orElse(List.of());
            if (n.item() >= items.size()) {
                return Optional.empty();
            }
            current = items.get(n.item());
        }
        return Optional.empty();
    }

    static CheckResult check(AnswerKeyEntry e, Expectation x, Dataset source, Dataset out, String file) {
        if (!x.applies()) {
            return new CheckResult(e, file, true, 1, "-", x.words(), "not required under the profile");
        }
        Optional<String> value = found(e, out);
        String shown = value.map(v -> v.isEmpty() ? "<empty>" : v).orElse("<absent>");
        switch (e.action()) {
            case TEXT_REMOVED:
                return removed(e, x, source, out, file, value, shown);
            case TEXT_RETAINED:
                return retained(e, x, file, value, shown);
            case TEXT_NOTNULL:
                return verdict(e, x, file, value.filter(v -> !v.isBlank()).isPresent(), shown,
                        value.isPresent() ? "empty" : "absent");
            case TAG_RETAINED:
                return verdict(e, x, file, value.isPresent(), shown, "absent");
            case UID_CHANGED:
                return uidChanged(e, x, file, value, shown);
            case DATE_SHIFTED:
                return date(e, x, file, value, shown);
            default:
                throw new IllegalArgumentException(e.action() + " is not an element check");
        }
    }

    private static CheckResult verdict(AnswerKeyEntry e, Expectation x, String file, boolean ok, String shown,
                                       String whyNot) {
        return new CheckResult(e, file, ok, ok ? 1 : 0, shown, x.words(), ok ? "as expected" : whyNot);
    }

    private static CheckResult removed(AnswerKeyEntry e, Expectation x, Dataset source, Dataset out, String file,
                                       Optional<String> value, String shown) {
        if (e.tagPath().flatMap(p -> p.leafTag()).filter(ElementText::isImage).isPresent()) {
            return OverlayCheck.check(e, x, source, out, file);
        }
        if (value.isEmpty() || value.get().isBlank()) {
            return new CheckResult(e, file, true, 1, shown, x.words(), value.isEmpty() ? "removed" : "emptied");
        }
        List<PlantedToken> tokens = tokens(e, e.actionText());
        if (tokens.isEmpty()) {
            boolean same = TextFolding.fold(value.get().strip()).equals(TextFolding.fold(e.value().strip()));
            return new CheckResult(e, file, !same, same ? 0 : 1, shown, x.words(),
                    same ? "the planted value is unchanged" : "replaced");
        }
        Set<String> left = new LinkedHashSet<>();
        TokenMatcher matcher = new TokenMatcher(tokens);
        for (String reading : readings(e, out)) {
            matcher.find(reading, true).forEach(m -> left.add(m.token().text()));
        }
        Set<String> all = distinct(tokens);
        double score = 1 - (double) left.size() / all.size();
        return new CheckResult(e, file, left.isEmpty(), score, shown, x.words(), left.isEmpty()
                ? "no planted token left" : "planted token(s) left: " + String.join(", ", left));
    }

    private static CheckResult retained(AnswerKeyEntry e, Expectation x, String file, Optional<String> value,
                                        String shown) {
        if (value.isEmpty()) {
            return new CheckResult(e, file, false, 0, shown, x.words(), "absent");
        }
        if (e.category().equals("DICOM-IOD")) {
            boolean same = TextFolding.fold(value.get().strip()).equals(TextFolding.fold(e.value().strip()));
            return new CheckResult(e, file, same, same ? 1 : 0, shown, x.words(), same ? "kept" : "changed");
        }
        List<PlantedToken> tokens = TokenRules.text(e.actionText(), Optional.empty(), "");
        Set<String> all = distinct(tokens);
        Set<String> found = new LinkedHashSet<>();
        new TokenMatcher(tokens).find(value.get(), true).forEach(m -> found.add(m.token().text()));
        Set<String> lost = new LinkedHashSet<>(all);
        lost.removeAll(found);
        double score = all.isEmpty() ? 1 : (double) (all.size() - lost.size()) / all.size();
        return new CheckResult(e, file, lost.isEmpty(), score, shown, x.words(), lost.isEmpty() ? "kept"
                : "clinical word(s) lost: " + String.join(", ", lost));
    }

    private static CheckResult uidChanged(AnswerKeyEntry e, Expectation x, String file, Optional<String> value,
                                          String shown) {
        if (x.code().equals("K")) {
            boolean same = value.map(String::strip).filter(v -> v.equals(e.value())).isPresent();
            return new CheckResult(e, file, same, same ? 1 : 0, shown, x.words(), same ? "kept" : "changed or removed");
        }
        if (value.isEmpty() || value.get().isBlank()) {
            return new CheckResult(e, file, true, 1, shown, x.words(), "removed");
        }
        String v = value.get().strip();
        if (v.equals(e.value())) {
            return new CheckResult(e, file, false, 0, shown, x.words(), "the source UID is unchanged");
        }
        Optional<String> problem = Uids.problem(v);
        return new CheckResult(e, file, problem.isEmpty(), problem.isEmpty() ? 1 : 0, shown, x.words(),
                problem.map(p -> "not a valid UID: " + p).orElse("replaced"));
    }

    private static CheckResult date(AnswerKeyEntry e, Expectation x, String file, Optional<String> value,
                                    String shown) {
        String vr = e.vr();
        String v = value.map(String::strip).orElse("");
        if (x.code().equals("K")) {
            boolean same = v.equals(e.value().strip());
            return new CheckResult(e, file, same, same ? 1 : 0, shown, x.words(), same ? "kept" : "changed or removed");
        }
        if (!v.isEmpty() && !DicomValues.valid(vr, v)) {
            return new CheckResult(e, file, false, 0, shown, x.words(), "not a valid " + vr + " value");
        }
        if (vr.equals("TM")) {
            // a time alone identifies nobody, but an unchanged one shows nothing was done (MOD keeps times)
            boolean unchanged = v.equals(e.value().strip()) && !x.code().equals("C");
            return new CheckResult(e, file, !unchanged, unchanged ? 0 : 1, shown, x.words(),
                    v.isEmpty() ? "removed" : unchanged ? "the planted time is unchanged" : "a valid time");
        }
        Optional<LocalDate> planted = DicomValues.date(e.value());
        boolean stillThere = planted.isPresent() && !v.isEmpty()
                && !new TokenMatcher(TokenRules.date(planted.get(), e.value(), Optional.empty(), ""))
                .find(v, false).isEmpty();
        if (stillThere) {
            return new CheckResult(e, file, false, 0, shown, x.words(), "the planted date is still there");
        }
        if (x.code().equals("C") && v.isEmpty()) {
            return new CheckResult(e, file, false, 0, shown, x.words(), "removed, but MOD keeps dates shifted");
        }
        return new CheckResult(e, file, true, 1, shown, x.words(), v.isEmpty() ? "removed" : "changed");
    }

    /** The tokens of a planted value by its VR: a UID whole, a date in every rendering, other text split. */
    static List<PlantedToken> tokens(AnswerKeyEntry e, String text) {
        if (e.vr().equals("UI")) {
            return TokenRules.uid(text, e.safeHarbor(), "");
        }
        if (e.vr().equals("DA") || e.vr().equals("DT")) {
            return DicomValues.date(text).map(d -> TokenRules.date(d, text, e.safeHarbor(), ""))
                    .orElse(TokenRules.text(text, e.safeHarbor(), ""));
        }
        if (e.vr().equals("TM")) {
            return List.of();
        }
        return TokenRules.text(text, e.safeHarbor(), "");
    }

    private static Set<String> distinct(List<PlantedToken> tokens) {
        Set<String> out = new LinkedHashSet<>();
        tokens.forEach(t -> out.add(t.text()));
        return out;
    }
}
