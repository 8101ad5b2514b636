package io.github.synthphi.core.identity;

import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Addresses and institutions from datafaker's address data (fictional towns and streets), assembled in each
 * locale's order and drawn again until the one-line form fits 64 characters (VR LO) and the locale's
 * repertoire. For ja-JP, datafaker's street names mix in English words, so the block number is synth's own
 * ({@code 3-12-5}: chome, banchi and go in digits).
 */
final class Places {

    private static final int MAX_LO = 64;
    private static final int MAX_ATTEMPTS = 1000;

    private final IdentityLocale locale;
    private final Faker faker;
    private final Random random;

    Places(IdentityLocale locale, Faker faker, Random random) {
        this.locale = locale;
        this.faker = faker;
        this.random = random;
    }

    /** An address of the locale. */
    Address address() {
        return until(this::drawAddress, a -> fits(a.line()) && fits(a.street()) && fits(a.city()));
    }

    /** The patient's institution: a name made from a fictional town, an address and a department. */
    Institution institution() {
        Vocabulary words = Vocabulary.of(locale);
        Address address = address();
        String name = until(() -> String.format(Locale.ROOT, Streams.pick(random, words.hospitals()),
                town()), this::fits);
        String department = until(() -> Streams.pick(random, words.departments()) + ", "
                + String.format(Locale.ROOT, Streams.pick(random, words.buildings()), buildingName()), this::fits);
        return new Institution(name, address, department);
    }

    private Address drawAddress() {
        String country = Vocabulary.of(locale).country();
        return switch (locale) {
            case EN_US -> {
                String street = faker.address().streetAddress();
                String city = faker.address().city();
                String state = faker.address().stateAbbr();
                String zip = faker.address().zipCode();
                yield new Address(street, city, state, zip, country, street + ", " + city + ", " + state + " " + zip);
            }
            case DE_DE -> {
                String street = faker.address().streetAddress();
                String city = faker.address().city();
                String state = faker.address().state();
                String zip = faker.address().zipCode();
                yield new Address(street, city, state, zip, country, street + ", " + zip + " " + city);
            }
            case JA_JP -> {
                String prefecture = faker.address().state();
                String city = faker.address().city();
                String zip = faker.address().zipCode();
                // chome-banchi-go in digits: the kanji 目 encodes with the byte 0x5C in ISO 2022 IR 87
                String block = Streams.between(random, 1, 9) + "-" + Streams.between(random, 1, 30) + "-"
                        + Streams.between(random, 1, 20);
                yield new Address(block, city, prefecture, zip, country, "〒" + zip + " " + prefecture + city + block);
            }
        };
    }

    /** A town name for an institution, without the administrative suffix for ja-JP. */
    private String town() {
        if (locale == IdentityLocale.JA_JP) {
            return JapaneseNames.table().family(random).ideographic();
        }
        return faker.address().city();
    }

    private String buildingName() {
        if (locale == IdentityLocale.JA_JP) {
            return JapaneseNames.table().family(random).ideographic();
        }
        return faker.name().lastName();
    }

    private boolean fits(String value) {
        return !value.isEmpty() && value.length() <= MAX_LO && locale.canEncode(value);
    }

    private static <T> T until(Supplier<T> draw, Predicate<T> ok) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            T value = draw.get();
            if (ok.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("no acceptable value in " + MAX_ATTEMPTS
                + " draws; the datafaker data may have changed");
    }
}
