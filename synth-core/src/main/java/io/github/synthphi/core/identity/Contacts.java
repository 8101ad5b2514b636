package io.github.synthphi.core.identity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Phone numbers, email addresses and identifier numbers, drawn with synth's own rules so that none can be a
 * real person's.
 *
 * <ul>
 *   <li>en-US phones are {@code (AAA) 555-01NN}: NANPA keeps 555-0100 to 555-0199 for fiction in every area
 *       code.</li>
 *   <li>de-DE phones are in the blocks the Bundesnetzagentur keeps for film and television: {@code 030 23125
 *       NNN}, {@code 069 90009 NNN}, {@code 040 66969 NNN}, {@code 0221 4710 NNN}, {@code 089 99998 NNN}.</li>
 *   <li>ja-JP phones are {@code 0A-0NNN-NNNN}: Japanese subscriber numbers never start with 0 after the
 *       area code, so no such number is assigned.</li>
 *   <li>Email addresses are at {@code example.org}, {@code example.com} or {@code example.net}, the domains
 *       RFC 2606 reserves for documentation.</li>
 * </ul>
 */
final class Contacts {

    private static final List<String> US_AREA_CODES = List.of("201", "206", "212", "213", "303", "312", "404",
            "415", "503", "512", "602", "614", "617", "702", "713", "919");
    private static final List<String> DE_BLOCKS = List.of("030 23125 ", "069 90009 ", "040 66969 ", "0221 4710 ",
            "089 99998 ");
    private static final List<String> JA_AREA_CODES = List.of("03", "06", "04");
    private static final List<String> EMAIL_DOMAINS = List.of("example.org", "example.com", "example.net");

    private Contacts() {
    }

    /** A telephone number of the locale, at most 16 characters (VR SH). */
    static String phone(Random random, IdentityLocale locale) {
        return switch (locale) {
            case EN_US -> "(" + Streams.pick(random, US_AREA_CODES) + ") 555-01" + Streams.digits(random, 2);
            case DE_DE -> Streams.pick(random, DE_BLOCKS) + Streams.digits(random, 3);
            case JA_JP -> Streams.pick(random, JA_AREA_CODES) + "-0" + Streams.digits(random, 3) + "-"
                    + Streams.digits(random, 4);
        };
    }

    /** An email address of the person at a documentation domain, such as {@code jane.doe42@example.org}. */
    static String email(Random random, PersonName name) {
        String local = ascii(name.given()) + "." + ascii(name.family());
        if (random.nextBoolean()) {
            local += Streams.digits(random, 2);
        }
        return local + "@" + Streams.pick(random, EMAIL_DOMAINS);
    }

    /**
     * A national identifier. en-US {@code 9XX-XX-XXXX}, never a Social Security number; de-DE shaped like a
     * pension insurance number (area, birth date, initial of the birth name, serial, check digit, the check
     * digit random); ja-JP 12 random digits in groups of four, shaped like an individual number.
     */
    static String nationalId(Random random, IdentityLocale locale, LocalDate birthDate, String birthFamily,
                             Sex sex) {
        return switch (locale) {
            case EN_US -> "9" + Streams.digits(random, 2) + "-" + String.format(Locale.ROOT, "%02d",
                    Streams.between(random, 1, 99)) + "-" + String.format(Locale.ROOT, "%04d",
                    Streams.between(random, 1, 9999));
            case DE_DE -> String.format(Locale.ROOT, "%02d %02d%02d%02d %s %02d%d", Streams.between(random, 10, 89),
                    birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100,
                    initial(birthFamily), (sex == Sex.FEMALE ? 50 : 0) + random.nextInt(50), random.nextInt(10));
            case JA_JP -> Streams.digits(random, 4) + " " + Streams.digits(random, 4) + " " + Streams.digits(random, 4);
        };
    }

    /** The issuer of the national identifier. */
    static String nationalIdIssuer(IdentityLocale locale) {
        return switch (locale) {
            case EN_US -> "SSA";
            case DE_DE -> "Deutsche Rentenversicherung";
            case JA_JP -> "J-LIS";
        };
    }

    /** A health insurance member number: en-US 3 letters and 9 digits, de-DE a letter and 9 digits, ja-JP 8 digits. */
    static String insuranceMemberId(Random random, IdentityLocale locale) {
        return switch (locale) {
            case EN_US -> Streams.letters(random, 3) + Streams.digits(random, 9);
            case DE_DE -> Streams.letters(random, 1) + Streams.digits(random, 9);
            case JA_JP -> Streams.digits(random, 8);
        };
    }

    /** A fictional insurer named after a family name or town. */
    static String insurer(Random random, IdentityLocale locale, String name) {
        return switch (locale) {
            case EN_US -> name + " " + Streams.pick(random, List.of("Health Plan", "Mutual Health", "Benefit Trust"));
            case DE_DE -> "BKK " + name;
            case JA_JP -> name + "健康保険組合";
        };
    }

    /** Lower-case ASCII letters of a name: umlauts as ae, oe, ue, ß as ss, other marks dropped. */
    static String ascii(String name) {
        String german = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        String stripped = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String initial(String family) {
        String ascii = ascii(family);
        return ascii.isEmpty() ? "X" : ascii.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
