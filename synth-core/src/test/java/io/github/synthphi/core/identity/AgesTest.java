package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    void countsWholeYearsUpToTheBirthday() {
        LocalDate born = LocalDate.of(1930, 5, 1);
        assertThat(Ages.dicomAge(born, LocalDate.of(2020, 4, 30))).isEqualTo("089Y");
        assertThat(Ages.dicomAge(born, LocalDate.of(2020, 5, 1))).isEqualTo("090Y");
        assertThat(Ages.isOver89(born, LocalDate.of(2020, 4, 30))).isFalse();
        assertThat(Ages.isOver89(born, LocalDate.of(2020, 5, 1))).isTrue();
        assertThat(Ages.dicomAge(LocalDate.of(1977, 3, 12), LocalDate.of(2024, 6, 1))).isEqualTo("047Y");
    }

    @Test
    void handlesALeapDayBirth() {
        LocalDate born = LocalDate.of(2000, 2, 29);
        assertThat(Ages.dicomAge(born, LocalDate.of(2001, 2, 28))).isEqualTo("011M");
        assertThat(Ages.dicomAge(born, LocalDate.of(2001, 3, 1))).isEqualTo("001Y");
    }

    @Test
    void usesMonthsWeeksAndDaysUnderOneYear() {
        LocalDate born = LocalDate.of(2020, 1, 10);
        assertThat(Ages.dicomAge(born, LocalDate.of(2020, 3, 11))).isEqualTo("002M");
        assertThat(Ages.dicomAge(born, LocalDate.of(2020, 1, 31))).isEqualTo("003W");
        assertThat(Ages.dicomAge(born, LocalDate.of(2020, 1, 13))).isEqualTo("003D");
        assertThat(Ages.dicomAge(born, born)).isEqualTo("000D");
    }

    @Test
    void rejectsADateBeforeBirth() {
        assertThatThrownBy(() -> Ages.dicomAge(LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the birth date");
    }
}
