package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeterminismTest {

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void aPatientDoesNotDependOnThePatientsMadeBeforeIt(IdentityLocale locale) {
        Identities alone = new IdentityFactory(42L, locale).identities(7, 2);
        IdentityFactory busy = new IdentityFactory(42L, locale);
        for (int p = 0; p < 7; p++) {
            busy.identities(p, 0);
            busy.identities(p, 2);
        }
        assertThat(busy.identities(7, 2)).isEqualTo(alone);
        assertThat(busy.patient(7)).isEqualTo(alone.patient());
        assertThat(busy.institution(7)).isEqualTo(alone.institution());
        assertThat(busy.study(7, 2)).isEqualTo(alone.study());
        assertThat(busy.careTeam(7, 2)).isEqualTo(alone.careTeam());
        assertThat(busy.device(7, 2)).isEqualTo(alone.device());
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void theDefaultLocaleAndTimeZoneChangeNothing(IdentityLocale locale) {
        List<Identities> before = sample(locale);
        Locale defaultLocale = Locale.getDefault();
        Locale formatLocale = Locale.getDefault(Locale.Category.FORMAT);
        Locale displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone defaultZone = TimeZone.getDefault();
        try {
            // Turkish changes i/I case mapping; Thai digits change what %d formats to
            for (String tag : List.of("tr-TR", "th-TH-u-nu-thai", "ja-JP", "de-DE")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                assertThat(sample(locale)).as("default locale %s", tag).isEqualTo(before);
            }
        } finally {
            Locale.setDefault(defaultLocale);
            Locale.setDefault(Locale.Category.FORMAT, formatLocale);
            Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
            TimeZone.setDefault(defaultZone);
        }
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void threadsGetTheSameIdentities(IdentityLocale locale) throws Exception {
        List<Identities> expected = sample(locale);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Identities>>> jobs = List.of(() -> sample(locale), () -> reversedSample(locale));
            List<Future<List<Identities>>> results = pool.invokeAll(jobs);
            assertThat(results.get(0).get()).isEqualTo(expected);
            assertThat(results.get(1).get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void differentSeedsGiveDifferentPeople(IdentityLocale locale) {
        int n = 200;
        int sameName = 0;
        int sameMrn = 0;
        Set<String> names = new HashSet<>();
        Set<String> mrns = new HashSet<>();
        for (int seed = 0; seed < n; seed++) {
            Patient a = new IdentityFactory(seed, locale).patient(3);
            Patient b = new IdentityFactory(seed + 1000L, locale).patient(3);
            sameName += a.name().equals(b.name()) ? 1 : 0;
            sameMrn += a.mrn().equals(b.mrn()) ? 1 : 0;
            names.add(a.name().toDicom());
            mrns.add(a.mrn());
        }
        assertThat(sameName).as("same name under two seeds").isLessThanOrEqualTo(2);
        assertThat(sameMrn).as("same MRN under two seeds").isZero();
        // ja-JP draws from a table of 41 family and 24 given names per sex, so a few full names repeat
        assertThat(names.size()).as("distinct names of %d patients", n).isGreaterThanOrEqualTo(n * 9 / 10);
        assertThat(mrns).hasSize(n);
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void theSameSeedAndLocaleGiveEqualValuesButAnotherLocaleGivesOtherNames(IdentityLocale locale) {
        Identities a = new IdentityFactory(5L, locale).identities(1, 1);
        Identities b = new IdentityFactory(5L, locale).identities(1, 1);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        IdentityLocale other = locale == IdentityLocale.EN_US ? IdentityLocale.DE_DE : IdentityLocale.EN_US;
        assertThat(new IdentityFactory(5L, other).patient(1).name()).isNotEqualTo(a.patient().name());
    }

    private static List<Identities> sample(IdentityLocale locale) {
        List<Identities> out = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            out.add(new IdentityFactory(99L, locale).identities(p, p % 3));
        }
        return out;
    }

    private static List<Identities> reversedSample(IdentityLocale locale) {
        IdentityFactory factory = new IdentityFactory(99L, locale);
        List<Identities> out = new ArrayList<>();
        for (int p = 11; p >= 0; p--) {
            out.add(0, factory.identities(p, p % 3));
        }
        return out;
    }
}
