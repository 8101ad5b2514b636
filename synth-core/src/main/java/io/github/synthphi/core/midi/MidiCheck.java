package io.github.synthphi.core.midi;

import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.TagPath;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One check of a MIDI answer key: one entry of a row's {@code AnswerData} JSON object, with MIDI's angle-bracket
 * wrappers removed from the texts ({@code <20180805>} reads as {@code 20180805}, {@code <>} as the empty text),
 * except {@code tag} and {@code tag_ds}, whose brackets are part of MIDI's tag-path syntax and are kept as
 * written. A JSON null stays apart from an empty text: it is {@link Optional#empty()}.
 *
 * <pre>{@code
 * MidiCheck c = row.checks().get(0);
 * if (c.action() == Action.DATE_SHIFTED) {
 *     String original = c.value().orElse("");
 *     Optional<TagPath> where = c.tagPath();
 * }
 * }</pre>
 *
 * @param key the check's key in the JSON object, such as {@code "0"}
 * @param action the action
 * @param tag the {@code tag} field as written, which MIDI's script only logs
 * @param tagDs the {@code tag_ds} field as written: the tag path in MIDI syntax, such as
 *     {@code <(0008,1115)>[<0000>]<(0008,1155)>}, the field MIDI matches on
 * @param tagName the attribute name, such as {@code Accession Number}
 * @param value the source value
 * @param actionText the text the action compares; for {@code pixels_retained} an MD5 hex, for
 *     {@code pixels_hidden} a JSON object with the text and its box (see {@link MidiPixelBox})
 * @param scope {@code Instance}, {@code Series}, {@code Study} or {@code Patient}
 * @param categories the v1 {@code answer_category} list, unwrapped
 * @param categoriesV2 the {@code answer_category_v2} codes flattened as MIDI's reports flatten them
 *     ({@code hipaa_z, hipaa_m, dicom_p15, dicom_iod, dicom_safe, tcia_ptkb, tcia_p15, tcia_rev, prev_cat}),
 *     nulls left out, sorted by name
 */
public record MidiCheck(String key, Action action, Optional<String> tag, Optional<String> tagDs,
                        Optional<String> tagName, Optional<String> value, Optional<String> actionText,
                        Optional<String> scope, List<String> categories, SortedMap<String, String> categoriesV2) {

    /** The names of the flattened v2 category columns, in MIDI's report order. */
    public static final List<String> CATEGORY_V2_COLUMNS = List.of("hipaa_z", "hipaa_m", "dicom_p15", "dicom_iod",
            "dicom_safe", "tcia_ptkb", "tcia_p15", "tcia_rev", "prev_cat");

    public MidiCheck {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(tagDs, "tagDs");
        Objects.requireNonNull(tagName, "tagName");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(actionText, "actionText");
        Objects.requireNonNull(scope, "scope");
        categories = List.copyOf(categories);
        categoriesV2 = Collections.unmodifiableSortedMap(new TreeMap<>(categoriesV2));
    }

    /**
     * The tag path of {@code tag_ds}, when there is one.
     *
     * @throws IllegalArgumentException when {@code tag_ds} is not MIDI tag-path syntax
     */
    public Optional<TagPath> tagPath() {
        return tagDs.filter(s -> !s.isBlank()).map(TagPath::parseMidi);
    }

    /** One flattened v2 category, such as {@code hipaa_z}; empty when null in the key. */
    public Optional<String> categoryV2(String column) {
        return Optional.ofNullable(categoriesV2.get(column));
    }
}
