package io.github.synthphi.core.identity;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Ages in the DICOM Age String format (VR AS, PS3.5 6.2): three digits and a unit, {@code D}, {@code W},
 * {@code M} or {@code Y}.
 *
 * <p>The age is the number of whole years between the birth date and the date of interest (as {@link
 * Period#between} counts them); under one year, whole months; under one month, whole weeks; under one week,
 * days. So a patient born 1930-05-01 is {@code 089Y} on 2020-04-30 and {@code 090Y} on 2020-05-01.
 *
 * <pre>{@code
 * String age = Ages.dicomAge(LocalDate.of(1930, 5, 1), LocalDate.of(2020, 5, 1));   // "090Y"
 * boolean phi = Ages.isOver89(LocalDate.of(1930, 5, 1), LocalDate.of(2020, 5, 1)); // true: Safe Harbor (C)
 * }</pre>
 */
public final class Ages {

    private Ages() {
    }

    /** The age on {@code date} of someone born on {@code birthDate}, as an AS value. */
    public static String dicomAge(LocalDate birthDate, LocalDate date) {
        Period p = between(birthDate, date);
        if (p.getYears() >= 1) {
            return format(p.getYears(), 'Y');
        }
        if (p.getMonths() >= 1) {
            return format(p.getMonths(), 'M');
        }
        long days = ChronoUnit.DAYS.between(birthDate, date);
        return days >= 7 ? format((int) (days / 7), 'W') : format((int) days, 'D');
    }

    /** The age in whole years on {@code date} of someone born on {@code birthDate}. */
    public static int years(LocalDate birthDate, LocalDate date) {
        return between(birthDate, date).getYears();
    }

    /** True when the person is 90 or older on {@code date}: HIPAA Safe Harbor counts such an age as PHI. */
    public static boolean isOver89(LocalDate birthDate, LocalDate date) {
        return years(birthDate, date) > 89;
    }

    private static Period between(LocalDate birthDate, LocalDate date) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("the date " + date + " is before the birth date " + birthDate);
        }
        return Period.between(birthDate, date);
    }

    private static String format(int value, char unit) {
        if (value > 999) {
            throw new IllegalArgumentException("an age string holds at most 999 of a unit, not " + value + unit);
        }
        return String.format(Locale.ROOT, "%03d%c", value, unit);
    }
}
