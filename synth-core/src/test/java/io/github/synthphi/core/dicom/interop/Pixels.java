package io.github.synthphi.core.dicom.interop;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Decoded frames, compared as samples, by digest or by the error of a lossy codec. */
final class Pixels {

    private Pixels() {
    }

    /** Every frame, decoded; fails the test with synth's reason when they cannot be decoded. */
    static List<Frame> frames(PixelData px) throws PixelDecodingException {
        List<Frame> out = new ArrayList<>();
        for (int f = 0; f < px.frameCount(); f++) {
            out.add(px.frame(f));
        }
        return out;
    }

    /**
     * The samples of the first Icon Image Sequence item. An icon may be native inside an encapsulated file
     * (PS3.3 C.7.6.1.1.6), and PixelData decodes native data only in a native transfer syntax.
     */
    static int[] iconSamples(DicomFile file) throws PixelDecodingException {
        Dataset icon = file.dataset().getItems(InteropDatasets.ICON_IMAGE_SEQUENCE).get(0);
        boolean fragments = icon.get(Tags.PixelData).orElseThrow().value() instanceof Value.Fragments;
        TransferSyntax ts = fragments ? file.transferSyntax() : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        return samples(frames(PixelData.of(icon, ts)));
    }

    /** All samples of all frames in order, as pydicom's pixel_array flattens them. */
    static int[] samples(List<Frame> frames) {
        int n = frames.stream().mapToInt(f -> f.samples().length).sum();
        int[] out = new int[n];
        int at = 0;
        for (Frame f : frames) {
            System.arraycopy(f.samples(), 0, out, at, f.samples().length);
            at += f.samples().length;
        }
        return out;
    }

    /** SHA-256 of the samples as little-endian 64-bit integers, as {@code pydicom_dump.py} computes it. */
    static String sha256(int[] samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int s : samples) {
            b.putLong(s);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The mean absolute difference of two equally long sample arrays. */
    static double meanAbsoluteError(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " samples against " + b.length);
        }
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return (double) sum / a.length;
    }

    /** The largest absolute difference of two equally long sample arrays. */
    static int maxAbsoluteError(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " samples against " + b.length);
        }
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
