package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.Vr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every value fits the VR of the attribute it is meant for, and the locale's character repertoire. */
class VrLimitsTest {

    private static final int SEEDS = 300;
    private static final Pattern ASCII_LETTERS = Pattern.compile("[A-Za-z' .-]+");

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void everyValueFitsItsVrAndRepertoire(IdentityLocale locale) {
        SoftAssertions softly = new SoftAssertions();
        SpecificCharacterSet charset = SpecificCharacterSet.of(locale.specificCharacterSet());
        for (int seed = 0; seed < SEEDS; seed++) {
            Identities ids = new IdentityFactory(seed, locale).identities(seed % 5, seed % 4);
            Patient p = ids.patient();
            for (PersonName name : names(ids)) {
                for (NameGroup g : name.groups()) {
                    softly.assertThat(g.toDicom().length()).as("PN group %s", g.toDicom()).isLessThanOrEqualTo(64);
                }
                softly.assertThat(name.alphabetic().toDicom()).as("alphabetic group is single-byte")
                        .matches(locale == IdentityLocale.DE_DE ? "[\\x20-\\x7E\\xA0-\\xFF]+" : "[\\x20-\\x7E]+");
                encodes(softly, charset, name.toDicom(), Vr.PN);
            }
            List<String> lo = List.of(p.mrn(), p.mrnIssuer(), p.address().line(), p.militaryRank(),
                    p.branchOfService(), p.otherIds().get(0).value(), p.otherIds().get(0).issuer(),
                    p.otherIds().get(1).value(), p.otherIds().get(1).issuer(), ids.institution().name(),
                    ids.institution().department(), ids.institution().address().line(), ids.device().serialNumber(),
                    p.email());
            for (String v : lo) {
                softly.assertThat(v).as("LO").isNotBlank().hasSizeLessThanOrEqualTo(64);
                encodes(softly, charset, v, Vr.LO);
            }
            List<String> sh = new ArrayList<>(List.of(p.phone(), p.occupation(), p.ethnicGroup(),
                    ids.device().stationName(), ids.study().accessionNumber(), ids.study().studyId()));
            ids.careTeam().members().forEach(m -> sh.add(m.phone()));
            for (String v : sh) {
                softly.assertThat(v).as("SH").isNotBlank().hasSizeLessThanOrEqualTo(16);
                encodes(softly, charset, v, Vr.SH);
            }
            softly.assertThat(p.size().toPlainString()).hasSizeLessThanOrEqualTo(16);
            softly.assertThat(p.weight().toPlainString()).hasSizeLessThanOrEqualTo(16);
            softly.assertThat(ids.patientAge()).matches("\\d{3}[DWMY]");
            softly.assertThat(ids.device().udi().length()).as("UDI is UT, but keep it short").isLessThanOrEqualTo(64);
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(value = IdentityLocale.class, names = {"EN_US", "DE_DE"})
    void westernNamesHaveOneGroupOfLatinLetters(IdentityLocale locale) {
        for (int seed = 0; seed < SEEDS; seed++) {
            PersonName name = new IdentityFactory(seed, locale).patient(0).name();
            assertThat(name.ideographic()).isEmpty();
            assertThat(name.phonetic()).isEmpty();
            String text = name.family() + name.given() + name.middle();
            if (locale == IdentityLocale.EN_US) {
                assertThat(text).matches(ASCII_LETTERS);
            } else {
                assertThat(text.getBytes(StandardCharsets.ISO_8859_1)).asString(StandardCharsets.ISO_8859_1)
                        .as("Latin-1 round trip").isEqualTo(text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = IdentityLocale.class, names = "DE_DE")
    void germanNamesUseUmlautsAndSharpS(IdentityLocale locale) {
        int umlauts = 0;
        int sharpS = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Patient p = new IdentityFactory(seed, locale).patient(0);
            String names = String.join(" ", p.name().components()) + " " + p.mothersBirthName().family();
            umlauts += names.matches(".*[äöüÄÖÜ].*") ? 1 : 0;
            sharpS += names.contains("ß") ? 1 : 0;
        }
        assertThat(umlauts).as("patients with an umlaut in their names").isGreaterThan(SEEDS / 20);
        assertThat(sharpS).as("patients with ß in their names").isGreaterThan(SEEDS / 50);
    }

    @ParameterizedTest
    @EnumSource(value = IdentityLocale.class, names = "JA_JP")
    void japaneseNamesHaveRomajiKanjiAndHiraganaGroups(IdentityLocale locale) {
        for (int seed = 0; seed < SEEDS; seed++) {
            Identities ids = new IdentityFactory(seed, locale).identities(0, 0);
            for (PersonName name : names(ids)) {
                assertThat(name.groups()).as(name.toDicom()).hasSize(3);
                assertThat(name.alphabetic().toDicom()).matches("[A-Z][a-z]+\\^[A-Z][a-z]+");
                assertThat(name.ideographic().orElseThrow().toDicom()).matches("\\p{IsHan}+\\^[\\p{IsHan}\\p{IsHiragana}]+");
                assertThat(name.phonetic().orElseThrow().toDicom()).matches("\\p{IsHiragana}+\\^\\p{IsHiragana}+");
                assertThat(name.toDicom()).matches("[^=]+=[^=]+=[^=]+");
            }
        }
    }

    private static void encodes(SoftAssertions softly, SpecificCharacterSet charset, String value, Vr vr) {
        softly.assertThatCode(() -> charset.encode(value, vr)).as("%s encodes in %s", value, charset)
                .doesNotThrowAnyException();
    }

    private static List<PersonName> names(Identities ids) {
        List<PersonName> names = new ArrayList<>();
        Patient p = ids.patient();
        names.add(p.name());
        names.addAll(p.otherNames());
        names.add(p.birthName());
        names.add(p.mothersBirthName());
        ids.careTeam().members().forEach(m -> names.add(m.name()));
        return names;
    }
}
