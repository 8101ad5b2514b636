package io.github.synthphi.core.identity;

import java.time.LocalDate;
import java.util.Locale;

/** GS1 identifiers: the GTIN check digit and the human-readable UDI string. */
final class Gs1 {

    private Gs1() {
    }

    /** A GTIN-14 from its first 13 digits and the check digit computed for them. */
    static String gtin14(String first13) {
        if (first13.length() != 13 || !first13.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a GTIN-14 needs 13 digits before its check digit: " + first13);
        }
        return first13 + checkDigit(first13);
    }

    /**
     * The GS1 check digit of the digits that precede it: from the right, weights 3, 1, 3, 1 ...; the digit
     * that brings the sum to a multiple of 10.
     */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? 3 * d : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** The UDI in GS1 human-readable form: (01) GTIN, (11) production date YYMMDD, (21) serial number. */
    static String udi(String gtin14, LocalDate productionDate, String serial) {
        return "(01)" + gtin14 + "(11)" + String.format(Locale.ROOT, "%02d%02d%02d", productionDate.getYear() % 100,
                productionDate.getMonthValue(), productionDate.getDayOfMonth()) + "(21)" + serial;
    }
}
