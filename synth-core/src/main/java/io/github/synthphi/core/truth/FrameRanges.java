package io.github.synthphi.core.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The compact text form of a set of 0-based frame numbers used in the CSV files: runs of consecutive frames
 * as {@code first-last}, single frames as the number, comma-separated, ascending, no spaces.
 *
 * <pre>{@code
 * FrameRanges.format(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 22, 23, 24, 25));   // "0-9,20,22-25"
 * FrameRanges.parse("0-63").size();                                                 // 64
 * FrameRanges.format(List.of());                                                    // ""
 * }</pre>
 *
 * <p>{@link #parse(String)} gives back exactly the list {@link #format(List)} was given. It also accepts
 * spaces around items and a run written out as single numbers ({@code "3,4"}), but the frames must ascend
 * without repeats, and it expands at most {@link #MAX_FRAMES} frames, so a corrupt file cannot make it
 * allocate without bound.
 */
public final class FrameRanges {

    /** The most frames {@link #parse(String)} expands. */
    public static final int MAX_FRAMES = 1 << 20;

    private FrameRanges() {
    }

    /**
     * The compact form of {@code frames}.
     *
     * @throws IllegalArgumentException when a frame is negative or the frames do not ascend without repeats
     */
    public static String format(List<Integer> frames) {
        requireAscending(frames);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < frames.size()) {
            int first = frames.get(i);
            int j = i;
            while (j + 1 < frames.size() && frames.get(j + 1) == frames.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(first);
            if (j > i) {
                sb.append('-').append(frames.get(j).intValue());
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /**
     * Checks that {@code frames} are 0 or more and ascend without repeats, and returns an unmodifiable copy.
     *
     * @throws IllegalArgumentException when they are not
     */
    static List<Integer> requireAscending(List<Integer> frames) {
        Objects.requireNonNull(frames, "frames");
        List<Integer> copy = List.copyOf(frames);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) < 0 || i > 0 && copy.get(i) <= copy.get(i - 1)) {
                throw new IllegalArgumentException("frames must be 0 or more and ascend without repeats: " + frames);
            }
        }
        return copy;
    }

    /**
     * The frames of a compact form; the empty text is no frames.
     *
     * @throws IllegalArgumentException naming the item that is not a frame number or range, or when the frames
     *     do not ascend without repeats, or there are more than {@link #MAX_FRAMES}
     */
    public static List<Integer> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Integer> frames = new ArrayList<>();
        if (text.isBlank()) {
            return List.of();
        }
        for (String item : text.split(",", -1)) {
            String t = item.strip();
            int dash = t.indexOf('-', 1);
            int first = number(dash < 0 ? t : t.substring(0, dash), text);
            int last = dash < 0 ? first : number(t.substring(dash + 1), text);
            if (last < first) {
                throw new IllegalArgumentException("the range '" + t + "' runs backwards in '" + text + "'");
            }
            if (!frames.isEmpty() && first <= frames.get(frames.size() - 1)) {
                throw new IllegalArgumentException("frames must ascend without repeats, but '" + t
                        + "' does not come after " + frames.get(frames.size() - 1) + " in '" + text + "'");
            }
            if ((long) frames.size() + last - first + 1 > MAX_FRAMES) {
                throw new IllegalArgumentException("more than " + MAX_FRAMES + " frames in '" + text + "'");
            }
            for (int f = first; f <= last; f++) {
                frames.add(f);
                if (f == Integer.MAX_VALUE) {
                    break;
                }
            }
        }
        return List.copyOf(frames);
    }

    private static int number(String digits, String text) {
        boolean ok = !digits.isEmpty() && digits.length() <= 10;
        for (int i = 0; i < digits.length() && ok; i++) {
            ok = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
        }
        long v = ok ? Long.parseLong(digits) : -1;
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + digits + "' is not a frame number (0 to " + Integer.MAX_VALUE
                    + ") in '" + text + "'");
        }
        return (int) v;
    }
}
