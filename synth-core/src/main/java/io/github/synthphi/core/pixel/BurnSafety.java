package io.github.synthphi.core.pixel;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The ultrasound pipeline's checks before burning, as a verdict rather than an exception: a failure means the
 * instance is quarantined with the reason and nothing is burned, not even partly.
 *
 * <p>The checks run in the pipeline's order and the first failure gives the reason:
 * <ol>
 *   <li>there is at least one frame: {@code no_frames};</li>
 *   <li>all frames have the same shape: {@code inconsistent_frame_shapes: [(480, 640, 3), (600, 800, 3)]}
 *       (NumPy's shapes, sorted), and the same sample format: {@code inconsistent_frame_formats: [...]};</li>
 *   <li>the burn region fits the image, {@code x + w <= columns} and {@code y + h <= rows}:
 *       {@code burn_region_exceeds_image (need 255x105, image is 200x100)}, where {@code need} is
 *       {@code (x + w)x(y + h)}; a region starting left of or above the image gives
 *       {@code burn_region_exceeds_image (starts at (-3, 5), image is 200x100)};</li>
 *   <li>the mean brightness of the region <em>in the first frame</em> meets the limit:
 *       {@code burn_region_too_bright (mean=41.3)} (or {@code too_dark} for a minimum), {@code mean=nan} for an
 *       empty region; see {@link BrightnessLimit};</li>
 *   <li>every line's cells fit the image: {@code rendered PHI overflows image: 'MRN 4651775' at (5,27) size
 *       (99x16), image 90x480}.</li>
 * </ol>
 *
 * <p>Lines need not lie inside the region: a variant that puts text inside the imaging area checks the banner's
 * region for brightness and every line for fit.
 *
 * <pre>{@code
 * List<PlacedText> phi = layout.stack(texts, 5, 5);
 * BurnVerdict verdict = BurnSafety.check(frames, BannerLayout.bounds(phi), phi, phantom.brightnessLimit());
 * if (verdict.safe()) {
 *     banner.burn(frames);
 * }
 * }</pre>
 */
public final class BurnSafety {

    private BurnSafety() {
    }

    /**
     * Checks that {@code lines} can be burned into {@code frames} with the background of {@code region}
     * meeting {@code limit}.
     */
    public static BurnVerdict check(List<FrameBuffer> frames, Box region, List<PlacedText> lines,
                                    BrightnessLimit limit) {
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(limit, "limit");
        if (frames.isEmpty()) {
            return BurnVerdict.quarantined("no_frames");
        }
        for (int i = 0; i < frames.size(); i++) {
            Objects.requireNonNull(frames.get(i), "frame " + i);
        }
        TreeSet<FrameBuffer> shapes = new TreeSet<>(Comparator.comparingInt(FrameBuffer::rows)
                .thenComparingInt(FrameBuffer::columns).thenComparingInt(FrameBuffer::samplesPerPixel));
        shapes.addAll(frames);
        if (shapes.size() > 1) {
            return BurnVerdict.quarantined("inconsistent_frame_shapes: "
                    + shapes.stream().map(FrameBuffer::shape).collect(Collectors.joining(", ", "[", "]")));
        }
        TreeSet<String> formats = frames.stream().map(f -> f.format().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        if (formats.size() > 1) {
            return BurnVerdict.quarantined("inconsistent_frame_formats: " + formats);
        }
        FrameBuffer first = frames.get(0);
        int columns = first.columns();
        int rows = first.rows();
        String image = columns + "x" + rows;
        if (region.x() < 0 || region.y() < 0) {
            return BurnVerdict.quarantined("burn_region_exceeds_image (starts at (" + region.x() + ", " + region.y()
                    + "), image is " + image + ")");
        }
        if ((long) region.right() > columns || (long) region.bottom() > rows) {
            return BurnVerdict.quarantined("burn_region_exceeds_image (need " + region.right() + "x"
                    + region.bottom() + ", image is " + image + ")");
        }
        double mean = first.meanBrightness(region);
        if (!limit.allows(mean)) {
            return BurnVerdict.quarantined(limit.reason(mean));
        }
        for (PlacedText line : lines) {
            Objects.requireNonNull(line, "line");
            if (!line.fits(columns, rows)) {
                return BurnVerdict.quarantined("rendered PHI overflows image: '" + line.text().text() + "' at ("
                        + line.originX() + "," + line.originY() + ") size (" + line.text().width() + "x"
                        + line.text().height() + "), image " + image);
            }
        }
        return BurnVerdict.ok();
    }
}
