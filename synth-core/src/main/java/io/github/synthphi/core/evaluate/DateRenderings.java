package io.github.synthphi.core.evaluate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways people and programs write a date, to find a planted date whatever form a de-identifier left it in:
 * {@code 19580214}, {@code 1958-02-14}, {@code 1958/02/14}, {@code 02/14/1958}, {@code 2/14/1958},
 * {@code 14/02/1958}, {@code 14.02.1958}, {@code 14.2.1958}, {@code 14-FEB-1958}, {@code 14 FEB 1958},
 * {@code FEB 14, 1958} and {@code 14-02-1958}.
 *
 * <pre>{@code
 * Set<String> forms = DateRenderings.of(LocalDate.of(1958, 2, 14));
 * List<LocalDate> found = DateRenderings.parseAll("born 02/14/1958 in Ohio");   // [1958-02-14]
 * }</pre>
 */
public final class DateRenderings {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            pattern("yyyyMMdd"), pattern("yyyy-MM-dd"), pattern("yyyy/MM/dd"), pattern("MM/dd/yyyy"),
            pattern("M/d/yyyy"), pattern("dd/MM/yyyy"), pattern("dd.MM.yyyy"), pattern("d.M.yyyy"),
            pattern("dd-MMM-yyyy"), pattern("dd MMM yyyy"), pattern("MMM d, yyyy"), pattern("dd-MM-yyyy"));

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9])(\\d{8}|\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})(?![0-9])");

    private DateRenderings() {
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.ROOT);
    }

    /** Every rendering of {@code date}, upper-cased, in a fixed order. */
    public static Set<String> of(LocalDate date) {
        Set<String> out = new LinkedHashSet<>();
        for (DateTimeFormatter f : FORMATS) {
            out.add(date.format(f).toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The dates written in {@code text} in the numeric forms above; ambiguous day/month orders give every
     * valid reading.
     */
    public static List<LocalDate> parseAll(String text) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String s = m.group(1);
            if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
                add(out, s.substring(0, 4), s.substring(4, 6), s.substring(6, 8));
                continue;
            }
            String[] parts = s.split("[-/.]");
            if (parts[0].length() == 4) {
                add(out, parts[0], parts[1], parts[2]);
            } else {
                add(out, parts[2], parts[0], parts[1]);
                add(out, parts[2], parts[1], parts[0]);
            }
        }
        return out;
    }

    private static void add(List<LocalDate> out, String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (!out.contains(d)) {
                out.add(d);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // not a date: a number that only looks like one
        }
    }
}
