package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Pins the identities of seed 42, so that a change of what a seed gives (which changes every user's fixtures)
 * is a deliberate one. Values drawn by synth alone depend only on synth's code and java.util.Random; names
 * and addresses of en-US and de-DE also depend on datafaker's data, so a datafaker upgrade may change them:
 * then update the expected values here and say so in the release notes.
 */
class GoldenValuesTest {

    @Test
    void synthsOwnDrawsOfSeed42() {
        for (IdentityLocale locale : IdentityLocale.values()) {
            Identities ids = new IdentityFactory(42L, locale).identities(0, 0);
            assertThat(ids.patient().mrn()).isEqualTo("42101976");
            assertThat(ids.patient().birthDate()).isEqualTo(LocalDate.of(1925, 11, 2));
            assertThat(ids.patient().birthTime()).isEqualTo(LocalTime.of(2, 7, 21));
            assertThat(ids.study()).isEqualTo(new StudyIdentity("A161662504", "S5956022", LocalDate.of(2016, 2, 6),
                    LocalTime.of(9, 22, 17)));
            assertThat(ids.patientAge()).isEqualTo("090Y");
            assertThat(ids.device().udi()).isEqualTo("(01)09521619679360(11)131129(21)VZR722106");
        }
        assertThat(new IdentityFactory(42L, IdentityLocale.JA_JP).patient(0).name().toDicom())
                .isEqualTo("Maeda^Tomoko=前田^智子=まえだ^ともこ");
    }

    @Test
    void datafakerDrawsOfSeed42WithDatafaker270() {
        Patient en = new IdentityFactory(42L, IdentityLocale.EN_US).patient(0);
        assertThat(en.name().toDicom()).isEqualTo("Kulas^Arlean^Dong^Mrs.");
        assertThat(en.address().line()).isEqualTo("89316 Hedwig Pike, North Karentown, UT 95040");
        Patient de = new IdentityFactory(42L, IdentityLocale.DE_DE).patient(0);
        assertThat(de.name().toDicom()).isEqualTo("Schüßler^Wiebke");
        assertThat(de.address().line()).isEqualTo("Kyllstr. 79b, 14314 Alt Evelinestadt");
    }
}
