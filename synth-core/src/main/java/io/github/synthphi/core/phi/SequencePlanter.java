package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.OtherId;
import io.github.synthphi.core.identity.Person;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plants PHI inside items of sequences: Other Patient IDs (whose issuer qualifiers reach three sequences
 * deep: Other Patient IDs > Issuer of Patient ID Qualifiers > Assigning Facility > Local Namespace Entity ID),
 * the person identification items of the referring and performing physicians, and Request Attributes with
 * the requested procedure and accession number.
 */
final class SequencePlanter {

    /** Coding scheme of synth's local codes; PS3.16 reserves designators starting with 99 for local use. */
    static final String LOCAL_SCHEME = "99SYNTH";

    private static final PlantingLocation LOCATION = PlantingLocation.NESTED_SEQUENCES;

    private SequencePlanter() {
    }

    static void plant(Dataset ds, PlantContext ctx, Plantings out) {
        Identities ids = ctx.identities();
        otherPatientIds(ds, ids, out);
        person(ds, Tags.ReferringPhysicianIdentificationSequence, ids.careTeam().referring(), ids, out);
        person(ds, Tags.PerformingPhysicianIdentificationSequence, ids.careTeam().performing(), ids, out);
        requestAttributes(ds, ids, out);
    }

    private static void otherPatientIds(Dataset ds, Identities ids, Plantings out) {
        List<OtherId> others = ids.patient().otherIds();
        List<Dataset> items = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            OtherId id = others.get(i);
            TagPath item = TagPath.of(Tags.OtherPatientIDsSequence);
            Dataset facility = new Dataset();
            text(facility, item.item(i, Tags.IssuerOfPatientIDQualifiersSequence).item(0, Tags.AssigningFacilitySequence)
                    .item(0, Tags.LocalNamespaceEntityID), Vr.UT, ids.institution().name(), null, out);
            Dataset qualifiers = new Dataset()
                    .setString(Tags.IdentifierTypeCode, Vr.CS, id.kind() == OtherId.Kind.NATIONAL_ID ? "NI" : "MB")
                    .setItems(Tags.AssigningFacilitySequence, List.of(facility));
            Dataset d = new Dataset();
            text(d, item.item(i, Tags.PatientID), Vr.LO, id.value(), id.kind().category(), out);
            text(d, item.item(i, Tags.IssuerOfPatientID), Vr.LO, id.issuer(), null, out);
            d.setString(Tags.TypeOfPatientID, Vr.CS, "TEXT");
            d.setItems(Tags.IssuerOfPatientIDQualifiersSequence, List.of(qualifiers));
            items.add(d);
        }
        if (!items.isEmpty()) {
            ds.setItems(Tags.OtherPatientIDsSequence, items);
        }
    }

    /** A Person Identification Macro item (PS3.3 Table 10-1). */
    private static void person(Dataset ds, Tag sequence, Person person, Identities ids, Plantings out) {
        TagPath item = TagPath.of(sequence);
        Dataset code = new Dataset();
        text(code, item.item(0, Tags.PersonIdentificationCodeSequence).item(0, Tags.CodeValue), Vr.SH, person.id(),
                SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, out);
        code.setString(Tags.CodingSchemeDesignator, Vr.SH, LOCAL_SCHEME);
        text(code, item.item(0, Tags.PersonIdentificationCodeSequence).item(0, Tags.CodeMeaning), Vr.LO,
                person.name().alphabetic().toDicom().replace('^', ' ').strip(), SafeHarbor.NAMES, out);
        Dataset d = new Dataset().setItems(Tags.PersonIdentificationCodeSequence, List.of(code));
        text(d, item.item(0, Tags.PersonAddress), Vr.ST, ids.institution().address().toDicom(),
                SafeHarbor.GEOGRAPHIC_SUBDIVISIONS, out);
        text(d, item.item(0, Tags.PersonTelephoneNumbers), Vr.LO, person.phone(), SafeHarbor.TELEPHONE_NUMBERS, out);
        text(d, item.item(0, Tags.InstitutionName), Vr.LO, ids.institution().name(), null, out);
        ds.setItems(sequence, List.of(d));
    }

    private static void requestAttributes(Dataset ds, Identities ids, Plantings out) {
        TagPath item = TagPath.of(Tags.RequestAttributesSequence);
        String accession = ids.study().accessionNumber();
        Dataset d = new Dataset();
        text(d, item.item(0, Tags.AccessionNumber), Vr.SH, accession, SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, out);
        text(d, item.item(0, Tags.RequestedProcedureID), Vr.SH, "RP" + accession.substring(1),
                SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, out);
        text(d, item.item(0, Tags.ScheduledProcedureStepID), Vr.SH, "SPS" + accession.substring(3),
                SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, out);
        ds.setItems(Tags.RequestAttributesSequence, List.of(d));
    }

    private static void text(Dataset target, TagPath path, Vr vr, String value, SafeHarbor category, Plantings out) {
        target.setString(path.leafTag().orElseThrow(), vr, value);
        out.phi(path, vr, value, Action.TEXT_REMOVED, value, Optional.ofNullable(category), LOCATION, "");
    }
}
