package io.github.synthphi.core.pixel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Burned-in text rendered once per series into a mask over the image and applied to every frame (or to the
 * frames each line chooses), as an ultrasound machine overlays its banner on a cine.
 *
 * <p>{@link #render} checks that every line's cells fit the image and that no two lines' cells overlap, so the
 * changed pixels of a line are exactly its glyph mask. {@link #burn} checks every frame and every line before
 * it writes a single sample: it burns all or nothing. Run {@link BurnSafety} first; its verdict decides whether
 * to burn at all.
 *
 * <pre>{@code
 * List<PlacedText> phi = new BannerLayout(BitmapFont.large(), 1, 6).stack(texts, 5, 5);
 * BurnVerdict verdict = BurnSafety.check(frames, BannerLayout.bounds(phi), phi, phantom.brightnessLimit());
 * if (verdict.safe()) {
 *     Banner banner = Banner.render(columns, rows, List.of(
 *             BannerLine.phi(phi.get(0), "PatientName", phantom.ink(Contrast.HIGH)),
 *             BannerLine.phi(phi.get(1), "PatientID", phantom.ink(Contrast.LOW))));
 *     List<BurnedLine> burned = banner.burn(frames);   // one answer-key entry per line
 * }
 * }</pre>
 */
public final class Banner {

    private final int columns;
    private final int rows;
    private final List<BannerLine> lines;
    private final PixelMask mask;

    private Banner(int columns, int rows, List<BannerLine> lines, PixelMask mask) {
        this.columns = columns;
        this.rows = rows;
        this.lines = lines;
        this.mask = mask;
    }

    /**
     * Renders the lines into one mask over an image of {@code columns x rows}.
     *
     * @throws IllegalArgumentException when a line's cells do not fit the image or overlap another line's
     */
    public static Banner render(int columns, int rows, List<BannerLine> lines) {
        Objects.requireNonNull(lines, "lines");
        FrameBuffer.requireSize(rows, columns);
        List<BannerLine> copy = List.copyOf(lines);
        TextBurner burner = new TextBurner(columns, rows);
        for (int i = 0; i < copy.size(); i++) {
            PlacedText placed = copy.get(i).text();
            burner.requireFits(placed.text().mask(), placed.originX(), placed.originY());
            for (int j = 0; j < i; j++) {
                PlacedText other = copy.get(j).text();
                if (BannerLayout.intersect(placed.cellBox(), other.cellBox())) {
                    throw new IllegalArgumentException("the cells of \"" + placed.text().text() + "\" at "
                            + placed.cellBox() + " overlap those of \"" + other.text().text() + "\" at "
                            + other.cellBox() + "; lay the lines out apart");
                }
            }
        }
        return new Banner(columns, rows, copy, union(columns, rows, copy, -1));
    }

    /** The union of the ink of the lines (those on {@code frame}, or all for -1), over the whole image. */
    private static PixelMask union(int columns, int rows, List<BannerLine> lines, int frame) {
        long[] bits = new long[PixelMask.words((long) columns * rows)];
        for (BannerLine line : lines) {
            if (frame >= 0 && !line.frames().contains(frame)) {
                continue;
            }
            PlacedText p = line.text();
            p.text().mask().forEachInk((x, y) -> {
                int i = (y + p.originY()) * columns + x + p.originX();
                bits[i >>> 6] |= 1L << i;
            });
        }
        return new PixelMask(new Box(0, 0, columns, rows), bits);
    }

    /** The image width. */
    public int columns() {
        return columns;
    }

    /** The image height. */
    public int rows() {
        return rows;
    }

    /** The lines, in the order given. */
    public List<BannerLine> lines() {
        return lines;
    }

    /** Every ink pixel of every line, in image coordinates (the mask's bounds are the whole image). */
    public PixelMask mask() {
        return mask;
    }

    /** The ink pixels of the lines burned into frame {@code frame}. */
    public PixelMask maskOn(int frame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame numbers start at 0, not " + frame);
        }
        return union(columns, rows, lines, frame);
    }

    /**
     * Burns every line into the frames it chooses (frame {@code i} of an instance is {@code frames.get(i)}).
     *
     * @return what was burned, one entry per line, in the order of the lines
     * @throws IllegalArgumentException before any sample is written, when there are no frames, a frame's size
     *     is not the banner's, the frames differ in format, a line's ink does not suit the format, or a line
     *     chooses a frame that is not there
     */
    public List<BurnedLine> burn(List<FrameBuffer> frames) {
        Objects.requireNonNull(frames, "frames");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames to burn into");
        }
        PixelFormat format = Objects.requireNonNull(frames.get(0), "frame 0").format();
        for (int i = 0; i < frames.size(); i++) {
            FrameBuffer f = Objects.requireNonNull(frames.get(i), "frame " + i);
            if (f.columns() != columns || f.rows() != rows || !f.format().equals(format)) {
                throw new IllegalArgumentException("frame " + i + " is " + f + ", but the banner is for " + columns
                        + " x " + rows + " frames of " + format);
            }
        }
        List<List<Integer>> chosen = new ArrayList<>(lines.size());
        for (BannerLine line : lines) {
            if (!line.ink().fits(format)) {
                throw new IllegalArgumentException(line.ink() + " of \"" + line.text().text().text() + "\" does not "
                        + "suit " + format + ": give " + format.samplesPerPixel() + " sample(s) from "
                        + format.minValue() + " to " + format.maxValue());
            }
            chosen.add(line.frames().resolve(frames.size()));
        }
        TextBurner burner = new TextBurner(columns, rows);
        List<BurnedLine> burned = new ArrayList<>(lines.size());
        for (int l = 0; l < lines.size(); l++) {
            BannerLine line = lines.get(l);
            for (int f : chosen.get(l)) {
                burnLine(burner, frames.get(f), line);
            }
            PlacedText p = line.text();
            burned.add(new BurnedLine(p.text().text(), p.text().font().name(), p.text().scale(), p.originX(),
                    p.originY(), p.inkBox().orElseThrow(), p.glyphBoxes(), chosen.get(l), line.ink(), line.kind(),
                    line.mirrors()));
        }
        return Collections.unmodifiableList(burned);
    }

    private static void burnLine(TextBurner burner, FrameBuffer frame, BannerLine line) {
        PlacedText p = line.text();
        PixelMask m = p.text().mask();
        List<Integer> ink = line.ink().samples();
        if (frame.format().samplesPerPixel() == 3) {
            burner.burnRgb8(frame.bytes(), m, p.originX(), p.originY(), ink.get(0), ink.get(1), ink.get(2));
        } else if (frame.format().bitsAllocated() == 8) {
            burner.burnGray8(frame.bytes(), m, p.originX(), p.originY(), ink.get(0));
        } else {
            burner.burnGray16(frame.words(), m, p.originX(), p.originY(), ink.get(0));
        }
    }

    @Override
    public String toString() {
        return "Banner[" + columns + " x " + rows + ", " + lines.size() + " lines, " + mask.inkCount()
                + " ink pixels]";
    }
}
