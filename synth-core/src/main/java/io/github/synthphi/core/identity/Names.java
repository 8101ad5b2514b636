package io.github.synthphi.core.identity;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Draws person names for one locale from one stream: datafaker's name data for en-US and de-DE (one de-DE
 * family name in eight from synth's own list, for the ß that datafaker's de data lacks), synth's own table for
 * ja-JP. A drawn component is replaced by the next draw when it is longer than 24 characters, is outside the
 * locale's repertoire, has no vowel (datafaker has abbreviations such as Wm and Lg among its names) or is a
 * {@link ControlWords control word}; a whole name is drawn again when a component group would exceed 64
 * characters.
 */
final class Names {

    private static final int MAX_COMPONENT = 24;
    private static final int MAX_ATTEMPTS = 1000;
    /** A name has a vowel; datafaker's data has abbreviations such as Wm, Jc, Lg and Scc. */
    private static final Pattern VOWEL = Pattern.compile("[AEIOUY]");

    private final IdentityLocale locale;
    private final Random random;
    private final Faker faker;

    /** Names of the named stream: the Faker and synth's own draws share the stream's one Random. */
    Names(Streams streams, String stream) {
        this.locale = streams.locale();
        this.random = streams.random(stream);
        this.faker = new Faker(locale.locale(), random);
    }

    /** The locale of the names. */
    IdentityLocale locale() {
        return locale;
    }

    /** The stream's Random, for the caller's own draws after the names. */
    Random random() {
        return random;
    }

    /** The stream's Faker, for the caller's own draws after the names. */
    Faker faker() {
        return faker;
    }

    /** A sex for a member of staff: female or male with equal chance. */
    Sex staffSex() {
        return random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    }

    /** A family name. */
    NamePart family() {
        if (locale == IdentityLocale.JA_JP) {
            return JapaneseNames.table().family(random);
        }
        List<String> extra = Vocabulary.of(locale).familyNames();
        if (!extra.isEmpty() && random.nextInt(8) == 0) {
            return NamePart.alphabetic(draw(() -> Streams.pick(random, extra)));
        }
        return NamePart.alphabetic(draw(() -> faker.name().lastName()));
    }

    /** A given name of the sex. */
    NamePart given(Sex sex) {
        if (locale == IdentityLocale.JA_JP) {
            return JapaneseNames.table().given(random, sex);
        }
        return NamePart.alphabetic(draw(() -> switch (sex) {
            case MALE -> faker.name().maleFirstName();
            case FEMALE -> faker.name().femaleFirstName();
            case OTHER -> faker.name().firstName();
        }));
    }

    /** A family name different from every one of {@code others} (folded as the evaluator compares). */
    NamePart familyOtherThan(List<NamePart> others) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            NamePart part = family();
            if (!taken(part, others)) {
                return part;
            }
        }
        throw exhausted("a distinct family name");
    }

    /** A given name of the sex different from every one of {@code others}. */
    NamePart givenOtherThan(Sex sex, List<NamePart> others) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            NamePart part = given(sex);
            if (!taken(part, others)) {
                return part;
            }
        }
        throw exhausted("a distinct given name");
    }

    private static boolean taken(NamePart part, List<NamePart> others) {
        String folded = ControlWords.fold(part.alphabetic());
        return others.stream().anyMatch(o -> !o.alphabetic().isEmpty()
                && ControlWords.fold(o.alphabetic()).equals(folded));
    }

    /**
     * A full name: a family name, a given name and, when {@code withMiddle}, a distinct middle name (ignored
     * in ja-JP, whose names have none), drawn again until every group fits 64 characters.
     */
    PersonName person(Sex sex, boolean withMiddle, String prefix, String suffix) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            NamePart family = family();
            NamePart given = given(sex);
            NamePart middle = withMiddle && locale != IdentityLocale.JA_JP
                    ? givenOtherThan(sex, List.of(given)) : NamePart.EMPTY;
            Optional<PersonName> name = compose(family, given, middle, prefix, suffix);
            if (name.isPresent()) {
                return name.get();
            }
        }
        throw exhausted("a name that fits 64 characters per group");
    }

    /**
     * The PN value of the parts, or empty when a group exceeds 64 characters. Ideographic and phonetic
     * groups are present when the family part has them; prefixes and suffixes are alphabetic only.
     */
    static Optional<PersonName> compose(NamePart family, NamePart given, NamePart middle, String prefix,
                                        String suffix) {
        NameGroup alphabetic = new NameGroup(family.alphabetic(), given.alphabetic(), middle.alphabetic(), prefix,
                suffix);
        Optional<NameGroup> ideographic = Optional.empty();
        Optional<NameGroup> phonetic = Optional.empty();
        if (!family.ideographic().isEmpty()) {
            ideographic = Optional.of(new NameGroup(family.ideographic(), given.ideographic(),
                    middle.ideographic(), "", ""));
            phonetic = Optional.of(new NameGroup(family.phonetic(), given.phonetic(), middle.phonetic(), "", ""));
        }
        PersonName name = new PersonName(alphabetic, ideographic, phonetic);
        boolean fits = name.groups().stream().allMatch(g -> g.toDicom().length() <= NameGroup.MAX_GROUP_LENGTH);
        return fits ? Optional.of(name) : Optional.empty();
    }

    private String draw(Supplier<String> source) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            String value = source.get().strip();
            if (acceptable(value)) {
                return value;
            }
        }
        throw exhausted("a name component");
    }

    private boolean acceptable(String value) {
        if (value.isEmpty() || value.length() > MAX_COMPONENT || !locale.canEncode(value)
                || ControlWords.collides(value) || !VOWEL.matcher(ControlWords.fold(value)).find()) {
            return false;
        }
        return value.chars().noneMatch(c -> c == '^' || c == '=' || c == '\\');
    }

    private IllegalStateException exhausted(String what) {
        return new IllegalStateException("no acceptable " + what + " in " + MAX_ATTEMPTS + " draws for "
                + locale.languageTag() + "; the datafaker data may have changed");
    }
}
