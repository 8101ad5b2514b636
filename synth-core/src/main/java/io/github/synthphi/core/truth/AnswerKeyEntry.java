package io.github.synthphi.core.truth;

import java.util.Objects;
import java.util.Optional;

/**
 * One check of the answer key: one planted value (or burned line, or control) in one instance and what a
 * de-identifier must do with it. The first fields are MIDI's check fields; the rest are synth's own.
 *
 * <pre>{@code
 * for (AnswerKeyEntry e : fixture.answerKey().entries()) {
 *     if (e.action() == Action.TEXT_REMOVED) { ... }
 * }
 * }</pre>
 *
 * @param sopInstanceUid the SOP Instance UID of the source instance
 * @param scope what the entry applies to
 * @param tagPath where the value is (MIDI {@code tag_ds}); empty for pixel entries
 * @param tagName the attribute name (MIDI {@code tag_name}); for private elements a bracketed description
 * @param value the value as planted
 * @param action the expected action
 * @param actionText the text the action compares (MIDI {@code action_text}): the planted PHI for removal,
 *     the part to keep for retention, the rendered text for pixels
 * @param category the MIDI-style category, such as {@code HIPAA-A} or {@code DICOM-IOD}
 * @param keyword the keyword of the attribute, empty for private elements and pixels
 * @param vr the VR code of the element, empty for pixel entries
 * @param safeHarbor the HIPAA Safe Harbor category of planted PHI; empty for controls
 * @param basicProfileAction the PS3.15 Basic Profile action code of the attribute (D, Z, X, K, C, U, X/Z,
 *     ...), empty when the profile does not list it
 * @param location the planting location, such as {@code patient-module} or {@code burned-in}
 * @param region the burned region for pixel entries
 */
public record AnswerKeyEntry(String sopInstanceUid, Scope scope, Optional<TagPath> tagPath, String tagName,
                             String value, Action action, String actionText, String category, String keyword,
                             String vr, Optional<SafeHarbor> safeHarbor, String basicProfileAction, String location,
                             Optional<PixelRegion> region) {
    public AnswerKeyEntry {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(tagPath, "tagPath");
        Objects.requireNonNull(tagName, "tagName");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actionText, "actionText");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(vr, "vr");
        Objects.requireNonNull(safeHarbor, "safeHarbor");
        Objects.requireNonNull(basicProfileAction, "basicProfileAction");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(region, "region");
        if (tagPath.isEmpty() == region.isEmpty()) {
            throw new IllegalArgumentException("an entry has either a tag path or a pixel region: " + sopInstanceUid
                    + " " + action.midiName());
        }
    }

    /** True for an entry about burned-in pixels rather than an element. */
    public boolean isPixelEntry() {
        return region.isPresent();
    }
}
