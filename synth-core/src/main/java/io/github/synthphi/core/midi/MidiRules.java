package io.github.synthphi.core.midi;

import io.github.synthphi.core.truth.Action;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The pass/fail rules of MIDI's validation script for one check, quirks included (reference: the MIDI
 * validation script's {@code curation_validator.py}, as documented for synth):
 *
 * <table>
 *   <caption>Rules by action</caption>
 *   <tr><th>action</th><th>passes when</th><th>tag absent</th><th>file missing</th></tr>
 *   <tr><td>tag_retained</td><td>the path is present</td><td>fail</td><td>fail</td></tr>
 *   <tr><td>text_notnull</td><td>present and not {@code <>}</td><td>fail</td><td>fail</td></tr>
 *   <tr><td>text_retained</td><td>{@link MidiText} retain passes; an empty value fails</td><td>fail</td><td>fail</td></tr>
 *   <tr><td>text_removed</td><td>{@link MidiText} remove passes; empty or {@code <REMOVED>} pass</td><td>pass</td><td>pass</td></tr>
 *   <tr><td>date_shifted, uid_changed</td><td>the original value (backslashes removed) is not a substring of the
 *       file value (backslashes removed)</td><td>pass</td><td>pass</td></tr>
 *   <tr><td>uid_consistent, patid_consistent</td><td>the file value equals the mapping's new value for the
 *       original; unmapped fails</td><td>pass</td><td>fail</td></tr>
 *   <tr><td>pixels_retained</td><td>MD5 of the raw Pixel Data equals action_text</td><td>fail</td><td>fail</td></tr>
 *   <tr><td>pixels_hidden</td><td>needs OCR: blank for review (or as {@link PixelsHidden} says)</td><td>-</td><td>pass</td></tr>
 * </table>
 * A null field the rule needs (value, action_text) makes the check blank, as an error inside MIDI's check does.
 *
 * <pre>{@code
 * MidiRules rules = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), uidMap, patientIdMap, PixelsHidden.REVIEW);
 * MidiOutcome o = rules.check(check, Optional.of(MidiFile.of(dataset)));   // Optional.empty() for a missing file
 * }</pre>
 */
public final class MidiRules {

    /** What MIDI mode does with pixels_hidden checks, which MIDI decides with EasyOCR. */
    public enum PixelsHidden {
        /** Blank, noted for review: counted in Total, never in Pass (MIDI's manual review step). */
        REVIEW,
        /** Pass, as MIDI's script does when OCR finds no text. */
        PASS,
        /** No result at all, as MIDI's script does when OCR fails; Total shrinks. */
        OMIT
    }

    /** The file value MIDI reports for every check of a missing file. */
    public static final String MISSING_FILE = "<MISSING FILE>";

    private final MidiText text;
    private final Map<String, String> uidMap;
    private final Map<String, String> patientIdMap;
    private final PixelsHidden pixelsHidden;

    /**
     * @param uidMap old UID to new UID, the first row of each id_old ({@code UidMappingCsv.read})
     * @param patientIdMap old Patient ID to new, likewise
     */
    public MidiRules(MidiText text, Map<String, String> uidMap, Map<String, String> patientIdMap,
                     PixelsHidden pixelsHidden) {
        this.text = Objects.requireNonNull(text, "text");
        this.uidMap = Map.copyOf(uidMap);
        this.patientIdMap = Map.copyOf(patientIdMap);
        this.pixelsHidden = Objects.requireNonNull(pixelsHidden, "pixelsHidden");
    }

    /** The UID mapping, old to new. */
    public Map<String, String> uidMap() {
        return uidMap;
    }

    /** What this mode does with pixels_hidden. */
    public PixelsHidden pixelsHidden() {
        return pixelsHidden;
    }

    /**
     * The outcome of {@code check} on {@code file}, empty for a missing file; empty only for a pixels_hidden
     * check under {@link PixelsHidden#OMIT}.
     */
    public Optional<MidiOutcome> check(MidiCheck check, Optional<MidiFile> file) {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(file, "file");
        if (file.isEmpty()) {
            return Optional.of(MidiOutcome.of(switch (check.action()) {
                case TEXT_REMOVED, DATE_SHIFTED, UID_CHANGED, PIXELS_HIDDEN -> true;
                default -> false;
            }));
        }
        if (check.action() == Action.PIXELS_HIDDEN) {
            return switch (pixelsHidden) {
                case REVIEW -> Optional.of(MidiOutcome.blank("pixels_hidden needs review: MIDI decides it with "
                        + "EasyOCR, which synth does not run"));
                case PASS -> Optional.of(new MidiOutcome(MidiVerdict.PASS, OptionalDouble.of(1),
                        "pixels_hidden passed unread, as MIDI does when OCR finds no text"));
                case OMIT -> Optional.empty();
            };
        }
        if (check.action() == Action.PIXELS_RETAINED) {
            if (check.actionText().isEmpty()) {
                return Optional.of(MidiOutcome.blank("action_text is null"));
            }
            Optional<String> md5 = file.get().pixelDataMd5();
            return Optional.of(MidiOutcome.of(md5.isPresent() && md5.get().equals(check.actionText().get())));
        }
        Optional<String> value = check.tagDs().flatMap(file.get()::value);
        return Optional.of(element(check, value));
    }

    private MidiOutcome element(MidiCheck check, Optional<String> fileValue) {
        switch (check.action()) {
            case TAG_RETAINED:
                return MidiOutcome.of(fileValue.isPresent());
            case TEXT_NOTNULL:
                return MidiOutcome.of(fileValue.isPresent() && !fileValue.get().equals("<>"));
            case TEXT_RETAINED:
                if (fileValue.isEmpty() || fileValue.get().equals("<>")) {
                    return MidiOutcome.fail();
                }
                return check.actionText().map(a -> text.validate(fileValue.get(), a, MidiText.Method.RETAIN))
                        .orElseGet(() -> MidiOutcome.blank("action_text is null"));
            case TEXT_REMOVED:
                if (fileValue.isEmpty() || fileValue.get().equals("<>")
                        || fileValue.get().equals(PydicomValues.REMOVED)) {
                    return MidiOutcome.pass();
                }
                return check.actionText().map(a -> text.validate(fileValue.get(), a, MidiText.Method.REMOVE))
                        .orElseGet(() -> MidiOutcome.blank("action_text is null"));
            case DATE_SHIFTED:
            case UID_CHANGED:
                if (fileValue.isEmpty()) {
                    return MidiOutcome.pass();
                }
                return check.value().map(v -> MidiOutcome.of(!bare(fileValue.get()).replace("\\", "")
                        .contains(v.replace("\\", "")))).orElseGet(() -> MidiOutcome.blank("value is null"));
            case UID_CONSISTENT:
                return consistent(check, fileValue, uidMap);
            case PATID_CONSISTENT:
                return consistent(check, fileValue, patientIdMap);
            default:
                throw new IllegalStateException("not an element action: " + check.action());
        }
    }

    private static MidiOutcome consistent(MidiCheck check, Optional<String> fileValue, Map<String, String> map) {
        if (fileValue.isEmpty()) {
            return MidiOutcome.pass();
        }
        if (check.value().isEmpty()) {
            return MidiOutcome.blank("value is null");
        }
        String mapped = map.get(check.value().get());
        return MidiOutcome.of(mapped != null && bare(fileValue.get()).equals(mapped));
    }

    /** A rendered value without its one pair of angle brackets. */
    static String bare(String rendered) {
        return AnswerDataJson.unwrap(rendered);
    }
}
