package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);

    @Test
    void studyAndBirthDatesStayInTheirWindows() {
        IdentityFactory factory = new IdentityFactory(7L, IdentityLocale.JA_JP);   // ja-JP: the fastest
        for (int p = 0; p < 1500; p++) {
            StudyIdentity first = factory.study(p, 0);
            StudyIdentity last = factory.study(p, IdentityFactory.MAX_STUDIES_PER_PATIENT - 1);
            Patient patient = factory.patient(p);
            assertThat(first.studyDate()).isBetween(FIRST, LAST);
            assertThat(last.studyDate()).isBetween(FIRST, LAST);
            assertThat(patient.birthDate()).isBetween(LocalDate.of(1915, 1, 2), LocalDate.of(2019, 12, 31));
            assertThat(first.studyTime()).isBetween(LocalTime.of(7, 0), LocalTime.of(19, 59, 59));
            assertThat(first.studyTime().getNano()).isZero();
            assertThat(patient.birthTime().getNano()).isZero();
        }
    }

    @Test
    void someAgesAreOver89AndTheAgeStringMatchesTheDates() {
        IdentityFactory factory = new IdentityFactory(3L, IdentityLocale.JA_JP);
        int n = 1500;
        int over89 = 0;
        int children = 0;
        for (int p = 0; p < n; p++) {
            Identities ids = factory.identities(p, 0);
            LocalDate birth = ids.patient().birthDate();
            LocalDate study = ids.study().studyDate();
            int years = Period.between(birth, study).getYears();
            assertThat(ids.patientAge()).isEqualTo(String.format(java.util.Locale.ROOT, "%03dY", years));
            over89 += years > 89 ? 1 : 0;
            children += years < 18 ? 1 : 0;
        }
        // 7% are over 89 on their first-study date, and some others turn 90 within its 60-day slot
        assertThat(over89).as("patients over 89 at their first study, of %d", n).isBetween(n * 4 / 100, n * 11 / 100);
        assertThat(children).as("children").isBetween(n * 2 / 100, n * 9 / 100);
    }

    @Test
    void laterStudiesOfAPatientAreLater() {
        IdentityFactory factory = new IdentityFactory(11L, IdentityLocale.EN_US);
        for (int p = 0; p < 20; p++) {
            LocalDate previous = LocalDate.MIN;
            for (int s = 0; s < IdentityFactory.MAX_STUDIES_PER_PATIENT; s++) {
                LocalDate date = factory.study(p, s).studyDate();
                assertThat(date).isAfter(previous);
                previous = date;
            }
        }
    }

    @Test
    void aStudyIndexBeyondTheWindowIsRefusedWithTheReason() {
        IdentityFactory factory = new IdentityFactory(1L);
        assertThatThrownBy(() -> factory.identities(0, IdentityFactory.MAX_STUDIES_PER_PATIENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("studyIndex must be 0 to 23")
                .hasMessageContaining("2024-12-31");
        assertThatThrownBy(() -> factory.patient(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patientIndex");
    }
}
