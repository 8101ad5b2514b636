/**
 * Pixels of synthetic images: synth's own bitmap fonts, text rendered into exact masks, and burning those
 * masks into frames.
 *
 * <pre>{@code
 * TextMask line = TextMask.render("MÜLLER^HANS  19720304", BitmapFont.small(), 2);
 * new TextBurner(columns, rows).burnGray8(frame, line.mask(), 8, 8, 255);
 * Box inkBox = line.inkBoxAt(8, 8).orElseThrow();   // the exact box of the ink, recorded in the answer key
 * }</pre>
 */
package io.github.synthphi.core.pixel;
