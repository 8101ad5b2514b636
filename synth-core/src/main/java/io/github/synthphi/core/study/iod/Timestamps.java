package io.github.synthphi.core.study.iod;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * When a study, its series, the acquisition and the image content happened, in local time of the imaging site.
 *
 * <pre>{@code
 * Timestamps t = Timestamps.at(LocalDateTime.of(2024, 1, 31, 10, 15));
 * String da = Timestamps.da(t.study());   // "20240131"
 * }</pre>
 *
 * @param study Study Date and Time (0008,0020), (0008,0030)
 * @param series Series Date and Time (0008,0021), (0008,0031)
 * @param acquisition Acquisition Date and Time (0008,0022), (0008,0032)
 * @param content Content Date and Time (0008,0023), (0008,0033), also the instance creation time
 */
public record Timestamps(LocalDateTime study, LocalDateTime series, LocalDateTime acquisition,
                         LocalDateTime content) {

    public Timestamps {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(acquisition, "acquisition");
        Objects.requireNonNull(content, "content");
    }

    /** Every moment at {@code time}. */
    public static Timestamps at(LocalDateTime time) {
        return new Timestamps(time, time, time, time);
    }

    /** A DA value: {@code YYYYMMDD}. */
    public static String da(LocalDateTime t) {
        return String.format(Locale.ROOT, "%04d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    /** A TM value: {@code HHMMSS}, with six fraction digits when the time has a fraction of a second. */
    public static String tm(LocalDateTime t) {
        String hms = String.format(Locale.ROOT, "%02d%02d%02d", t.getHour(), t.getMinute(), t.getSecond());
        return t.getNano() == 0 ? hms : hms + String.format(Locale.ROOT, ".%06d", t.getNano() / 1000);
    }

    /** A DT value: the DA and TM values joined. */
    public static String dt(LocalDateTime t) {
        return da(t) + tm(t);
    }
}
