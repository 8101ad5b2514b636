package io.github.synthphi.core.identity;

import java.util.List;
import java.util.Random;
import net.datafaker.Faker;

/**
 * The random streams of one case. Each named stream has its own seed, {@code Seeds.caseSeed(globalSeed,
 * caseKey + "/" + name)}, so what one field draws never shifts another field, and each call gets fresh,
 * unshared {@link Random} and {@link Faker} objects.
 */
final class Streams {

    private final long globalSeed;
    private final String caseKey;
    private final IdentityLocale locale;

    Streams(long globalSeed, String caseKey, IdentityLocale locale) {
        this.globalSeed = globalSeed;
        this.caseKey = caseKey;
        this.locale = locale;
    }

    IdentityLocale locale() {
        return locale;
    }

    /** A new {@code java.util.Random} of the named stream (its algorithm is specified, so it is portable). */
    Random random(String name) {
        return new Random(Seeds.caseSeed(globalSeed, caseKey + "/" + name));
    }

    /** A new Faker of the named stream, with the locale given explicitly and its own seeded Random. */
    Faker faker(String name) {
        return new Faker(locale.locale(), random(name));
    }

    /** An element chosen uniformly. */
    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** An integer chosen uniformly from {@code low} to {@code high}, both included. */
    static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** {@code count} decimal digits chosen uniformly. */
    static String digits(Random random, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    /** {@code count} upper-case ASCII letters chosen uniformly. */
    static String letters(Random random, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }

    /**
     * A value close to a standard normal one, clamped to [-2.5, 2.5]: the sum of four uniform draws, centred
     * and scaled (Random.nextGaussian is avoided so that only the specified nextInt and nextDouble are used).
     */
    static double normal(Random random) {
        double sum = random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble();
        double z = (sum - 2.0) * Math.sqrt(3.0);
        return Math.max(-2.5, Math.min(2.5, z));
    }
}
