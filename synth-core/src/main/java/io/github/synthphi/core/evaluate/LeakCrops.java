package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.PixelMask;
import io.github.synthphi.core.pixel.TextMask;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.PixelRegion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds, for every burned line that failed its check (text still readable, or a label that was lost), the frame
 * where it fails worst and cuts the line's cell box plus a margin from source and output, for
 * {@link CropImage} to draw.
 *
 * <p>The evaluation does not record the frame, so it is found again: on every frame the line is on, the
 * contrast between the glyphs' ink and the one-pixel ring around it is measured in the output and divided by
 * the source's; the frame with the highest ratio (lowest for a lost label) is shown, the first on ties. Each
 * frame of an instance is decoded once for all its lines.
 */
final class LeakCrops {

    /** Pixels around the line's cells that the crop shows too. */
    static final int MARGIN = 8;

    /**
     * A failed burned-line check with its crops.
     *
     * @param check the failed check
     * @param region the burned line
     * @param frame the frame shown
     * @param before the crop of the source; empty when the source's pixels could not be decoded
     * @param after the crop of the output; empty when the output's pixels cannot be compared
     * @param note why a crop is missing; empty when both are there
     */
    record Leak(CheckResult check, PixelRegion region, int frame, Optional<Crop> before, Optional<Crop> after,
                String note) {
    }

    /**
     * Samples cut from a frame.
     *
     * @param box the cut in image coordinates
     * @param samplesPerPixel samples per pixel
     * @param photometric the frame's photometric interpretation
     * @param samples the samples, row by row, samples of a pixel together
     */
    record Crop(Box box, int samplesPerPixel, String photometric, int[] samples) {
        static Crop of(Frame f, Box box) {
            int spp = f.samplesPerPixel();
            int[] out = new int[box.width() * box.height() * spp];
            int i = 0;
            for (int y = box.y(); y < box.bottom(); y++) {
                for (int x = box.x(); x < box.right(); x++) {
                    for (int s = 0; s < spp; s++) {
                        out[i++] = f.sample(x, y, s);
                    }
                }
            }
            return new Crop(box, spp, f.photometricInterpretation(), out);
        }
    }

    private final DicomReader reader = new DicomReader();

    /** The failed burned-line checks of {@code evaluation} with their crops, by output file, then key order. */
    static List<Leak> of(Evaluation evaluation, DeidOutput output) {
        Map<String, InstanceMatch> bySop = new HashMap<>();
        evaluation.matches().forEach(m -> bySop.put(m.sopInstanceUid(), m));
        Map<String, List<CheckResult>> byFile = new LinkedHashMap<>();
        for (CheckResult r : evaluation.checks()) {
            if (failedLine(r) && !r.file().isEmpty()) {
                byFile.computeIfAbsent(r.file() + "\n" + r.entry().sopInstanceUid(), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> keys = new ArrayList<>(byFile.keySet());
        keys.sort(null);
        LeakCrops crops = new LeakCrops();
        List<Leak> out = new ArrayList<>();
        for (String k : keys) {
            List<CheckResult> lines = byFile.get(k);
            InstanceMatch m = bySop.get(lines.get(0).entry().sopInstanceUid());
            out.addAll(crops.instance(lines, m == null ? Optional.empty()
                    : Optional.of(output.source().directory().resolve(m.sourceFile())),
                    Reports.outputFile(output, lines.get(0).file())));
        }
        return out;
    }

    /** True for a failed pixels_hidden check, or a failed pixels_retained check of a burned label. */
    static boolean failedLine(CheckResult r) {
        Action a = r.entry().action();
        return !r.passed() && r.entry().region().isPresent()
                && (a == Action.PIXELS_HIDDEN || a == Action.PIXELS_RETAINED);
    }

    private List<Leak> instance(List<CheckResult> lines, Optional<Path> sourceFile, Path outputFile) {
        PixelData source;
        try {
            source = PixelData.of(reader.read(sourceFile.orElseThrow(() -> new IOException("no source file"))));
        } catch (IOException | RuntimeException e) {
            return noCrops(lines, "the source pixels cannot be read: " + e.getMessage());
        }
        Optional<PixelData> after = Optional.empty();
        String afterNote;
        try {
            PixelData o = PixelData.of(reader.read(outputFile));
            afterNote = o.undecodableReason().map(r -> "the output's pixels cannot be decoded: " + r).orElse(
                    o.module().rows() != source.module().rows() || o.module().columns() != source.module().columns()
                            ? "the output's image size differs from the source's" : "");
            after = afterNote.isEmpty() ? Optional.of(o) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            afterNote = "the output's pixels cannot be read: " + e.getMessage();
        }
        Best[] best = new Best[lines.size()];
        TreeSet<Integer> frames = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            best[i] = new Best(lines.get(i));
            frames.addAll(best[i].frames);
        }
        for (int f : frames) {
            if (f >= source.frameCount()) {
                continue;
            }
            Frame a;
            Optional<Frame> b;
            try {
                a = source.frame(f);
            } catch (PixelDecodingException e) {
                continue;
            }
            b = frame(after, f);
            for (Best line : best) {
                if (line.frames.contains(f)) {
                    line.offer(f, a, b);
                }
            }
        }
        List<Leak> out = new ArrayList<>();
        for (Best line : best) {
            String note = line.before == null ? "no frame of the source could be decoded"
                    : line.after == null ? (afterNote.isEmpty() ? "the frame is missing from the output" : afterNote)
                    : "";
            out.add(new Leak(line.check, line.region, line.before == null ? line.frames.first() : line.frame,
                    Optional.ofNullable(line.before), Optional.ofNullable(line.after), note));
        }
        return out;
    }

    private static Optional<Frame> frame(Optional<PixelData> pixels, int f) {
        if (pixels.isEmpty() || f >= pixels.get().frameCount()) {
            return Optional.empty();
        }
        try {
            return Optional.of(pixels.get().frame(f));
        } catch (PixelDecodingException e) {
            return Optional.empty();
        }
    }

    private static List<Leak> noCrops(List<CheckResult> lines, String note) {
        List<Leak> out = new ArrayList<>();
        for (CheckResult r : lines) {
            PixelRegion g = r.entry().region().orElseThrow();
            out.add(new Leak(r, g, g.frames().isEmpty() ? 0 : g.frames().get(0), Optional.empty(), Optional.empty(),
                    note));
        }
        return out;
    }

    /** The worst frame of one line so far, with its crops. */
    private static final class Best {
        final CheckResult check;
        final PixelRegion region;
        final TreeSet<Integer> frames;
        final TextMask mask;
        final PixelMask ring;
        final boolean hidden;
        int frame = -1;
        double measure = Double.NEGATIVE_INFINITY;
        Crop before;
        Crop after;

        Best(CheckResult check) {
            this.check = check;
            this.region = check.entry().region().orElseThrow();
            this.frames = new TreeSet<>(region.frames().isEmpty() ? List.of(0) : region.frames());
            this.mask = PlantedRegions.mask(region);
            this.ring = mask.dilate(1);
            this.hidden = check.entry().action() == Action.PIXELS_HIDDEN;
        }

        void offer(int f, Frame a, Optional<Frame> b) {
            double ratio = 0;
            if (b.isPresent()) {
                double source = contrast(a);
                ratio = source == 0 ? 0 : contrast(b.get()) / source;
            }
            double m = hidden ? ratio : -ratio;
            boolean better;
            if (before == null) {
                better = true;
            } else if ((after != null) != b.isPresent()) {
                better = b.isPresent(); // a frame with the output's crop shows what leaked
            } else {
                better = m > measure;
            }
            if (better) {
                Box cut = clip(PlantedRegions.cellBox(region).grow(MARGIN), a.columns(), a.rows());
                if (cut.isEmpty()) {
                    return;
                }
                frame = f;
                measure = m;
                before = Crop.of(a, cut);
                after = b.map(x -> Crop.of(x, cut)).orElse(null);
            }
        }

        /** |mean of ink - mean of the ring around it|, in image samples. */
        private double contrast(Frame f) {
            double[] sums = new double[4];
            ring.forEachInk((x, y) -> {
                int ix = region.originX() + x;
                int iy = region.originY() + y;
                if (ix < 0 || iy < 0 || ix >= f.columns() || iy >= f.rows()) {
                    return;
                }
                int k = mask.ink(x, y) ? 0 : 2;
                sums[k] += intensity(f, ix, iy);
                sums[k + 1]++;
            });
            if (sums[1] == 0 || sums[3] == 0) {
                return 0;
            }
            return Math.abs(sums[0] / sums[1] - sums[2] / sums[3]);
        }
    }

    /** The sample, or the mean of a color pixel's samples. */
    private static double intensity(Frame f, int x, int y) {
        double sum = 0;
        for (int s = 0; s < f.samplesPerPixel(); s++) {
            sum += f.sample(x, y, s);
        }
        return sum / f.samplesPerPixel();
    }

    /** {@code box} cut to the image. */
    static Box clip(Box box, int columns, int rows) {
        int x = Math.max(0, box.x());
        int y = Math.max(0, box.y());
        int right = Math.min(columns, box.right());
        int bottom = Math.min(rows, box.bottom());
        return new Box(x, y, Math.max(0, right - x), Math.max(0, bottom - y));
    }
}
