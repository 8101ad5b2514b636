package io.github.synthphi.core.identity;

import java.util.List;
import java.util.Random;

/**
 * The names of a patient, drawn in this order from one stream: the name, one other name (the same family
 * name, another given name), the birth name (for women a different family name, for others the name without
 * prefix and suffix) and the mother's birth name (a woman's given name, a family name unlike the patient's).
 *
 * <p>Prefixes and suffixes: en-US always a prefix by sex ({@code Mr.}, {@code Ms.} or {@code Mrs.}, {@code
 * Mx.}; {@code Dr.} for one in ten) and a suffix for 15% of men ({@code Jr.}, {@code Sr.}, {@code II},
 * {@code III}); en-US names always have a middle name. de-DE: {@code Dr.} for 15%, {@code Prof. Dr.} for 5%, a
 * second given name as the middle name for 40%. ja-JP: none.
 */
record PatientNames(PersonName name, PersonName other, PersonName birth, PersonName mothersBirth) {

    static PatientNames draw(Names names, Sex sex) {
        Random random = names.random();
        IdentityLocale locale = names.locale();
        String prefix = prefix(random, locale, sex);
        String suffix = locale == IdentityLocale.EN_US && sex == Sex.MALE && random.nextInt(100) < 15
                ? Streams.pick(random, List.of("Jr.", "Sr.", "II", "III")) : "";
        boolean middle = locale == IdentityLocale.EN_US || (locale == IdentityLocale.DE_DE && random.nextInt(100) < 40);
        PersonName name = names.person(sex, middle, prefix, suffix);

        NamePart family = part(name, 0);
        NamePart given = part(name, 1);
        NamePart middleName = part(name, 2);
        NamePart otherGiven = names.givenOtherThan(sex, List.of(given, middleName));
        PersonName other = Names.compose(family, otherGiven, NamePart.EMPTY, "", "").orElseThrow();

        NamePart birthFamily = sex == Sex.FEMALE ? names.familyOtherThan(List.of(family)) : family;
        PersonName birth = Names.compose(birthFamily, given, middleName, "", "").orElseThrow();

        NamePart motherGiven = names.given(Sex.FEMALE);
        NamePart motherFamily = names.familyOtherThan(List.of(family, birthFamily));
        PersonName mother = Names.compose(motherFamily, motherGiven, NamePart.EMPTY, "", "").orElseThrow();
        return new PatientNames(name, other, birth, mother);
    }

    private static String prefix(Random random, IdentityLocale locale, Sex sex) {
        int r = random.nextInt(100);
        return switch (locale) {
            case EN_US -> r < 10 ? "Dr." : switch (sex) {
                case MALE -> "Mr.";
                case FEMALE -> random.nextBoolean() ? "Ms." : "Mrs.";
                case OTHER -> "Mx.";
            };
            case DE_DE -> r < 15 ? "Dr." : r < 20 ? "Prof. Dr." : "";
            case JA_JP -> "";
        };
    }

    /** Component {@code index} (0 family, 1 given, 2 middle) of a name in all its groups. */
    private static NamePart part(PersonName name, int index) {
        return new NamePart(name.alphabetic().all().get(index),
                name.ideographic().map(g -> g.all().get(index)).orElse(""),
                name.phonetic().map(g -> g.all().get(index)).orElse(""));
    }
}
