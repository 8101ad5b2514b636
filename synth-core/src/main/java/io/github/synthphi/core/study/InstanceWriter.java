package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.Seeds;
import io.github.synthphi.core.phi.PlantContext;
import io.github.synthphi.core.phi.PlantingCatalogue;
import io.github.synthphi.core.midi.MidiInstance;
import io.github.synthphi.core.pixel.BrightnessLimit;
import io.github.synthphi.core.pixel.BurnSafety;
import io.github.synthphi.core.pixel.BurnVerdict;
import io.github.synthphi.core.pixel.BurnedLine;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.Phantom;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.pixel.UltrasoundPhantom;
import io.github.synthphi.core.study.iod.IodTemplate;
import io.github.synthphi.core.study.iod.TechnicalParameters;
import io.github.synthphi.core.study.iod.UltrasoundRegion;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.PhiOverlay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Generates one instance: pixels, banner, header, planting, file. */
final class InstanceWriter {

    /** The generator and its version, as written in {@code phi_overlays.csv}. */
    static final String PIPELINE_VERSION = "synth 0.1.0";

    private final StudySpec spec;
    private final Path folder;
    private final String runId;
    private final InstanceFileWriter fileWriter;

    InstanceWriter(StudySpec spec, Path folder, String runId, InstanceFileWriter fileWriter) {
        this.spec = spec;
        this.folder = folder;
        this.runId = runId;
        this.fileWriter = fileWriter;
    }

    InstanceResult write(InstancePlan plan, SeriesContext series) throws IOException {
        String relPath = plan.relativePath();
        String itemId = plan.instanceKey();
        String sourceId = series.ids().patient().pseudonymousKey();
        Phantom phantom = series.phantom();
        List<FrameBuffer> frames = Phantoms.convert(frames(plan, phantom), series.format());
        List<BurnedLine> burned = List.of();
        if (series.plan().isPresent()) {
            BannerPlan bp = series.plan().get();
            BurnVerdict verdict = BurnSafety.check(frames, bp.bannerRegion(), bp.placed(), limit(phantom, series.format()));
            String reason = !verdict.safe() ? verdict.reason().orElse("unsafe") : series.bannerProblem();
            if (!reason.isEmpty()) {
                // nothing is partly burned: the instance is not written at all
                return new InstanceResult(Optional.empty(), List.of(), List.of(), new ManifestEntry(itemId, sourceId,
                        ManifestEntry.Status.QUARANTINED, reason, "", 0), 0);
            }
            burned = series.banner().orElseThrow().burn(frames);
        }
        Dataset ds = IodTemplate.of(spec.modality()).dataset(parameters(plan, series, phantom));
        if (!spec.specificCharacterSet().isEmpty()) {
            ds.setString(Tags.SpecificCharacterSet, Vr.CS, spec.specificCharacterSet().toArray(new String[0]));
        }
        ds.setBytes(Tags.PixelData, pixelDataVr(spec, series.format().bitsAllocated()), FrameBuffer.pixelData(frames));
        List<AnswerKeyEntry> entries = new ArrayList<>(PlantingCatalogue.plant(ds,
                context(spec, plan, series.ids()), series.plan().map(BannerPlan::phiLines).orElse(List.of())));
        PixelTruth truth = PixelTruth.of(burned, ds, plan.uids().sopInstance(), sourceId, relPath, spec.rows(),
                spec.columns(), spec.seed(), runId);
        entries.addAll(truth.entries());
        List<PhiOverlay> overlays = truth.overlays();
        Path file = folder.resolve(relPath);
        Files.createDirectories(file.getParent());
        fileWriter.write(file, ds, spec.transferSyntax());
        long size = Files.size(file);
        return new InstanceResult(Optional.of(relPath), entries, overlays, new ManifestEntry(itemId, sourceId,
                ManifestEntry.Status.PROCESSED, "", relPath, 1), size, Optional.of(MidiInstance.of(ds)));
    }

    private List<FrameBuffer> frames(InstancePlan plan, Phantom phantom) {
        long seriesSeed = Seeds.caseSeed(spec.seed(), plan.seriesKey() + "/pixels");
        if (spec.modality().isMultiFrame()) {
            long seed = Seeds.caseSeed(spec.seed(), plan.instanceKey() + "/pixels");
            return phantom.frames(seed, spec.frames(), spec.rows(), spec.columns());
        }
        // single-frame instances of a series are neighbouring slices of one phantom
        return List.of(phantom.frame(seriesSeed, plan.instance(), spec.rows(), spec.columns()));
    }

    private static BrightnessLimit limit(Phantom phantom, PixelFormat format) {
        BrightnessLimit limit = phantom.brightnessLimit();
        if (phantom.format().equals(format)) {
            return limit;
        }
        int mapped = Phantoms.convert((int) Math.round(limit.value()), phantom.format(), format);
        return limit.atMost() ? BrightnessLimit.atMost(mapped) : BrightnessLimit.atLeast(mapped);
    }

    private TechnicalParameters parameters(InstancePlan plan, SeriesContext series, Phantom phantom) {
        PixelFormat f = series.format();
        TechnicalParameters.Builder b = TechnicalParameters.builder(spec.modality(), plan.uids(),
                        plan.times(series.ids()))
                .size(spec.columns(), spec.rows())
                .frames(spec.frames())
                .bits(f.bitsAllocated(), f.bitsStored())
                .photometricInterpretation(f.photometricInterpretation())
                .pixelRepresentation(f.pixelRepresentation())
                .numbers(plan.series() + 1, plan.instance() + 1)
                .burnedInAnnotation(series.plan().isPresent());
        if (phantom instanceof UltrasoundPhantom us) {
            b.ultrasoundRegion(UltrasoundRegion.of(us.sector(spec.rows(), spec.columns()).dataRegion()));
        }
        return b.build();
    }

    /** What planting needs to know about the instance of {@code plan} of the patient and study {@code ids}. */
    static PlantContext context(StudySpec spec, InstancePlan plan, Identities ids) {
        List<PlantContext.Reference> refs = new ArrayList<>();
        plan.referencedInstance().ifPresent(i -> refs.add(new PlantContext.Reference(spec.modality().sopClassUid(),
                plan.sopInstanceUid(i))));
        return new PlantContext(spec.modality(), ids, plan.series(), plan.instance(), plan.uids(),
                plan.times(ids), spec.modality().sopClassUid(), refs, plan.priorStudyUid(),
                IodTemplate.of(spec.modality()).phiAttributes(), spec.locations(),
                Seeds.caseSeed(spec.seed(), plan.instanceKey() + "/planting"));
    }

    /**
     * The VR of Pixel Data as the file will hold it: OB when encapsulated (the writer encodes the frames) or 8-bit,
     * else OW; the answer key's Pixel Data entry takes it from the data set, so it must match the file.
     */
    static Vr pixelDataVr(StudySpec spec, int bitsAllocated) {
        return spec.transferSyntax().encapsulated() || bitsAllocated == 8 ? Vr.OB : Vr.OW;
    }
}
