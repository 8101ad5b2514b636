package io.github.synthphi.core.dicom.internal;

import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.ImagePixelModule;

/** Turns native little-endian pixel bytes into sample values. */
public final class NativeSamples {

    private NativeSamples() {
    }

    /**
     * Decodes one frame starting at {@code offset}; the caller has checked that the bytes are there.
     *
     * @param planar whether the bytes are color-by-plane
     */
    public static Frame frame(byte[] src, int offset, ImagePixelModule m, int index, boolean planar,
                              String photometric) {
        int spp = m.samplesPerPixel();
        int pixels = m.rows() * m.columns();
        int[] out = new int[pixels * spp];
        int bytes = m.bitsAllocated() / 8;
        int shift = m.highBit() + 1 - m.bitsStored();
        int storedMask = m.bitsStored() == 32 ? -1 : (1 << m.bitsStored()) - 1;
        int signBit = 1 << (m.bitsStored() - 1);
        boolean signed = m.signed();
        boolean plain = shift == 0 && m.bitsStored() == m.bitsAllocated();
        for (int i = 0; i < out.length; i++) {
            // i counts samples in output order (by pixel); the source order differs for planar data
            int source = planar ? (i % spp) * pixels + i / spp : i;
            int p = offset + source * bytes;
            int raw = switch (bytes) {
                case 1 -> src[p] & 0xFF;
                case 2 -> (src[p] & 0xFF) | (src[p + 1] & 0xFF) << 8;
                default -> (src[p] & 0xFF) | (src[p + 1] & 0xFF) << 8 | (src[p + 2] & 0xFF) << 16 | src[p + 3] << 24;
            };
            int v = plain ? raw : (raw >>> shift) & storedMask;
            if (signed && m.bitsStored() < 32 && (v & signBit) != 0) {
                v |= ~storedMask;
            }
            out[i] = v;
        }
        return new Frame(index, m.rows(), m.columns(), spp, photometric, out);
    }
}
