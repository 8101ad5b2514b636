package io.github.synthphi.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person name as DICOM stores it (VR PN): an alphabetic component group and, for locales that have them,
 * an ideographic and a phonetic group (PS3.5 6.2.1).
 *
 * <pre>{@code
 * PersonName yamada = new PersonName(NameGroup.of("Yamada", "Tarou"),
 *         Optional.of(NameGroup.of("山田", "太郎")), Optional.of(NameGroup.of("やまだ", "たろう")));
 * String pn = yamada.toDicom();             // "Yamada^Tarou=山田^太郎=やまだ^たろう"
 * List<String> tokens = yamada.components(); // [Yamada, Tarou, 山田, 太郎, やまだ, たろう]
 * }</pre>
 *
 * @param alphabetic the alphabetic group (single-byte characters)
 * @param ideographic the ideographic group, such as kanji
 * @param phonetic the phonetic group, such as hiragana
 */
public record PersonName(NameGroup alphabetic, Optional<NameGroup> ideographic, Optional<NameGroup> phonetic) {

    public PersonName {
        Objects.requireNonNull(alphabetic, "alphabetic");
        Objects.requireNonNull(ideographic, "ideographic");
        Objects.requireNonNull(phonetic, "phonetic");
    }

    /** A name with an alphabetic group only. */
    public static PersonName of(NameGroup alphabetic) {
        return new PersonName(alphabetic, Optional.empty(), Optional.empty());
    }

    /** The alphabetic family name. */
    public String family() {
        return alphabetic.family();
    }

    /** The alphabetic given name. */
    public String given() {
        return alphabetic.given();
    }

    /** The alphabetic middle name, empty when there is none. */
    public String middle() {
        return alphabetic.middle();
    }

    /** The alphabetic name prefix, empty when there is none. */
    public String prefix() {
        return alphabetic.prefix();
    }

    /** The alphabetic name suffix, empty when there is none. */
    public String suffix() {
        return alphabetic.suffix();
    }

    /**
     * The PN value: the groups joined with {@code =}, trailing empty groups dropped, such as {@code
     * Smith^John^Paul^Mr.} or {@code Yamada^Tarou=山田^太郎=やまだ^たろう}.
     */
    public String toDicom() {
        String ideo = ideographic.map(NameGroup::toDicom).orElse("");
        String phon = phonetic.map(NameGroup::toDicom).orElse("");
        if (!phon.isEmpty()) {
            return alphabetic.toDicom() + "=" + ideo + "=" + phon;
        }
        if (!ideo.isEmpty()) {
            return alphabetic.toDicom() + "=" + ideo;
        }
        return alphabetic.toDicom();
    }

    /** The groups that are present, alphabetic first. */
    public List<NameGroup> groups() {
        List<NameGroup> groups = new ArrayList<>(3);
        groups.add(alphabetic);
        ideographic.ifPresent(groups::add);
        phonetic.ifPresent(groups::add);
        return List.copyOf(groups);
    }

    /**
     * Every non-empty component of every group, alphabetic group first, each group in DICOM order: the tokens
     * a search for this name looks for.
     */
    public List<String> components() {
        List<String> all = new ArrayList<>();
        for (NameGroup g : groups()) {
            all.addAll(g.components());
        }
        return List.copyOf(all);
    }
}
