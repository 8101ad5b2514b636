package io.github.synthphi.core.study;

import java.util.Comparator;

/**
 * Text with runs of digits compared by value, so that {@code series-100} comes after {@code series-99} and
 * {@code instance-7} before {@code instance-27}: the order in which the generator makes a study's files, and the
 * order of pixel boxes in reports. Leading zeros do not count ({@code a007} equals {@code a7}).
 *
 * <pre>{@code
 * files.sort(NaturalOrder.COMPARATOR);
 * }</pre>
 */
public final class NaturalOrder {

    /** The comparator. */
    public static final Comparator<String> COMPARATOR = NaturalOrder::compare;

    private NaturalOrder() {
    }

    /** Compares {@code a} and {@code b} with runs of digits compared by value. */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                continue;
            }
            if (x != y) {
                return Character.compare(x, y);
            }
            i++;
            j++;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
