package io.github.synthphi.core.study.source;

import java.util.Comparator;

/**
 * Orders file names as a person counts frames: runs of digits compare by their number, so {@code frame_2}
 * comes before {@code frame_10}; other characters compare by code point. Names that are equal that way (such
 * as {@code frame_01} and {@code frame_1}) are ordered by plain string comparison, so the order is total and
 * the same on every machine.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int c = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                int pa = a.codePointAt(i);
                int pb = b.codePointAt(j);
                if (pa != pb) {
                    return Integer.compare(pa, pb);
                }
                i += Character.charCount(pa);
                j += Character.charCount(pb);
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Compares digit runs of any length by value, without parsing (a run may exceed a long). */
    private static int compareNumbers(String x, String y) {
        String a = stripZeros(x);
        String b = stripZeros(y);
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
