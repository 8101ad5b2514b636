package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.PersonName;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plants descriptions and comments that mix PHI with clinical words. Each becomes two entries: the clinical
 * part as {@code text_retained} (Clean Descriptors keeps it) and the PHI part as {@code text_removed}. Dates
 * inside free text are written as people write them (MM/DD/YYYY), not as DICOM DA, so a scan that only knows
 * DICOM's format misses them.
 */
final class FreeTextPlanter {

    private static final PlantingLocation LOCATION = PlantingLocation.FREE_TEXT;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private FreeTextPlanter() {
    }

    static void plant(Dataset ds, PlantContext ctx, Plantings out) {
        Identities ids = ctx.identities();
        ClinicalText clinical = ClinicalText.of(ctx.modality());
        String patient = spoken(ids.patient().name());
        String referring = ids.careTeam().referring().name().alphabetic().family();
        String mrn = ids.patient().mrn();
        String birth = ids.patient().birthDate().format(US_DATE);

        mixed(ds, TagPath.of(Tags.StudyDescription), Vr.LO, clinical.study(), patient, SafeHarbor.NAMES, out);
        keepOnly(ds, TagPath.of(Tags.SeriesDescription), Vr.LO, clinical.series(), out);
        mixed(ds, TagPath.of(Tags.ProtocolName), Vr.LO, clinical.protocol(), "DR " + referring, SafeHarbor.NAMES, out);
        mixed(ds, TagPath.of(Tags.ImageComments), Vr.LT, clinical.comment(), "MRN " + mrn,
                SafeHarbor.MEDICAL_RECORD_NUMBERS, out);
        mixed(ds, TagPath.of(Tags.AdditionalPatientHistory), Vr.LT, clinical.history(), "born " + birth,
                SafeHarbor.DATES, out);
        mixed(ds, TagPath.of(Tags.PatientComments), Vr.LT, "Prefers morning appointments",
                "phone " + ids.patient().phone(), SafeHarbor.TELEPHONE_NUMBERS, out);
        mixed(ds, TagPath.of(Tags.AdmittingDiagnosesDescription), Vr.LO, clinical.reason(), patient, SafeHarbor.NAMES,
                out);
        List<Dataset> request = ds.getItems(Tags.RequestAttributesSequence);
        if (!request.isEmpty()) {
            TagPath item = TagPath.of(Tags.RequestAttributesSequence);
            mixed(request.get(0), item.item(0, Tags.RequestedProcedureDescription), Vr.LO, clinical.procedure(),
                    "for " + patient, SafeHarbor.NAMES, out);
            mixed(request.get(0), item.item(0, Tags.ReasonForTheRequestedProcedure), Vr.LO, clinical.reason(),
                    "per DR " + referring, SafeHarbor.NAMES, out);
        }
        String occupation = ids.patient().occupation();
        ds.setString(Tags.Occupation, Vr.SH, occupation);
        out.phi(TagPath.of(Tags.Occupation), Vr.SH, occupation, Action.TEXT_REMOVED, occupation, Optional.empty(),
                LOCATION, "");
    }

    /** A name as a person writes it: given then family, in the first group that has characters. */
    static String spoken(PersonName name) {
        var group = name.ideographic().orElse(name.alphabetic());
        return (group.given() + " " + group.family()).strip();
    }

    private static void mixed(Dataset target, TagPath path, Vr vr, String clinical, String phi, SafeHarbor category,
                              Plantings out) {
        String value = clinical + ", " + phi;
        Tag tag = path.leafTag().orElseThrow();
        target.setString(tag, vr, value);
        out.keep(path, vr, value, Action.TEXT_RETAINED, clinical, Plantings.CATEGORY_DESCRIPTOR, LOCATION.label());
        out.phi(path, vr, value, Action.TEXT_REMOVED, phi, Optional.of(category), LOCATION, "");
    }

    private static void keepOnly(Dataset target, TagPath path, Vr vr, String clinical, Plantings out) {
        target.setString(path.leafTag().orElseThrow(), vr, clinical);
        out.keep(path, vr, clinical, Action.TEXT_RETAINED, clinical, Plantings.CATEGORY_DESCRIPTOR, LOCATION.label());
    }
}
