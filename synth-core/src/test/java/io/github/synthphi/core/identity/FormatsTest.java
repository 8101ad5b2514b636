package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The formats of identifiers, phones, emails and device identifiers. */
class FormatsTest {

    private static final Pattern UDI = Pattern.compile("\\(01\\)(\\d{14})\\(11\\)(\\d{6})\\(21\\)([A-Z]{3}\\d{6})");

    @Test
    void usPhonesAreFictionalAndSsnLikeNumbersStartWith9() {
        Set<String> areas = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            Identities ids = new IdentityFactory(seed, IdentityLocale.EN_US).identities(0, 0);
            Patient p = ids.patient();
            assertThat(p.phone()).matches("\\([2-9]\\d\\d\\) 555-01\\d\\d");
            areas.add(p.phone().substring(1, 4));
            ids.careTeam().members().forEach(m -> assertThat(m.phone()).matches("\\(\\d{3}\\) 555-01\\d\\d"));
            OtherId ssn = p.otherIds().get(0);
            assertThat(ssn.kind()).isEqualTo(OtherId.Kind.NATIONAL_ID);
            assertThat(ssn.value()).matches("9\\d\\d-(0[1-9]|[1-9]\\d)-(?!0000)\\d{4}");
            assertThat(p.otherIds().get(1).value()).matches("[A-Z]{3}\\d{9}");
            assertThat(p.otherIds().get(1).kind().category().letter()).isEqualTo('I');
        }
        assertThat(areas).hasSizeGreaterThan(5);
    }

    @Test
    void germanAndJapanesePhonesAreInRangesNoSubscriberHas() {
        for (int seed = 0; seed < 200; seed++) {
            Patient de = new IdentityFactory(seed, IdentityLocale.DE_DE).patient(1);
            assertThat(de.phone()).matches("(030 23125|069 90009|040 66969|0221 4710|089 99998) \\d{3}");
            assertThat(de.otherIds().get(0).value()).matches("\\d\\d \\d{6} [A-Z] \\d{3}");
            assertThat(de.otherIds().get(1).value()).matches("[A-Z]\\d{9}");
            Patient ja = new IdentityFactory(seed, IdentityLocale.JA_JP).patient(1);
            assertThat(ja.phone()).matches("0[346]-0\\d{3}-\\d{4}");
            assertThat(ja.otherIds().get(0).value()).matches("\\d{4} \\d{4} \\d{4}");
        }
    }

    @Test
    void theGermanPensionNumberCarriesTheBirthDateAndBirthNameInitial() {
        for (int seed = 0; seed < 50; seed++) {
            Patient p = new IdentityFactory(seed, IdentityLocale.DE_DE).patient(0);
            String expectedDate = String.format(java.util.Locale.ROOT, "%02d%02d%02d", p.birthDate().getDayOfMonth(),
                    p.birthDate().getMonthValue(), p.birthDate().getYear() % 100);
            String value = p.otherIds().get(0).value();
            assertThat(value.substring(3, 9)).isEqualTo(expectedDate);
            String initial = Contacts.ascii(p.birthName().family()).substring(0, 1).toUpperCase(java.util.Locale.ROOT);
            assertThat(value.substring(10, 11)).isEqualTo(initial);
        }
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void emailsAreAtDocumentationDomainsAndNamedAfterThePatient(IdentityLocale locale) {
        for (int seed = 0; seed < 100; seed++) {
            Patient p = new IdentityFactory(seed, locale).patient(2);
            assertThat(p.email()).matches("[a-z]+\\.[a-z]+(\\d\\d)?@example\\.(org|com|net)")
                    .startsWith(Contacts.ascii(p.name().given()) + "." + Contacts.ascii(p.name().family()));
        }
    }

    @Test
    void foldsGermanLettersForEmail() {
        assertThat(Contacts.ascii("Jürgen")).isEqualTo("juergen");
        assertThat(Contacts.ascii("Strauß")).isEqualTo("strauss");
        assertThat(Contacts.ascii("O'Kon-José")).isEqualTo("okonjose");
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void mrnsAndStaffIdsHaveTheirFormats(IdentityLocale locale) {
        for (int seed = 0; seed < 50; seed++) {
            Identities ids = new IdentityFactory(seed, locale).identities(0, 1);
            assertThat(ids.patient().mrn()).matches("[1-9]\\d{7}");
            assertThat(ids.patient().mrnIssuer()).isEqualTo(ids.institution().name());
            assertThat(ids.careTeam().reading().id()).matches("D\\d{6}");
            ids.careTeam().operators().forEach(o -> assertThat(o.id()).matches("T\\d{6}"));
            assertThat(ids.careTeam().ofRecord()).hasSizeBetween(1, 2);
            assertThat(ids.careTeam().operators()).hasSizeBetween(1, 2);
        }
    }

    @Test
    void theUdiIsGs1WithAValidGtinUnderTheDemonstrationPrefix() {
        for (int seed = 0; seed < 200; seed++) {
            Identities ids = new IdentityFactory(seed).identities(seed % 3, 0);
            Device d = ids.device();
            Matcher m = UDI.matcher(d.udi());
            assertThat(m.matches()).as(d.udi()).isTrue();
            assertThat(m.group(1)).isEqualTo(d.gtin()).startsWith("0952");
            assertThat(validGtin(d.gtin())).as("check digit of %s", d.gtin()).isTrue();
            assertThat(m.group(3)).isEqualTo(d.serialNumber());
            assertThat(m.group(2)).isEqualTo(String.format(java.util.Locale.ROOT, "%02d%02d%02d",
                    d.manufactureDate().getYear() % 100, d.manufactureDate().getMonthValue(),
                    d.manufactureDate().getDayOfMonth()));
            assertThat(d.manufactureDate()).isBefore(ids.study().studyDate());
            assertThat(d.stationName()).matches("[A-Z]{3}\\d{5}");
        }
    }

    @Test
    void theGs1CheckDigitMatchesPublishedCodes() {
        // the widely quoted EAN-13 4006381333931 (check digit 1), as a GTIN-14 with indicator 0
        assertThat(Gs1.gtin14("0400638133393")).isEqualTo("04006381333931");
        assertThat(Gs1.checkDigit("0001234560001")).isEqualTo(2);   // GS1's example GTIN 00012345600012
        assertThatThrownBy(() -> Gs1.gtin14("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePseudonymousKeyIsOneBasedAndZeroPadded() {
        assertThat(Patient.pseudonymousKey(0)).isEqualTo("DEID-0001");
        assertThat(Patient.pseudonymousKey(41)).isEqualTo("DEID-0042");
        assertThat(Patient.pseudonymousKey(9998)).isEqualTo("DEID-9999");
        assertThat(Patient.pseudonymousKey(9999)).isEqualTo("DEID-10000");
        assertThat(new IdentityFactory(3L).patient(6).pseudonymousKey()).isEqualTo("DEID-0007");
    }

    @Test
    void sizeAndWeightArePlausible() {
        for (int seed = 0; seed < 300; seed++) {
            Identities ids = new IdentityFactory(seed, IdentityLocale.JA_JP).identities(0, 0);
            Patient p = ids.patient();
            assertThat(p.size().scale()).isEqualTo(2);
            assertThat(p.weight().scale()).isEqualTo(1);
            assertThat(p.size().doubleValue()).isBetween(0.6, 2.1);
            double bmi = p.weight().doubleValue() / (p.size().doubleValue() * p.size().doubleValue());
            assertThat(bmi).isBetween(10.0, 42.0);
        }
    }

    /** An independent GS1 mod-10 check: weights 3 and 1 from the left for an even-length code. */
    private static boolean validGtin(String gtin14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int d = gtin14.charAt(i) - '0';
            sum += i % 2 == 0 ? 3 * d : d;
        }
        return sum % 10 == 0;
    }
}
