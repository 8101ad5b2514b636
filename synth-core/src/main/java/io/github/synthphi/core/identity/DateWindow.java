package io.github.synthphi.core.identity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * The fixed window every date comes from, drawn from the seed alone (never the clock).
 *
 * <ul>
 *   <li>A patient's first-study date (the baseline) is uniform in 2015-01-01 to 2020-12-31.</li>
 *   <li>Study {@code s} of the patient (0-based) falls in the 60-day slot starting {@code baseline + 60 s}
 *       days, uniform inside it, so later studies are later; at most {@link #MAX_STUDIES_PER_PATIENT}
 *       studies keep every study date within 2015-01-01 to 2024-12-31.</li>
 *   <li>The age at the baseline is 90 to 99 with probability 7%, 1 to 17 with 5%, and 18 to 89 otherwise,
 *       uniform within each band; the birth date is uniform among the dates that give exactly that age, so
 *       birth dates lie in 1915-01-02 to 2019-12-31.</li>
 *   <li>Birth times are uniform over the day; study times uniform in 07:00:00 to 19:59:59; whole seconds.</li>
 * </ul>
 */
final class DateWindow {

    /** The first possible study date. */
    static final LocalDate FIRST_STUDY = LocalDate.of(2015, 1, 1);
    /** The last possible study date. */
    static final LocalDate LAST_STUDY = LocalDate.of(2024, 12, 31);
    /** The last possible first-study date. */
    static final LocalDate LAST_BASELINE = LocalDate.of(2020, 12, 31);
    /** Days between the starts of two consecutive study slots. */
    static final int SLOT_DAYS = 60;
    /** The most studies one patient can have with every study date inside the window. */
    static final int MAX_STUDIES_PER_PATIENT = 24;

    private DateWindow() {
    }

    /** A first-study date. */
    static LocalDate baseline(Random random) {
        int days = (int) ChronoUnit.DAYS.between(FIRST_STUDY, LAST_BASELINE);
        return FIRST_STUDY.plusDays(random.nextInt(days + 1));
    }

    /** An age at the baseline in whole years: 7% over 89, 5% children. */
    static int age(Random random) {
        int band = random.nextInt(100);
        if (band < 7) {
            return Streams.between(random, 90, 99);
        }
        if (band < 12) {
            return Streams.between(random, 1, 17);
        }
        return Streams.between(random, 18, 89);
    }

    /** A birth date at which someone is exactly {@code age} years old on {@code date}. */
    static LocalDate birthDate(Random random, LocalDate date, int age) {
        LocalDate latest = date.minusYears(age);
        LocalDate earliest = date.minusYears(age + 1L).plusDays(1);
        int days = (int) ChronoUnit.DAYS.between(earliest, latest);
        return earliest.plusDays(random.nextInt(days + 1));
    }

    /** The date of study {@code studyIndex} of a patient whose first-study date is {@code baseline}. */
    static LocalDate studyDate(Random random, LocalDate baseline, int studyIndex) {
        if (studyIndex >= MAX_STUDIES_PER_PATIENT) {
            throw new IllegalArgumentException("studyIndex must be less than " + MAX_STUDIES_PER_PATIENT
                    + " (the studies of one patient stay within " + FIRST_STUDY + " to " + LAST_STUDY + "), not "
                    + studyIndex);
        }
        return baseline.plusDays((long) SLOT_DAYS * studyIndex + random.nextInt(SLOT_DAYS));
    }

    /** A time of birth, any second of the day. */
    static LocalTime birthTime(Random random) {
        return LocalTime.ofSecondOfDay(random.nextInt(24 * 3600));
    }

    /** A study time, 07:00:00 to 19:59:59. */
    static LocalTime studyTime(Random random) {
        return LocalTime.ofSecondOfDay(7 * 3600 + random.nextInt(13 * 3600));
    }
}
