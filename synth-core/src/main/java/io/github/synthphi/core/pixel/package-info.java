/**
 * Pixels of synthetic images: procedural phantoms per modality, synth's own bitmap fonts, text rendered into
 * exact masks, the ultrasound pipeline's safety checks, and burned-in banners applied to every frame.
 *
 * <p>Phantoms ({@link io.github.synthphi.core.pixel.UltrasoundPhantom}, {@link io.github.synthphi.core.pixel.CtPhantom},
 * {@link io.github.synthphi.core.pixel.MrPhantom}, {@link io.github.synthphi.core.pixel.ProjectionPhantom},
 * {@link io.github.synthphi.core.pixel.ScannedFormPhantom}) are pure functions of seed, frame index and size. A
 * banner is laid out, checked, rendered once and burned into the frames; each burned line is one answer-key
 * entry whose glyph mask can be recomputed from text, font, scale and origin.
 *
 * <pre>{@code
 * Phantom us = new UltrasoundPhantom();
 * List<FrameBuffer> cine = us.frames(seed, 32, 480, 640);
 * Box area = us.bannerArea(480, 640);
 * List<PlacedText> phi = new BannerLayout(BitmapFont.large(), 1, 6)
 *         .stack(List.of("ROBINSON, BRANDY S.", "MRN 4651775"), area.x() + 5, area.y() + 5);
 * BurnVerdict verdict = BurnSafety.check(cine, BannerLayout.bounds(phi), phi, us.brightnessLimit());
 * if (verdict.safe()) {
 *     List<BurnedLine> burned = Banner.render(640, 480, List.of(
 *             BannerLine.phi(phi.get(0), "PatientName", us.ink(Contrast.HIGH)),
 *             BannerLine.phi(phi.get(1), "PatientID", us.ink(Contrast.HIGH)))).burn(cine);
 *     byte[] pixelData = FrameBuffer.pixelData(cine);
 * } else {
 *     String reason = verdict.reason().orElseThrow();   // quarantine the instance; nothing was burned
 * }
 *
 * TextMask line = TextMask.render("MÜLLER^HANS  19720304", BitmapFont.small(), 2);
 * new TextBurner(columns, rows).burnGray8(frame, line.mask(), 8, 8, 255);
 * Box inkBox = line.inkBoxAt(8, 8).orElseThrow();   // the exact box of the ink, recorded in the answer key
 * }</pre>
 */
package io.github.synthphi.core.pixel;
