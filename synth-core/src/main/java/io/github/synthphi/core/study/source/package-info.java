/**
 * Bring your own images: sources that replace the phantoms of a study, as MIDI planted into copies of TCIA data
 * and the ultrasound pipeline into OpenPOCUS frames.
 *
 * <pre>{@code
 * StudySpec spec = StudySpec.builder(Modality.US_CINE).sources(Path.of("src/test/resources/pocus")).build();
 * StudyFixture study = new StudyGenerator().generate(spec, Path.of("target/pocus"));
 * }</pre>
 *
 * <h2>Items</h2>
 * {@link io.github.synthphi.core.study.source.SourceFolder#scan SourceFolder.scan} lists the folder in UTF-8
 * path order, ignoring {@code __MACOSX} and {@code ._*}. Each DICOM file is one item; each PNG or JPEG image is
 * one item, except for a multi-frame modality ({@code US_CINE}), where the images of one folder are the frames
 * of one cine item, in natural name order ({@code frame_2} before {@code frame_10}). Any other file is
 * quarantined as {@code not an image or DICOM file}.
 *
 * <h2>Items to patients, studies, series and instances</h2>
 * Items, sorted by id, fill the spec's instance slots in order, instance fastest: item {@code k} is instance
 * {@code k % I} of series {@code (k / I) % S} of study {@code (k / (I * S)) % T} of patient
 * {@code k / (I * S * T)}. Unless the spec sets instances per series, building it sets
 * {@code I = ceil(items / (patients * T * S))}: by default, all items are the instances of one series of one
 * study of one patient. An item that cannot be used still takes its slot (its instance number is not reused).
 * Slots after the last item stay empty; items without a slot are quarantined ({@code no_slot: ...}).
 *
 * <h2>Pixels</h2>
 * <ul>
 *   <li>A DICOM source must have the SOP Class of the spec's modality and decode (native, RLE Lossless, JPEG
 *       Baseline) to MONOCHROME2 with 8 or 16 bits or to 8-bit RGB. Its pixels, size, frames, bits and its
 *       technical attributes (Rescale, Window, Pixel Spacing, acquisition attributes, ultrasound regions) are
 *       kept; every identifying attribute is removed first (private groups, group 0010, the PS3.15 E.1-1
 *       attributes, the IOD's identity attributes, names, dates, ages, UIDs), then synth's UIDs are given and
 *       PHI planted as usual.</li>
 *   <li>An image is turned by its EXIF orientation (1 to 8, JPEG APP1 or PNG eXIf) and converted to the spec's
 *       format: RGB8 for ultrasound, grey of the spec's bits otherwise; colour becomes grey by Pillow's luma
 *       and values are scaled linearly onto the stored range.</li>
 *   <li>The banner is burned into a copy of the frames at the top left, first line at (5, 5), after the same
 *       safety checks as a phantom's: the background's mean, shown on the source's display range (its window
 *       for a DICOM source), must be at most 30 of 255. Ultrasound instances get a Sequence of Ultrasound
 *       Regions of the rows below the banner (a DICOM source's own regions are kept unless one overlaps the
 *       banner). Every pixel outside the banner's glyphs is the source's.</li>
 * </ul>
 *
 * <h2>Quarantine reasons</h2>
 * As {@code run_manifest.csv} gives them: {@code not an image or DICOM file}; {@code unreadable DICOM: <parser
 * message>}; {@code not a CT source: its SOP Class UID is ...}; {@code pixels cannot be decoded: <why>};
 * {@code unsupported pixel format: ...}; {@code EXIF orientation 9 is not valid}; {@code malformed EXIF:
 * <what>}; {@code inconsistent frame shapes in folder <folder>: [<shapes>]}; {@code <frame file>: <reason>} for
 * one frame of a cine; {@code file of N bytes is larger than the limit of M}; {@code source does not fit the
 * <IOD> IOD: ...}; the burn checks' {@code burn_region_exceeds_image (...)}, {@code burn_region_too_bright
 * (mean=NN.N)}, {@code rendered PHI overflows image: ...}, {@code banner_does_not_fit: ...}; and
 * {@code no_slot: ...}. A file that cannot be read at all is {@code failed} with {@code load_error: ...}.
 *
 * <h2>Determinism</h2>
 * The same spec and the same source bytes give byte-identical fixtures. The spec's canonical form names the
 * folder, not its content: {@link io.github.synthphi.core.study.StudySpec#cacheKey()} adds
 * {@link io.github.synthphi.core.study.source.SourceFolder#fingerprint SourceFolder.fingerprint}, the SHA-256 of
 * the sources.
 */
package io.github.synthphi.core.study.source;
