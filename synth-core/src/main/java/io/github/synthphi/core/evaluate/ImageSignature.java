package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.pixel.Box;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What pairs an output file with its source instance when UIDs and names have changed: a SHA-256 of the
 * decoded pixels outside every planted region (unchanged by header edits and by cleaning the banner), a key of
 * retained attributes, and a small thumbnail for the nearest match when pixels were re-encoded lossily.
 *
 * @param pixelHash the hash of the decoded samples outside the excluded boxes; empty when not decodable
 * @param attributes SeriesNumber, InstanceNumber, ImageType, Rows, Columns and frame count
 * @param thumbnail frame 0 averaged over an 8x8 grid outside the excluded boxes, normalised to zero mean and unit
 *     variance; empty when not decodable
 * @param rows rows, 0 when absent
 * @param columns columns, 0 when absent
 */
record ImageSignature(Optional<String> pixelHash, String attributes, Optional<double[]> thumbnail, int rows,
                      int columns) {

    private static final int GRID = 8;

    static ImageSignature of(DicomFile file, List<Box> excluded) {
        Dataset ds = file.dataset();
        int rows = safeInt(ds, Tags.Rows);
        int columns = safeInt(ds, Tags.Columns);
        String attributes = String.format(Locale.ROOT, "series=%s;instance=%s;type=%s;size=%dx%d;frames=%s",
                text(ds, Tags.SeriesNumber), text(ds, Tags.InstanceNumber), text(ds, Tags.ImageType), columns, rows,
                text(ds, Tags.NumberOfFrames).isEmpty() ? "1" : text(ds, Tags.NumberOfFrames));
        try {
            PixelData px = PixelData.of(file);
            if (px.undecodableReason().isPresent()) {
                return new ImageSignature(Optional.empty(), attributes, Optional.empty(), rows, columns);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            double[] thumb = null;
            boolean[] skip = null;
            for (int f = 0; f < px.frameCount(); f++) {
                Frame frame = px.frame(f);
                int spp = frame.samplesPerPixel();
                int w = frame.columns();
                if (skip == null) {
                    skip = excludedPixels(excluded, frame.rows(), w);
                }
                int[] samples = frame.samples();
                double[] sums = new double[GRID * GRID];
                int[] counts = new int[GRID * GRID];
                byte[] row = new byte[w * spp * 4];
                for (int y = 0; y < frame.rows(); y++) {
                    int n = 0;
                    int cellRow = (y * GRID / frame.rows()) * GRID;
                    for (int x = 0; x < w; x++) {
                        int p = y * w + x;
                        if (skip[p]) {
                            continue;
                        }
                        for (int s = 0; s < spp; s++) {
                            int v = samples[p * spp + s];
                            row[n++] = (byte) v;
                            row[n++] = (byte) (v >>> 8);
                            row[n++] = (byte) (v >>> 16);
                            row[n++] = (byte) (v >>> 24);
                        }
                        if (f == 0) {
                            int cell = cellRow + x * GRID / w;
                            sums[cell] += samples[p * spp];
                            counts[cell]++;
                        }
                    }
                    sha.update(row, 0, n);
                }
                if (f == 0) {
                    thumb = normalise(sums, counts);
                }
            }
            return new ImageSignature(Optional.of(HexFormat.of().formatHex(sha.digest())), attributes,
                    Optional.ofNullable(thumb), rows, columns);
        } catch (PixelDecodingException | RuntimeException e) {
            return new ImageSignature(Optional.empty(), attributes, Optional.empty(), rows, columns);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Which pixels of a rows x columns image lie in any of the boxes, row by row. */
    static boolean[] excludedPixels(List<Box> boxes, int rows, int columns) {
        boolean[] out = new boolean[rows * columns];
        for (Box b : boxes) {
            for (int y = Math.max(0, b.y()); y < Math.min(rows, b.bottom()); y++) {
                for (int x = Math.max(0, b.x()); x < Math.min(columns, b.right()); x++) {
                    out[y * columns + x] = true;
                }
            }
        }
        return out;
    }

    private static double[] normalise(double[] sums, int[] counts) {
        double[] means = new double[sums.length];
        double total = 0;
        int used = 0;
        for (int i = 0; i < sums.length; i++) {
            means[i] = counts[i] == 0 ? 0 : sums[i] / counts[i];
            total += means[i];
            used++;
        }
        double mean = total / used;
        double var = 0;
        for (double m : means) {
            var += (m - mean) * (m - mean);
        }
        double sd = Math.sqrt(var / used);
        for (int i = 0; i < means.length; i++) {
            means[i] = sd == 0 ? 0 : (means[i] - mean) / sd;
        }
        return means;
    }

    /** The mean squared difference of two thumbnails: 0 for the same picture, about 2 for unrelated ones. */
    double distance(ImageSignature other) {
        if (thumbnail.isEmpty() || other.thumbnail.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double[] a = thumbnail.get();
        double[] b = other.thumbnail.get();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum / a.length;
    }

    private static int safeInt(Dataset ds, io.github.synthphi.core.dicom.Tag tag) {
        try {
            return ds.getInt(tag).orElse(0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String text(Dataset ds, io.github.synthphi.core.dicom.Tag tag) {
        return String.join("\\", ds.getStrings(tag));
    }
}
