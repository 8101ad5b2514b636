package io.github.synthphi.core.evaluate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Syntax of DA, TM and DT values (PS3.5 6.2), and the date they hold. */
final class DicomValues {

    private static final Pattern DA = Pattern.compile("\\d{8}");
    private static final Pattern TM = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d([0-5]\\d(\\.\\d{1,6})?)?)?");
    private static final Pattern DT = Pattern.compile(
            "\\d{4}(\\d{2}(\\d{2}(\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?)?)?)?([+-]\\d{4})?");

    private DicomValues() {
    }

    /** The date of a DA value, or of the date part of a DT value; empty when not a valid date. */
    static Optional<LocalDate> date(String value) {
        String v = value.strip();
        if (v.length() < 8 || !DA.matcher(v.substring(0, 8)).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when {@code value} is a valid value of VR {@code vr} (DA, TM or DT); other VRs are not judged. */
    static boolean valid(String vr, String value) {
        String v = value.strip();
        switch (vr) {
            case "DA":
                return DA.matcher(v).matches() && date(v).isPresent();
            case "TM":
                return TM.matcher(v).matches();
            case "DT":
                return DT.matcher(v).matches() && (v.length() < 8 || date(v).isPresent());
            default:
                return true;
        }
    }
}
