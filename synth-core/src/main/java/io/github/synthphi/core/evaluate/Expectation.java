package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.TagPath;

/**
 * What a profile asks of one answer-key entry: the PS3.15 action code of the element the entry names, and
 * whether the entry's action applies at all under the profile.
 *
 * <ul>
 *   <li>{@code text_removed}: applies unless the profile keeps the attribute (K, e.g. Institution Name under
 *       INST); cleaning (C) must remove the PHI part too.</li>
 *   <li>{@code text_retained}: controls always; the clinical words of a description only when the profile keeps
 *       or cleans it (DESC), as Basic may remove the whole description.</li>
 *   <li>{@code date_shifted}: K (FULL) keeps the date; C (MOD) shifts it by the patient's one offset; otherwise
 *       the date must be gone (removed, emptied, or replaced by any valid date).</li>
 *   <li>{@code uid_changed}, {@code uid_consistent}: K (UIDS) keeps the UID, otherwise it is replaced.</li>
 *   <li>{@code pixels_hidden}: applies under PIX only.</li>
 * </ul>
 *
 * @param code the PS3.15 action code under the profile, empty when the table does not list the element
 * @param applies whether the entry's action is required
 * @param words the expectation in words, for reports
 */
record Expectation(String code, boolean applies, String words) {

    static Expectation of(AnswerKeyEntry e, Profile profile) {
        String code = e.tagPath().map(p -> code(p, profile)).orElse("");
        Action a = e.action();
        switch (a) {
            case TEXT_REMOVED:
                return code.equals("K") ? new Expectation(code, false, "kept under " + profile)
                        : new Expectation(code, true, "no token of the planted text left (" + orBasic(code) + ")");
            case TEXT_RETAINED:
                if (e.category().equals("DICOM-IOD")) {
                    return new Expectation(code, true, "kept as it was");
                }
                return code.equals("C") || code.equals("K") || code.isEmpty()
                        ? new Expectation(code, true, "the clinical words kept (" + orBasic(code) + ")")
                        : new Expectation(code, false, "may be removed under " + profile);
            case DATE_SHIFTED:
                if (code.equals("K")) {
                    return new Expectation(code, true, "kept as it was (FULL)");
                }
                return code.equals("C") ? new Expectation(code, true, "shifted by the patient's one offset (MOD)")
                        : new Expectation(code, true, "the date gone: removed, emptied or replaced (" + orBasic(code)
                                + ")");
            case UID_CHANGED:
            case UID_CONSISTENT:
                return code.equals("K") ? new Expectation(code, true, "kept as it was (UIDS)")
                        : new Expectation(code, true, a == Action.UID_CHANGED ? "replaced by another valid UID"
                                : "replaced by one new UID everywhere it occurs");
            case PIXELS_HIDDEN:
                return profile.has(Profile.Option.PIX) ? new Expectation(code, true, "no longer readable in any frame")
                        : new Expectation(code, false, "not required without PIX");
            case PIXELS_RETAINED:
                return new Expectation(code, true, "unchanged outside planted regions");
            case PATID_CONSISTENT:
                return new Expectation(code, true, "one pseudonym per patient, not the MRN");
            case TEXT_NOTNULL:
                return new Expectation(code, true, "present and not empty");
            default:
                return new Expectation(code, true, "present");
        }
    }

    private static String orBasic(String code) {
        return code.isEmpty() ? "not in PS3.15 Table E.1-1" : "PS3.15 action " + code;
    }

    private static String code(TagPath path, Profile profile) {
        TagPath.Node leaf = path.leaf();
        Tag tag = leaf.isPrivate() ? Tag.of(leaf.group(), 0x1000 | leaf.element())
                : Tag.of(leaf.group(), leaf.element());
        return profile.action(tag);
    }
}
