package io.github.synthphi.core.dicom;

import io.github.synthphi.core.dicom.internal.FrameSplitter;
import io.github.synthphi.core.dicom.internal.JpegBaseline;
import io.github.synthphi.core.dicom.internal.NativeSamples;
import io.github.synthphi.core.dicom.internal.Rle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Access to the frames of a data set's Pixel Data: native (8, 16 or 32 bits, signed or unsigned, any
 * photometric interpretation, color-by-pixel or by plane), RLE Lossless and JPEG Baseline. Any other
 * encoding keeps its fragments and says why its pixels cannot be decoded; nothing is guessed.
 *
 * <pre>{@code
 * PixelData px = PixelData.of(file);
 * if (px.undecodableReason().isEmpty()) {
 *     Frame first = px.frame(0);
 * }
 * }</pre>
 */
public final class PixelData {

    /** The most samples one decoded frame may have: the size of the largest Java array. */
    private static final long MAX_SAMPLES = Integer.MAX_VALUE - 8L;

    private final ImagePixelModule module;
    private final TransferSyntax transferSyntax;
    private final Element pixels;
    private final List<Value.Bytes> encapsulatedFrames;
    private final String undecodable;

    private PixelData(ImagePixelModule module, TransferSyntax ts, Element pixels, List<Value.Bytes> frames,
                      String undecodable) {
        this.module = module;
        this.transferSyntax = ts;
        this.pixels = pixels;
        this.encapsulatedFrames = frames;
        this.undecodable = undecodable;
    }

    /** The pixel data of a file read by {@link DicomReader}. */
    public static PixelData of(DicomFile file) throws PixelDecodingException {
        return of(file.dataset(), file.transferSyntax());
    }

    /**
     * The pixel data of a data set encoded in {@code ts}.
     *
     * @throws PixelDecodingException when there is no Pixel Data element or the Image Pixel module is invalid
     */
    public static PixelData of(Dataset dataset, TransferSyntax ts) throws PixelDecodingException {
        Objects.requireNonNull(ts, "ts");
        Element pixels = dataset.get(Tags.PixelData).orElseThrow(
                () -> new PixelDecodingException("the data set has no Pixel Data (7FE0,0010)"));
        ImagePixelModule module;
        try {
            module = ImagePixelModule.of(dataset);
        } catch (RuntimeException e) {
            throw new PixelDecodingException("invalid Image Pixel module: " + e.getMessage(), e);
        }
        String reason = null;
        List<Value.Bytes> frames = List.of();
        if ((long) module.rows() * module.columns() * module.samplesPerPixel() > MAX_SAMPLES) {
            reason = "a frame of " + module.columns() + "x" + module.rows() + " with " + module.samplesPerPixel()
                    + " sample(s) per pixel has more samples than a Java array holds";
        } else if (pixels.value() instanceof Value.Fragments fragments) {
            try {
                frames = FrameSplitter.split(fragments, module.frames(), dataset, ts);
            } catch (IllegalArgumentException e) {
                reason = e.getMessage();
            }
            if (reason == null) {
                reason = encapsulatedProblem(module, ts);
            }
        } else if (pixels.value() instanceof Value.Bytes b) {
            if (ts.encapsulated()) {
                reason = ts + " requires encapsulated pixel data, but they are native";
            } else if (module.bitsAllocated() == 1) {
                reason = "1-bit pixel data are not decoded";
            } else if (module.frames() > b.length() / module.frameLength()) { // frames * frameLength may overflow
                java.math.BigInteger needed = java.math.BigInteger.valueOf(module.frames())
                        .multiply(java.math.BigInteger.valueOf(module.frameLength())); // a long may overflow
                reason = "Pixel Data have " + b.length() + " bytes, fewer than the " + needed + " ("
                        + module.frames() + " frame(s) of " + module.frameLength() + " bytes) that " + module + " need";
            }
        } else {
            reason = "Pixel Data hold neither bytes nor fragments";
        }
        return new PixelData(module, ts, pixels, frames, reason);
    }

    private static String encapsulatedProblem(ImagePixelModule m, TransferSyntax ts) {
        if (ts.equals(TransferSyntax.RLE_LOSSLESS)) {
            return m.bitsAllocated() % 8 == 0 ? null : "RLE with " + m.bitsAllocated() + " bits allocated is not decoded";
        }
        if (ts.equals(TransferSyntax.JPEG_BASELINE)) {
            if (m.bitsAllocated() != 8 || (m.samplesPerPixel() != 1 && m.samplesPerPixel() != 3)) {
                return "JPEG Baseline needs 8-bit data with 1 or 3 samples, not " + m;
            }
            return null;
        }
        return "pixels encoded in " + ts + " cannot be decoded by synth (it decodes native, RLE Lossless and "
                + "JPEG Baseline); the fragments are kept";
    }

    /** The Image Pixel module. */
    public ImagePixelModule module() {
        return module;
    }

    /** The transfer syntax of the pixel data. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /** The number of frames. */
    public int frameCount() {
        return module.frames();
    }

    /** Why the frames cannot be decoded, or empty when {@link #frame} will decode them. */
    public Optional<String> undecodableReason() {
        return Optional.ofNullable(undecodable);
    }

    /** The encoded bytes of each frame of encapsulated pixel data; empty for native data or when unsplittable. */
    public List<Value.Bytes> encapsulatedFrames() {
        return encapsulatedFrames;
    }

    /**
     * Decodes frame {@code index}.
     *
     * @throws PixelDecodingException with the reason when the frame cannot be decoded
     */
    public Frame frame(int index) throws PixelDecodingException {
        Objects.checkIndex(index, module.frames());
        if (undecodable != null) {
            throw new PixelDecodingException(undecodable);
        }
        if (pixels.value() instanceof Value.Bytes b) {
            return NativeSamples.frame(b.array(), b.offset() + (int) (index * module.frameLength()), module, index,
                    module.planarConfiguration() == 1, module.photometricInterpretation());
        }
        Value.Bytes encoded = encapsulatedFrames.get(index);
        if (transferSyntax.equals(TransferSyntax.RLE_LOSSLESS)) {
            byte[] decoded;
            try {
                decoded = Rle.decodeFrame(encoded.array(), encoded.offset(), encoded.length(), module.rows(),
                        module.columns(), module.samplesPerPixel(), module.bitsAllocated() / 8);
            } catch (IllegalArgumentException e) {
                throw new PixelDecodingException("frame " + index + ": " + e.getMessage(), e);
            }
            return NativeSamples.frame(decoded, 0, module, index, false, module.photometricInterpretation());
        }
        return JpegBaseline.decode(encoded, module, index);
    }
}
