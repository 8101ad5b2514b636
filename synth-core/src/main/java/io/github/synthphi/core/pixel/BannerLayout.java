package io.github.synthphi.core.pixel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Lays out lines of text in one font and scale, one below the other: {@code cellHeight * scale + lineGap}
 * rows apart, so the pitch is the same whatever the glyphs (unlike the ultrasound pipeline, whose pitch
 * follows each line's ink height).
 *
 * <pre>{@code
 * BannerLayout layout = new BannerLayout(BitmapFont.large(), 1, 6);
 * List<PlacedText> phi = layout.stack(List.of("ROBINSON, BRANDY S.", "MRN 4651775", "06/22/2021 18:50"), 5, 5);
 * List<PlacedText> labels = new BannerLayout(BitmapFont.small(), 1, 3)
 *         .place(List.of("B-MODE", "5C2 4.0MHz"), phantom.labelArea(rows, columns), Corner.BOTTOM_RIGHT, 4);
 * Box burnRegion = BannerLayout.bounds(phi);   // the region the brightness check looks at
 * }</pre>
 *
 * @param font the font of every line
 * @param scale the scale of every line, at least 1
 * @param lineGap the rows left empty between the cells of consecutive lines, at least 0
 */
public record BannerLayout(BitmapFont font, int scale, int lineGap) {

    /** The corner of an area that a block of lines is aligned to. */
    public enum Corner {
        /** Lines start at the left edge, the first at the top. */
        TOP_LEFT,
        /** Lines end at the right edge, the first at the top. */
        TOP_RIGHT,
        /** Lines start at the left edge, the last at the bottom. */
        BOTTOM_LEFT,
        /** Lines end at the right edge, the last at the bottom. */
        BOTTOM_RIGHT
    }

    public BannerLayout {
        Objects.requireNonNull(font, "font");
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        }
        if (lineGap < 0) {
            throw new IllegalArgumentException("lineGap must be at least 0, not " + lineGap);
        }
    }

    /** The rows from one line's origin to the next's. */
    public int pitch() {
        return font.cellHeight() * scale + lineGap;
    }

    /**
     * Renders {@code texts} and stacks them downwards from ({@code originX}, {@code originY}), all starting
     * at the same column.
     *
     * @throws IllegalArgumentException when a text has a character the font does not cover
     */
    public List<PlacedText> stack(List<String> texts, int originX, int originY) {
        Objects.requireNonNull(texts, "texts");
        List<PlacedText> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(new PlacedText(TextMask.render(texts.get(i), font, scale), originX, originY + i * pitch()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Renders {@code texts} as a block in a corner of {@code area}, {@code margin} pixels from its edges: left
     * corners align the lines' left edges, right corners their right edges. A block larger than the area
     * reaches out of it (even out of the image); {@link BurnSafety} reports that.
     */
    public List<PlacedText> place(List<String> texts, Box area, Corner corner, int margin) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(corner, "corner");
        int blockHeight = texts.isEmpty() ? 0 : texts.size() * pitch() - lineGap;
        boolean bottom = corner == Corner.BOTTOM_LEFT || corner == Corner.BOTTOM_RIGHT;
        boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
        int top = bottom ? area.bottom() - margin - blockHeight : area.y() + margin;
        List<PlacedText> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            TextMask text = TextMask.render(texts.get(i), font, scale);
            int x = right ? area.right() - margin - text.width() : area.x() + margin;
            out.add(new PlacedText(text, x, top + i * pitch()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The smallest box holding the cells of every line: the burn region to check.
     *
     * @throws IllegalArgumentException when {@code lines} is empty
     */
    public static Box bounds(List<PlacedText> lines) {
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no lines to bound");
        }
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (PlacedText line : lines) {
            Box b = line.cellBox();
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
            right = Math.max(right, b.right());
            bottom = Math.max(bottom, b.bottom());
        }
        return new Box(left, top, right - left, bottom - top);
    }

    /** True when two non-empty boxes share a pixel. */
    public static boolean intersect(Box a, Box b) {
        return !a.isEmpty() && !b.isEmpty() && a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom()
                && b.y() < a.bottom();
    }
}
