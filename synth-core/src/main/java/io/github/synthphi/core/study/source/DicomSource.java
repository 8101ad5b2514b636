package io.github.synthphi.core.study.source;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomParseException;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.ImagePixelModule;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.study.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a DICOM source: its SOP Class must be the spec's modality's, its frames must decode (native, RLE
 * Lossless or JPEG Baseline) into a format synth burns into, and its header is cleaned by {@link HeaderCleaner}.
 * A lossy transfer syntax sets Lossy Image Compression 01 in the kept attributes, since the pixels are written
 * again uncompressed.
 */
final class DicomSource {

    private static final String UNDECODABLE = "pixels cannot be decoded: ";

    private DicomSource() {
    }

    /**
     * The frames and technical attributes of a DICOM file's bytes.
     *
     * @param name the file's relative path, which error messages name (never a path of this machine)
     */
    static LoadedSource load(SourceItem item, byte[] bytes, String name, Modality modality)
            throws UnusableSourceException {
        DicomFile file;
        try {
            file = new DicomReader().read(bytes, name);
        } catch (DicomParseException e) {
            throw new UnusableSourceException("unreadable DICOM: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new UnusableSourceException("unreadable DICOM: " + name + ": " + e);
        }
        Dataset ds = file.dataset();
        String sopClass = ds.getString(Tags.SOPClassUID).orElse("");
        if (!sopClass.equals(modality.sopClassUid())) {
            throw new UnusableSourceException("not a " + modality + " source: its SOP Class UID is "
                    + (sopClass.isEmpty() ? "missing" : describe(sopClass)) + ", the spec's modality needs "
                    + describe(modality.sopClassUid()));
        }
        List<FrameBuffer> frames = new ArrayList<>();
        PixelFormat format;
        try {
            PixelData pixels = PixelData.of(file);
            Optional<String> undecodable = pixels.undecodableReason();
            if (undecodable.isPresent()) {
                throw new UnusableSourceException(UNDECODABLE + undecodable.get());
            }
            format = format(pixels.module());
            for (int i = 0; i < pixels.frameCount(); i++) {
                frames.add(buffer(pixels.frame(i), format));
            }
        } catch (PixelDecodingException e) {
            throw new UnusableSourceException(UNDECODABLE + e.getMessage());
        }
        Dataset attributes = HeaderCleaner.clean(ds, modality);
        if (file.transferSyntax().lossy()) {
            attributes.setString(Tags.LossyImageCompression, Vr.CS, "01");
        }
        return new LoadedSource(item, frames, Optional.of(attributes), DisplayRange.of(ds, format));
    }

    private static String describe(String uid) {
        return uid + Uids.name(uid).map(n -> " (" + n + ")").orElse("");
    }

    /**
     * The format of the decoded frames: RGB with 8 bits (JPEG Baseline colour decodes to RGB), or MONOCHROME2
     * with 8 bits (written with 8 stored) or 16.
     */
    private static PixelFormat format(ImagePixelModule m) throws UnusableSourceException {
        String pi = m.photometricInterpretation();
        if (m.samplesPerPixel() == 3 && m.bitsAllocated() == 8 && m.pixelRepresentation() == 0
                && (pi.equals("RGB") || pi.startsWith("YBR") && m.bitsStored() == 8)) {
            return PixelFormat.RGB8; // YBR is accepted only where the decoder turns it into RGB (checked per frame)
        }
        if (m.samplesPerPixel() == 1 && pi.equals("MONOCHROME2")) {
            if (m.bitsAllocated() == 8 && m.pixelRepresentation() == 0) {
                return PixelFormat.GRAY8;
            }
            if (m.bitsAllocated() == 16) {
                return PixelFormat.gray16(m.bitsStored(), m.signed());
            }
        }
        throw new UnusableSourceException("unsupported pixel format: " + m + (m.signed() ? ", signed" : "")
                + "; sources need MONOCHROME2 with 8 (unsigned) or 16 bits allocated, or RGB with 8");
    }

    private static FrameBuffer buffer(Frame f, PixelFormat format) throws UnusableSourceException {
        if (f.samplesPerPixel() == 3 && !f.photometricInterpretation().equals("RGB")) {
            throw new UnusableSourceException("unsupported pixel format: frame " + f.index() + " is "
                    + f.photometricInterpretation() + "; colour sources need RGB (or YBR in JPEG Baseline)");
        }
        FrameBuffer out = FrameBuffer.blank(format, f.rows(), f.columns());
        int spp = f.samplesPerPixel();
        for (int y = 0; y < f.rows(); y++) {
            for (int x = 0; x < f.columns(); x++) {
                for (int s = 0; s < spp; s++) {
                    out.setSample(x, y, s, f.sample(x, y, s));
                }
            }
        }
        return out;
    }
}
