package io.github.synthphi.core.identity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** Dates and times as DICOM writes them, with ASCII digits whatever the default locale. */
final class DicomText {

    private DicomText() {
    }

    /** A DA value, {@code YYYYMMDD}. */
    static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A TM value to the second, {@code HHMMSS}. */
    static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d%02d%02d", time.getHour(), time.getMinute(), time.getSecond());
    }
}
