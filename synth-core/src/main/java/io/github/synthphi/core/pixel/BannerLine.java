package io.github.synthphi.core.pixel;

import java.util.Objects;

/**
 * One line of a {@link Banner}: the placed text, whether it is PHI or a clinical label, the attribute it
 * mirrors, its ink and the frames it appears on.
 *
 * <pre>{@code
 * BannerLine name = BannerLine.phi(placed, "PatientName", phantom.ink(Contrast.HIGH));
 * BannerLine faintDate = BannerLine.phi(placedDate, "StudyDate", phantom.ink(Contrast.LOW))
 *         .withFrames(FrameSelection.range(0, 8));             // text on some frames only
 * BannerLine mode = BannerLine.label(placedMode, Ink.rgb(255, 220, 120));
 * }</pre>
 *
 * @param text the rendered line and its origin; it must have ink
 * @param kind PHI (the answer key expects it hidden) or a label (expected kept)
 * @param mirrors the keyword of the attribute whose value the line shows, such as {@code PatientName}; empty
 *     when it mirrors none
 * @param ink the sample values of its pixels
 * @param frames the frames it is burned into
 */
public record BannerLine(PlacedText text, Kind kind, String mirrors, Ink ink, FrameSelection frames) {

    /** What the answer key expects of a burned line. */
    public enum Kind {
        /** Identifying text: a de-identifier must hide it (MIDI {@code pixels_hidden}). */
        PHI,
        /** A clinical label such as {@code B-MODE} or {@code LEFT}: it must stay (MIDI {@code pixels_retained}). */
        LABEL
    }

    public BannerLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mirrors, "mirrors");
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(frames, "frames");
        if (text.inkBox().isEmpty()) {
            throw new IllegalArgumentException("the line \"" + text.text().text() + "\" has no ink; a burned line "
                    + "needs at least one visible character");
        }
    }

    /** A PHI line on every frame that mirrors the attribute with keyword {@code mirrors}. */
    public static BannerLine phi(PlacedText text, String mirrors, Ink ink) {
        return new BannerLine(text, Kind.PHI, mirrors, ink, FrameSelection.all());
    }

    /** A clinical label on every frame. */
    public static BannerLine label(PlacedText text, Ink ink) {
        return new BannerLine(text, Kind.LABEL, "", ink, FrameSelection.all());
    }

    /** The same line on other frames. */
    public BannerLine withFrames(FrameSelection frames) {
        return new BannerLine(text, kind, mirrors, ink, frames);
    }

    /** The same line in another ink. */
    public BannerLine withInk(Ink ink) {
        return new BannerLine(text, kind, mirrors, ink, frames);
    }
}
