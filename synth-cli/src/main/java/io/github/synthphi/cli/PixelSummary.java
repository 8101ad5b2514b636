package io.github.synthphi.cli;

import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.ImagePixelModule;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tags;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The pixels of a dumped file: layout, whether they decode (and why not), and the SHA-256 of every decoded frame
 * in order, each sample as {@code bitsAllocated / 8} little-endian bytes (one byte for 1 or 8 bits), samples
 * of a pixel together: what numpy's {@code pixel_array.astype('<u2').tobytes()} hashes to for 16-bit unsigned
 * data, so the figure can be checked with other tools.
 *
 * @param module the Image Pixel module, empty when it is invalid
 * @param transferSyntax the transfer syntax name
 * @param decodable whether every frame decodes
 * @param reason why not, else empty
 * @param sha256 the hash of the decoded frames, empty when they do not decode
 */
record PixelSummary(Optional<ImagePixelModule> module, String transferSyntax, boolean decodable, String reason,
                    String sha256) {

    /** The summary, or empty when the file has no Pixel Data. */
    static Optional<PixelSummary> of(DicomFile file) {
        if (!file.dataset().contains(Tags.PixelData)) {
            return Optional.empty();
        }
        String ts = file.transferSyntax().name();
        PixelData pixels;
        try {
            pixels = PixelData.of(file);
        } catch (PixelDecodingException e) {
            return Optional.of(new PixelSummary(Optional.empty(), ts, false, e.getMessage(), ""));
        }
        Optional<ImagePixelModule> module = Optional.of(pixels.module());
        if (pixels.undecodableReason().isPresent()) {
            return Optional.of(new PixelSummary(module, ts, false, pixels.undecodableReason().get(), ""));
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        int bytesPerSample = Math.max(1, pixels.module().bitsAllocated() / 8);
        for (int i = 0; i < pixels.frameCount(); i++) {
            Frame frame;
            try {
                frame = pixels.frame(i);
            } catch (PixelDecodingException | RuntimeException e) {
                return Optional.of(new PixelSummary(module, ts, false, "frame " + (i + 1) + ": " + e.getMessage(),
                        ""));
            }
            int[] samples = frame.samples();
            byte[] bytes = new byte[samples.length * bytesPerSample];
            for (int s = 0, at = 0; s < samples.length; s++) {
                for (int k = 0; k < bytesPerSample; k++) {
                    bytes[at++] = (byte) (samples[s] >>> (8 * k));
                }
            }
            sha.update(bytes);
        }
        return Optional.of(new PixelSummary(module, ts, true, "", HexFormat.of().formatHex(sha.digest())));
    }
}
