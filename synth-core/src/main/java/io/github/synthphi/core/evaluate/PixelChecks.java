package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.GlyphBox;
import io.github.synthphi.core.pixel.PixelMask;
import io.github.synthphi.core.pixel.TextMask;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PixelRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pixel checks of one instance, frame by frame so that one decoded frame of source and output is held at a
 * time.
 *
 * <ul>
 *   <li>{@code pixels_hidden}: for every listed frame and every glyph of the line, the contrast of the glyph's
 *       mask against the one-pixel ring around it, divided by the frame's intensity range, is compared with the
 *       same measure in the source. A glyph whose output keeps more than {@link #READABLE} of its contrast, or
 *       more than {@link #INKED} of whose ink pixels still stand out by half that contrast (a mask that stopped
 *       short), is still readable and fails the line. Ratios make the check
 *       indifferent to intensity rescaling and robust to lossy re-encoding; judging each glyph catches a mask
 *       that stops a few pixels short. Pixels that cannot be decoded, a changed image size or a missing frame
 *       fail with that reason. A black or flat fill or a mosaic passes; a box filled with strong random
 *       noise can leave ink pixels that stand out by chance and then fails, closed rather than open.</li>
 *   <li>{@code pixels_retained} of a clinical label: every glyph keeps at least {@link #READABLE} of its
 *       contrast on every listed frame.</li>
 *   <li>{@code pixels_retained} of the image: outside every planted region (cells plus a margin of
 *       {@value PlantedRegions#MARGIN} pixels) the decoded samples equal the source's; when the output's transfer
 *       syntax is lossy, the mean absolute difference may reach {@link #LOSSY_TOLERANCE} of the range.</li>
 * </ul>
 */
final class PixelChecks {

    /** The share of its source contrast above which a glyph counts as readable. */
    static final double READABLE = 0.5;
    /** The share of a glyph's ink pixels still standing out above which the glyph counts as readable. */
    static final double INKED = 0.15;
    /** The mean absolute difference, as a share of the intensity range, allowed after lossy re-encoding. */
    static final double LOSSY_TOLERANCE = 0.03;

    private PixelChecks() {
    }

    /** The verdicts on the pixel entries of one instance. */
    static List<CheckResult> check(List<AnswerKeyEntry> entries, List<Expectation> expectations, PixelData source,
                                   Optional<PixelData> output, String outputProblem, String file,
                                   List<Box> planted) {
        List<CheckResult> out = new ArrayList<>();
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!expectations.get(i).applies()) {
                out.add(new CheckResult(entries.get(i), file, true, 1, "-", expectations.get(i).words(),
                        "not required under the profile"));
            } else {
                out.add(null);
                active.add(i);
            }
        }
        if (active.isEmpty()) {
            return out;
        }
        String problem = problem(source, output, outputProblem);
        if (!problem.isEmpty()) {
            for (int i : active) {
                out.set(i, new CheckResult(entries.get(i), file, false, 0, "<pixels>", expectations.get(i).words(),
                        problem));
            }
            return out;
        }
        PixelData after = output.orElseThrow();
        Tally[] tallies = new Tally[entries.size()];
        for (int i : active) {
            tallies[i] = new Tally(entries.get(i));
        }
        int frames = source.frameCount();
        for (int f = 0; f < frames; f++) {
            Frame a;
            Frame b;
            try {
                a = source.frame(f);
                b = after.frame(f);
            } catch (PixelDecodingException e) {
                for (int i : active) {
                    tallies[i].fail("frame " + f + " cannot be decoded: " + e.getMessage());
                }
                continue;
            }
            double rangeA = range(a, planted);
            double rangeB = range(b, planted);
            for (int i : active) {
                AnswerKeyEntry e = entries.get(i);
                if (e.region().isEmpty()) {
                    tallies[i].compare(a, b, planted, rangeA, after.transferSyntax().lossy());
                } else if (e.region().get().frames().contains(f)) {
                    tallies[i].glyphs(f, a, b, rangeA, rangeB);
                }
            }
        }
        for (int i : active) {
            out.set(i, tallies[i].result(file, expectations.get(i)));
        }
        return out;
    }

    private static String problem(PixelData source, Optional<PixelData> output, String outputProblem) {
        if (output.isEmpty()) {
            return outputProblem.isEmpty() ? "the output has no pixel data" : outputProblem;
        }
        PixelData b = output.get();
        if (b.undecodableReason().isPresent()) {
            return "the output's pixels cannot be decoded: " + b.undecodableReason().get();
        }
        if (b.module().rows() != source.module().rows() || b.module().columns() != source.module().columns()) {
            return String.format(Locale.ROOT, "the image size changed from %dx%d to %dx%d; synth does not search a "
                    + "resized or cropped image for the planted text", source.module().columns(),
                    source.module().rows(), b.module().columns(), b.module().rows());
        }
        if (b.frameCount() < source.frameCount()) {
            return "the output has " + b.frameCount() + " frames of the source's " + source.frameCount();
        }
        return "";
    }

    /** The intensity of a pixel: the sample, or the mean of the samples of a color pixel. */
    static double intensity(Frame f, int x, int y) {
        if (f.samplesPerPixel() == 1) {
            return f.sample(x, y, 0);
        }
        double sum = 0;
        for (int s = 0; s < f.samplesPerPixel(); s++) {
            sum += f.sample(x, y, s);
        }
        return sum / f.samplesPerPixel();
    }

    /** Max minus min intensity outside the planted regions, on a sparse grid; at least 1. */
    private static double range(Frame f, List<Box> planted) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int step = Math.max(1, Math.min(f.rows(), f.columns()) / 128);
        for (int y = 0; y < f.rows(); y += step) {
            for (int x = 0; x < f.columns(); x += step) {
                if (inside(planted, x, y)) {
                    continue;
                }
                double v = intensity(f, x, y);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max > min ? max - min : 1;
    }

    static boolean inside(List<Box> boxes, int x, int y) {
        for (Box b : boxes) {
            if (b.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** The verdict of one entry, accumulated over frames. */
    private static final class Tally {
        private final AnswerKeyEntry entry;
        private final TextMask mask;
        private final PixelMask ring;
        private int judged;
        private int readable;
        private long compared;
        private long differing;
        private double absDiff;
        private double worstRatio = -1;
        private final List<String> notes = new ArrayList<>();

        Tally(AnswerKeyEntry entry) {
            this.entry = entry;
            this.mask = entry.region().map(PlantedRegions::mask).orElse(null);
            this.ring = mask == null ? null : mask.dilate(1);
        }

        void fail(String why) {
            notes.add(why);
            judged++;
            readable += entry.action() == Action.PIXELS_HIDDEN ? 1 : 0;
        }

        void glyphs(int frame, Frame a, Frame b, double rangeA, double rangeB) {
            PixelRegion r = entry.region().orElseThrow();
            List<String> seen = new ArrayList<>();
            for (GlyphBox g : mask.glyphBoxes()) {
                double[] before = contrast(a, g.box(), r);
                double[] after = contrast(b, g.box(), r);
                double sourceContrast = Math.abs(before[0] - before[1]) / rangeA;
                double ratio = sourceContrast <= 0 ? 0 : Math.abs(after[0] - after[1]) / rangeB / sourceContrast;
                double inked = sourceContrast <= 0 ? 0 : inkedShare(b, g.box(), r, after[1], sourceContrast * rangeB);
                worstRatio = Math.max(worstRatio, ratio);
                judged++;
                if (ratio > READABLE || inked > INKED) {
                    readable++;
                    if (seen.size() < 8) {
                        seen.add(new String(Character.toChars(g.codePoint())));
                    }
                }
            }
            if (!seen.isEmpty() && notes.size() < 5) {
                notes.add("frame " + frame + ": " + String.join("", seen));
            }
        }

        /**
         * The share of a glyph's ink pixels that still stand out from the ring around the glyph by at least half
         * the glyph's source contrast: a mask that stops a pixel short leaves such a column or row of ink.
         */
        private double inkedShare(Frame f, Box glyph, PixelRegion r, double ringMean, double sourceContrast) {
            int ink = 0;
            int standing = 0;
            for (int y = glyph.y(); y < glyph.bottom(); y++) {
                for (int x = glyph.x(); x < glyph.right(); x++) {
                    int ix = r.originX() + x;
                    int iy = r.originY() + y;
                    if (!mask.ink(x, y) || ix >= f.columns() || iy >= f.rows()) {
                        continue;
                    }
                    ink++;
                    if (Math.abs(intensity(f, ix, iy) - ringMean) >= READABLE * sourceContrast) {
                        standing++;
                    }
                }
            }
            return ink == 0 ? 0 : (double) standing / ink;
        }

        /** The means of the glyph's mask pixels and of the ring around them, the glyph box in mask coordinates. */
        private double[] contrast(Frame f, Box glyph, PixelRegion r) {
            double inSum = 0;
            int inCount = 0;
            double outSum = 0;
            int outCount = 0;
            for (int y = glyph.y() - 1; y <= glyph.bottom(); y++) {
                for (int x = glyph.x() - 1; x <= glyph.right(); x++) {
                    int ix = r.originX() + x;
                    int iy = r.originY() + y;
                    if (ix < 0 || iy < 0 || ix >= f.columns() || iy >= f.rows()) {
                        continue;
                    }
                    if (mask.ink(x, y)) {
                        inSum += intensity(f, ix, iy);
                        inCount++;
                    } else if (ring.ink(x, y)) {
                        outSum += intensity(f, ix, iy);
                        outCount++;
                    }
                }
            }
            if (inCount == 0 || outCount == 0) {
                return new double[] {0, 0};
            }
            return new double[] {inSum / inCount, outSum / outCount};
        }

        void compare(Frame a, Frame b, List<Box> planted, double range, boolean lossy) {
            for (int y = 0; y < a.rows(); y++) {
                for (int x = 0; x < a.columns(); x++) {
                    if (inside(planted, x, y)) {
                        continue;
                    }
                    double d = Math.abs(intensity(a, x, y) - intensity(b, x, y));
                    compared++;
                    if (d != 0) {
                        differing++;
                        absDiff += d / range;
                    }
                }
            }
            if (!lossy) {
                return;
            }
            notes.add("lossy");
        }

        CheckResult result(String file, Expectation x) {
            if (mask == null) {
                boolean lossy = notes.contains("lossy");
                double mean = compared == 0 ? 0 : absDiff / compared;
                boolean ok = lossy ? mean <= LOSSY_TOLERANCE : differing == 0;
                double score = compared == 0 ? 0 : 1 - (double) differing / compared;
                String found = String.format(Locale.ROOT, "%d of %d pixels differ (mean difference %.4f of the range)",
                        differing, compared, mean);
                return new CheckResult(entry, file, ok && compared > 0, ok ? 1 : Math.max(0, score), found, x.words(),
                        ok ? "unchanged" + (lossy ? " within the lossy tolerance" : "")
                                : lossy ? "changed beyond the lossy tolerance" : "changed outside planted regions");
            }
            boolean hidden = entry.action() == Action.PIXELS_HIDDEN;
            int good = hidden ? judged - readable : readable;
            boolean ok = judged > 0 && good == judged;
            String found = String.format(Locale.ROOT, "%d of %d glyph-frames readable (highest contrast kept %.2f)",
                    readable, judged, Math.max(worstRatio, 0));
            String reason = ok ? (hidden ? "no glyph readable in any frame" : "every glyph readable")
                    : hidden ? "still readable: " + String.join("; ", notes)
                    : "the label is no longer readable";
            return new CheckResult(entry, file, ok, judged == 0 ? 0 : (double) good / judged, found, x.words(),
                    reason);
        }
    }
}
