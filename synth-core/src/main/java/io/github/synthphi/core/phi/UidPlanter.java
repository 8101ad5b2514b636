package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records every UID of the instance as {@code uid_changed} and {@code uid_consistent}, plants the optional
 * UIDs (instance creator, acquisition, irradiation event, device) and the references to other instances:
 * images of the same series, the patient's prior study and the performed procedure step.
 */
final class UidPlanter {

    /** Detached Study Management SOP Class, the class PS3.3 gives Referenced Study Sequence items. */
    static final String STUDY_REFERENCE_CLASS = "1.2.840.10008.3.1.2.3.1";
    /** Modality Performed Procedure Step SOP Class. */
    static final String MPPS_CLASS = "1.2.840.10008.3.1.2.3.3";

    private UidPlanter() {
    }

    static void plant(Dataset ds, PlantContext ctx, Plantings out) {
        for (Tag tag : List.of(Tags.StudyInstanceUID, Tags.SeriesInstanceUID, Tags.SOPInstanceUID,
                Tags.FrameOfReferenceUID)) {
            ds.getString(tag).ifPresent(uid -> record(TagPath.of(tag), uid, out));
        }
        if (!ctx.plants(PlantingLocation.UIDS)) {
            return;
        }
        long seed = ctx.seed();
        set(ds, Tags.InstanceCreatorUID, studyScoped(ctx, "creator"), out);
        set(ds, Tags.AcquisitionUID, Uids.generate(seed, "acquisition/" + ctx.uids().sopInstance()), out);
        set(ds, Tags.DeviceUID, studyScoped(ctx, "device"), out);
        if (ctx.phiAttributes().stream().anyMatch(a -> a.tag().equals(Tags.IrradiationEventUID))
                && !ctx.modality().code().equals("US") && !ctx.modality().code().equals("MR")
                && !ctx.modality().code().equals("OT")) {
            set(ds, Tags.IrradiationEventUID, Uids.generate(seed, "irradiation/" + ctx.uids().sopInstance()), out);
        }
        List<Dataset> images = new ArrayList<>();
        for (PlantContext.Reference r : ctx.references()) {
            images.add(reference(r.sopClassUid(), r.sopInstanceUid()));
        }
        if (!images.isEmpty()) {
            ds.setItems(Tags.ReferencedImageSequence, images);
            recordItems(Tags.ReferencedImageSequence, images, out);
            List<Dataset> sources = List.of(reference(images.get(0)));
            ds.setItems(Tags.SourceImageSequence, sources);
            recordItems(Tags.SourceImageSequence, sources, out);
        }
        if (ctx.priorStudyUid().isPresent()) {
            List<Dataset> studies = List.of(reference(STUDY_REFERENCE_CLASS, ctx.priorStudyUid().get()));
            ds.setItems(Tags.ReferencedStudySequence, studies);
            recordItems(Tags.ReferencedStudySequence, studies, out);
        }
        List<Dataset> steps = List.of(reference(MPPS_CLASS, studyScoped(ctx, "mpps")));
        ds.setItems(Tags.ReferencedPerformedProcedureStepSequence, steps);
        recordItems(Tags.ReferencedPerformedProcedureStepSequence, steps, out);
    }

    /**
     * The UID of something every instance of the study shares (its creator, device, performed procedure step):
     * derived from the Study Instance UID, not from the instance's planting seed, so that it is the same in
     * every instance of the study and differs under another seed.
     */
    private static String studyScoped(PlantContext ctx, String what) {
        return Uids.generate(0L, ctx.uids().study() + "/" + what);
    }

    private static Dataset reference(String sopClass, String sopInstance) {
        return new Dataset().setString(Tags.ReferencedSOPClassUID, Vr.UI, sopClass)
                .setString(Tags.ReferencedSOPInstanceUID, Vr.UI, sopInstance);
    }

    private static Dataset reference(Dataset item) {
        return reference(item.getString(Tags.ReferencedSOPClassUID).orElseThrow(),
                item.getString(Tags.ReferencedSOPInstanceUID).orElseThrow());
    }

    private static void recordItems(Tag sequence, List<Dataset> items, Plantings out) {
        for (int i = 0; i < items.size(); i++) {
            String uid = items.get(i).getString(Tags.ReferencedSOPInstanceUID).orElseThrow();
            record(TagPath.of(sequence).item(i, Tags.ReferencedSOPInstanceUID), uid, out);
        }
    }

    private static void set(Dataset ds, Tag tag, String uid, Plantings out) {
        ds.setString(tag, Vr.UI, uid);
        record(TagPath.of(tag), uid, out);
    }

    static void record(TagPath path, String uid, Plantings out) {
        out.phi(path, Vr.UI, uid, Action.UID_CHANGED, uid, Optional.of(SafeHarbor.OTHER_UNIQUE_IDENTIFIERS),
                PlantingLocation.UIDS, "");
        out.phi(path, Vr.UI, uid, Action.UID_CONSISTENT, uid, Optional.of(SafeHarbor.OTHER_UNIQUE_IDENTIFIERS),
                PlantingLocation.UIDS, "");
    }
}
