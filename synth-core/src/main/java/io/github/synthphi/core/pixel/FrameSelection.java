package io.github.synthphi.core.pixel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The frames of an instance a burned line appears on: all of them, as a machine burns its banner, or some,
 * for the test variant of text that comes and goes.
 *
 * <pre>{@code
 * FrameSelection.all();                 // every frame
 * FrameSelection.range(0, 8);           // frames 0 to 7
 * FrameSelection.of(3, 4, 10);          // just these
 * List<Integer> frames = FrameSelection.range(0, 8).resolve(32);
 * }</pre>
 */
public final class FrameSelection {

    private static final FrameSelection ALL = new FrameSelection(null);

    /** The chosen frames, ascending without repeats; null for all. */
    private final List<Integer> frames;

    private FrameSelection(List<Integer> frames) {
        this.frames = frames;
    }

    /** Every frame. */
    public static FrameSelection all() {
        return ALL;
    }

    /**
     * The given frames, in any order; repeats count once.
     *
     * @throws IllegalArgumentException when none is given or one is negative
     */
    public static FrameSelection of(int... frames) {
        Objects.requireNonNull(frames, "frames");
        TreeSet<Integer> sorted = new TreeSet<>();
        for (int f : frames) {
            if (f < 0) {
                throw new IllegalArgumentException("frame numbers start at 0, not " + f);
            }
            sorted.add(f);
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("choose at least one frame");
        }
        return new FrameSelection(Collections.unmodifiableList(new ArrayList<>(sorted)));
    }

    /**
     * Frames {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @throws IllegalArgumentException unless {@code 0 <= from < to}
     */
    public static FrameSelection range(int from, int to) {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a frame range needs 0 <= from < to, not " + from + " to " + to);
        }
        List<Integer> frames = new ArrayList<>(to - from);
        for (int f = from; f < to; f++) {
            frames.add(f);
        }
        return new FrameSelection(Collections.unmodifiableList(frames));
    }

    /** True for {@link #all()}. */
    public boolean isAll() {
        return frames == null;
    }

    /** True when frame {@code frame} is chosen. */
    public boolean contains(int frame) {
        return frame >= 0 && (frames == null || Collections.binarySearch(frames, frame) >= 0);
    }

    /**
     * The chosen frames of an instance of {@code frameCount} frames, ascending.
     *
     * @throws IllegalArgumentException when a chosen frame is not below {@code frameCount}
     */
    public List<Integer> resolve(int frameCount) {
        if (frameCount < 1) {
            throw new IllegalArgumentException("an instance has at least 1 frame, not " + frameCount);
        }
        if (frames == null) {
            List<Integer> every = new ArrayList<>(frameCount);
            for (int f = 0; f < frameCount; f++) {
                every.add(f);
            }
            return Collections.unmodifiableList(every);
        }
        int last = frames.get(frames.size() - 1);
        if (last >= frameCount) {
            throw new IllegalArgumentException("frame " + last + " is chosen, but the instance has " + frameCount
                    + " frames (0 to " + (frameCount - 1) + ")");
        }
        return frames;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameSelection && Objects.equals(((FrameSelection) o).frames, frames);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(frames);
    }

    @Override
    public String toString() {
        return frames == null ? "FrameSelection[all]" : "FrameSelection" + frames;
    }
}
