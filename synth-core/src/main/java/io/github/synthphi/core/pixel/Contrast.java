package io.github.synthphi.core.pixel;

/**
 * How strongly burned text stands out from the background around it.
 *
 * <pre>{@code
 * Ink white = phantom.ink(Contrast.HIGH);   // 255 on the near-black ultrasound banner
 * Ink faint = phantom.ink(Contrast.LOW);    // 30 levels (of 255) from that background
 * }</pre>
 */
public enum Contrast {
    /** As machines burn annotations: the brightest value on a dark background, the darkest on a light one. */
    HIGH,
    /**
     * Thirty levels of an 8-bit scale (scaled to the stored range) away from the nominal background: still
     * readable, and a test of tools that find text by thresholding.
     */
    LOW
}
