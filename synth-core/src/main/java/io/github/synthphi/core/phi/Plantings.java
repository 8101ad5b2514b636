package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.ConfidentialityProfile;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.Scope;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the answer-key entries of one instance as values are planted. The MIDI category of an entry is
 * the Safe Harbor code of PHI ({@code HIPAA-A} ...), {@code DICOM-IOD} for attributes kept for conformance and
 * {@code TCIA-P15-DESC-C} for clinical text that must survive cleaning.
 */
public final class Plantings {

    /** The category of attributes that must be kept for the object to stay valid and useful. */
    public static final String CATEGORY_IOD = "DICOM-IOD";
    /** The category of clinical words in descriptions, which Clean Descriptors keeps. */
    public static final String CATEGORY_DESCRIPTOR = "TCIA-P15-DESC-C";
    /** The category of PHI that no Safe Harbor letter covers but PS3.15 removes. */
    public static final String CATEGORY_BASIC = "DICOM-P15-BASIC";

    private final String sopInstanceUid;
    private final List<AnswerKeyEntry> entries = new ArrayList<>();

    public Plantings(String sopInstanceUid) {
        this.sopInstanceUid = sopInstanceUid;
    }

    /** The entries recorded so far, in the order recorded. */
    public List<AnswerKeyEntry> entries() {
        return List.copyOf(entries);
    }

    /** The attribute name MIDI reports: PS3.6's name, or a bracketed description for private elements. */
    static String tagName(TagPath path, String privateDescription) {
        if (path.leaf().isPrivate()) {
            return "[" + privateDescription + "]";
        }
        Tag tag = path.leafTag().orElseThrow();
        return Dictionary.standard().entry(tag).map(Dictionary.Entry::name).filter(n -> !n.isEmpty())
                .orElse(tag.toString());
    }

    static String keyword(TagPath path) {
        return path.leafTag().flatMap(Tag::keyword).orElse("");
    }

    /** The PS3.15 Basic Profile action of the element the path ends in (private elements: X). */
    static String basicAction(TagPath path) {
        if (path.leaf().isPrivate()) {
            return ConfidentialityProfile.standard().basicAction(Tag.of(path.leaf().group(), 0x1000)).orElse("");
        }
        return ConfidentialityProfile.standard().basicAction(path.leafTag().orElseThrow()).orElse("");
    }

    /**
     * Records PHI planted at {@code path}.
     *
     * @param actionText the text that must be gone (or changed); usually the value itself
     */
    public void phi(TagPath path, Vr vr, String value, Action action, String actionText, Optional<SafeHarbor> category,
                    PlantingLocation location, String privateDescription) {
        String basic = basicAction(path);
        String midiCategory = category.map(SafeHarbor::midiCode).orElseGet(() -> basic.isEmpty() ? CATEGORY_BASIC
                : CATEGORY_BASIC + "-" + basic.replace('/', '-'));
        entries.add(new AnswerKeyEntry(sopInstanceUid, scopeOf(path), Optional.of(path), tagName(path, privateDescription),
                value, action, actionText, midiCategory, keyword(path), vr.name(), category, basic,
                location.label(), Optional.empty()));
    }

    /** Records a value that must be kept: a control, or the clinical part of free text. */
    public void keep(TagPath path, Vr vr, String value, Action action, String actionText, String category,
                     String location) {
        entries.add(new AnswerKeyEntry(sopInstanceUid, Scope.INSTANCE, Optional.of(path), tagName(path, ""), value,
                action, actionText, category, keyword(path), vr.name(), Optional.empty(), basicAction(path), location,
                Optional.empty()));
    }

    /** Records burned-in text: PHI to hide, or a clinical label to keep. */
    public void pixels(PixelRegion region, Action action, String value, Optional<SafeHarbor> category,
                       String mirroredKeyword) {
        String midiCategory = action == Action.PIXELS_HIDDEN
                ? category.map(SafeHarbor::midiCode).orElse(SafeHarbor.NAMES.midiCode()) : "TCIA-P15-PIX-K";
        entries.add(new AnswerKeyEntry(sopInstanceUid, Scope.INSTANCE, Optional.empty(), "Burned In Text", value, action,
                region.text(), midiCategory, mirroredKeyword, "", category, "",
                PlantingLocation.BURNED_IN.label(), Optional.of(region)));
    }

    private static Scope scopeOf(TagPath path) {
        int group = path.nodes().get(0).group();
        if (group == 0x0010) {
            return Scope.PATIENT;
        }
        return Scope.INSTANCE;
    }
}
