package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ControlWordsTest {

    @Test
    void comparesFoldedAsTheEvaluatorDoes() {
        assertThat(ControlWords.fold("Müller")).isEqualTo("MULLER");
        assertThat(ControlWords.fold("Strauß")).isEqualTo("STRAUSS");
        assertThat(ControlWords.fold("Dr.")).isEqualTo("DR");
        assertThat(ControlWords.collides("may")).isTrue();
        assertThat(ControlWords.collides("Mai")).isTrue();
        assertThat(ControlWords.collides("Ray")).isTrue();
        assertThat(ControlWords.collides("CHEST")).isTrue();
        assertThat(ControlWords.collides("In")).isTrue();
        assertThat(ControlWords.collides("Ja")).isTrue();
        assertThat(ControlWords.collides("Müller")).isFalse();
    }

    @Test
    void foldingIgnoresTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(ControlWords.fold("Ivy")).isEqualTo("IVY");   // not the Turkish dotted İ
            assertThat(ControlWords.collides("ivy")).isTrue();
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void noNameComponentIsAControlWord(IdentityLocale locale) {
        List<String> collisions = new ArrayList<>();
        List<String> withoutVowel = new ArrayList<>();
        for (int seed = 0; seed < 300; seed++) {
            Identities ids = new IdentityFactory(seed, locale).identities(0, 0);
            List<PersonName> names = new ArrayList<>(List.of(ids.patient().name(), ids.patient().birthName(),
                    ids.patient().mothersBirthName()));
            names.addAll(ids.patient().otherNames());
            ids.careTeam().members().forEach(m -> names.add(m.name()));
            for (PersonName n : names) {
                for (NameGroup g : n.groups()) {
                    List.of(g.family(), g.given(), g.middle()).stream().filter(ControlWords::collides)
                            .forEach(collisions::add);
                }
                List.of(n.family(), n.given()).stream().filter(c -> !ControlWords.fold(c).matches(".*[AEIOUY].*"))
                        .forEach(withoutVowel::add);
            }
        }
        assertThat(collisions).isEmpty();
        assertThat(withoutVowel).as("abbreviations such as Wm or Lg").isEmpty();
    }
}
