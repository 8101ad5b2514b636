package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.phi.PlantingCatalogue;
import io.github.synthphi.core.midi.MidiInstance;
import io.github.synthphi.core.pixel.Banner;
import io.github.synthphi.core.pixel.BannerLayout;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.BurnSafety;
import io.github.synthphi.core.pixel.BurnVerdict;
import io.github.synthphi.core.pixel.BurnedLine;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.study.iod.IodTemplate;
import io.github.synthphi.core.study.iod.TechnicalParameters;
import io.github.synthphi.core.study.iod.UltrasoundRegion;
import io.github.synthphi.core.study.source.LoadedSource;
import io.github.synthphi.core.study.source.SourceItem;
import io.github.synthphi.core.study.source.SourceLoader;
import io.github.synthphi.core.study.source.SourceReadException;
import io.github.synthphi.core.study.source.UnusableSourceException;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generates one instance from a source item instead of a phantom: the source's pixels, the banner burned into
 * them (after the same safety check as a phantom's), the template of the spec's modality with a DICOM source's
 * technical attributes over it, then planting as usual.
 *
 * <p>The template keeps what must describe the written pixels or say what the file is: the Image Pixel
 * attributes, Number of Frames, Burned In Annotation, Lossy Image Compression (01 when the source was lossy),
 * Image Type (DERIVED), Manufacturer (synthetic data), the UIDs and the smallest and largest pixel values (the
 * banner changes them). A source's Sequence of Ultrasound Regions is kept unless a region overlaps the banner;
 * images get one region from the row below the banner to the bottom, across the whole width.
 */
final class SourceInstanceWriter {

    private static final Set<Tag> TEMPLATE_OWNED = templateOwned();

    private final StudySpec spec;
    private final Path folder;
    private final String runId;
    private final SourceLoader loader;

    SourceInstanceWriter(StudySpec spec, Path folder, String runId, Path sources) {
        this.spec = spec;
        this.folder = folder;
        this.runId = runId;
        this.loader = new SourceLoader(sources, spec.modality(), Phantoms.format(spec, Phantoms.of(spec.modality())));
    }

    InstanceResult write(InstancePlan plan, Identities ids, SourceItem item) throws IOException {
        try {
            return write(plan, ids, loader.load(item));
        } catch (UnusableSourceException e) {
            return refused(plan, item, ManifestEntry.Status.QUARANTINED, e.reason());
        } catch (SourceReadException e) {
            return refused(plan, item, ManifestEntry.Status.FAILED, "load_error: " + e.getMessage());
        }
    }

    private InstanceResult write(InstancePlan plan, Identities ids, LoadedSource source)
            throws IOException, UnusableSourceException {
        List<FrameBuffer> frames = source.frames();
        int rows = source.rows();
        int columns = source.columns();
        SourceCanvas canvas = new SourceCanvas(source);
        Optional<BannerPlan> banner = spec.burnIn() ? Optional.of(BannerPlan.of(spec, rows, columns, frames.size(),
                ids, canvas, source.format(), List.of())) : Optional.empty();
        TechnicalParameters parameters = parameters(plan, ids, source, banner);
        List<BurnedLine> burned = banner.isPresent() ? burn(frames, banner.get(), canvas) : List.of();
        Dataset ds = IodTemplate.of(spec.modality()).dataset(parameters);
        source.attributes().ifPresent(a -> keep(ds, a, banner.map(BannerPlan::bannerRegion)));
        if (!spec.specificCharacterSet().isEmpty()) {
            ds.setString(Tags.SpecificCharacterSet, Vr.CS, spec.specificCharacterSet().toArray(new String[0]));
        }
        ds.setBytes(Tags.PixelData, InstanceWriter.pixelDataVr(spec, source.format().bitsAllocated()),
                FrameBuffer.pixelData(frames));
        List<AnswerKeyEntry> entries = new ArrayList<>(PlantingCatalogue.plant(ds,
                InstanceWriter.context(spec, plan, ids), banner.map(BannerPlan::phiLines).orElse(List.of())));
        String relPath = plan.relativePath();
        String sourceId = source.item().id();
        PixelTruth truth = PixelTruth.of(burned, ds, plan.uids().sopInstance(), sourceId, relPath, rows, columns,
                spec.seed(), runId);
        entries.addAll(truth.entries());
        Path file = folder.resolve(relPath);
        Files.createDirectories(file.getParent());
        new DicomWriter(WriteOptions.of(spec.transferSyntax())).write(file, ds);
        return new InstanceResult(Optional.of(relPath), entries, truth.overlays(), new ManifestEntry(
                plan.instanceKey(), sourceId, ManifestEntry.Status.PROCESSED, "", relPath, 1), Files.size(file),
                Optional.of(MidiInstance.of(ds)));
    }

    /** Burns the banner into the frames after the pipeline's safety checks; nothing is burned when one fails. */
    private static List<BurnedLine> burn(List<FrameBuffer> frames, BannerPlan plan, SourceCanvas canvas)
            throws UnusableSourceException {
        BurnVerdict verdict = BurnSafety.check(frames, plan.bannerRegion(), plan.placed(), canvas.brightnessLimit());
        if (!verdict.safe()) {
            throw new UnusableSourceException(verdict.reason().orElse("unsafe"));
        }
        Banner rendered;
        try {
            rendered = Banner.render(frames.get(0).columns(), frames.get(0).rows(), plan.lines());
        } catch (IllegalArgumentException e) {
            throw new UnusableSourceException("banner_does_not_fit: " + e.getMessage());
        }
        return rendered.burn(frames);
    }

    private static InstanceResult refused(InstancePlan plan, SourceItem item, ManifestEntry.Status status,
                                          String reason) {
        return new InstanceResult(Optional.empty(), List.of(), List.of(), new ManifestEntry(plan.instanceKey(),
                item.id(), status, reason, "", 0), 0);
    }

    /** The template's parameters for the source's pixels; a source the IOD cannot describe is refused. */
    private TechnicalParameters parameters(InstancePlan plan, Identities ids, LoadedSource source,
                                           Optional<BannerPlan> banner) throws UnusableSourceException {
        PixelFormat f = source.format();
        Optional<Dataset> kept = source.attributes();
        TechnicalParameters.Builder b = TechnicalParameters.builder(spec.modality(), plan.uids(), plan.times(ids))
                .size(source.columns(), source.rows())
                .frames(source.frames().size())
                .bits(f.bitsAllocated(), f.bitsStored())
                .photometricInterpretation(f.photometricInterpretation())
                .pixelRepresentation(f.pixelRepresentation())
                .numbers(plan.series() + 1, plan.instance() + 1)
                .burnedInAnnotation(banner.isPresent() || says(kept, Tags.BurnedInAnnotation, "YES"))
                .lossyCompressed(says(kept, Tags.LossyImageCompression, "01"));
        kept.flatMap(a -> optionalDouble(a, Tags.FrameTime)).filter(t -> t > 0).ifPresent(b::frameTimeMillis);
        if (spec.modality().code().equals("US")) {
            // the rows below the banner, across the whole width: where an arbitrary image may hold data
            int top = Math.min(banner.map(p -> p.bannerRegion().bottom()).orElse(0), source.rows() - 1);
            b.ultrasoundRegion(new UltrasoundRegion(0, Math.max(0, top), source.columns() - 1, source.rows() - 1));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UnusableSourceException("source does not fit the " + IodTemplate.of(spec.modality()).iodId()
                    + " IOD: " + e.getMessage());
        }
    }

    /** Sets the source's kept attributes over the template's, except those the template owns. */
    private static void keep(Dataset ds, Dataset kept, Optional<Box> banner) {
        for (Element e : kept.elements()) {
            if (TEMPLATE_OWNED.contains(e.tag())) {
                continue;
            }
            if (e.tag().equals(Tags.SequenceOfUltrasoundRegions) && banner.isPresent()
                    && overlaps(kept.getItems(Tags.SequenceOfUltrasoundRegions), banner.get())) {
                continue;
            }
            ds.set(e);
        }
    }

    /** True when a region overlaps {@code banner}, or a region's location cannot be read. */
    private static boolean overlaps(List<Dataset> regions, Box banner) {
        for (Dataset r : regions) {
            try {
                int x0 = r.getInt(Tags.RegionLocationMinX0).orElse(-1);
                int y0 = r.getInt(Tags.RegionLocationMinY0).orElse(-1);
                int x1 = r.getInt(Tags.RegionLocationMaxX1).orElse(-1);
                int y1 = r.getInt(Tags.RegionLocationMaxY1).orElse(-1);
                if (x0 < 0 || y0 < 0 || x1 < x0 || y1 < y0
                        || BannerLayout.intersect(new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1), banner)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true; // a malformed location: synth's region replaces the sequence
            }
        }
        return false;
    }

    private static boolean says(Optional<Dataset> kept, Tag tag, String value) {
        return kept.flatMap(a -> a.getString(tag)).map(value::equals).orElse(false);
    }

    private static Optional<Double> optionalDouble(Dataset ds, Tag tag) {
        try {
            return ds.getDouble(tag).isPresent() ? Optional.of(ds.getDouble(tag).getAsDouble()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<Tag> templateOwned() {
        Set<Tag> owned = new HashSet<>(List.of(Tags.SOPClassUID, Tags.SamplesPerPixel, Tags.PhotometricInterpretation,
                Tags.Rows, Tags.Columns, Tags.BitsAllocated, Tags.BitsStored, Tags.HighBit, Tags.PixelRepresentation,
                Tags.PlanarConfiguration, Tags.NumberOfFrames, Tags.FrameIncrementPointer, Tags.BurnedInAnnotation,
                Tags.LossyImageCompression, Tags.ImageType, Tags.Manufacturer, Tags.SmallestImagePixelValue,
                Tags.LargestImagePixelValue));
        for (String keyword : List.of("SmallestPixelValueInSeries", "LargestPixelValueInSeries")) {
            Dictionary.standard().tagOf(keyword).ifPresent(owned::add);
        }
        return Set.copyOf(owned);
    }
}
