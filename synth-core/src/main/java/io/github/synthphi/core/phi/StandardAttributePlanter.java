package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.Patient;
import io.github.synthphi.core.identity.Person;
import io.github.synthphi.core.identity.PersonName;
import io.github.synthphi.core.study.iod.PhiAttribute;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plants the identity into the standard attributes of the Patient, Study, Series, Equipment, General Image and
 * modality modules (the IOD's identity-bearing attributes that are names, IDs, institutions, addresses,
 * devices, age, sex and characteristics), and a few Patient Demographic attributes that real archives carry
 * although image IODs do not list them.
 */
final class StandardAttributePlanter {

    private static final PlantingLocation LOCATION = PlantingLocation.STANDARD_ATTRIBUTES;

    private StandardAttributePlanter() {
    }

    static void plant(Dataset ds, PlantContext ctx, Plantings out) {
        Identities ids = ctx.identities();
        for (PhiAttribute a : ctx.phiAttributes()) {
            switch (a.kind()) {
                case PERSON_NAME, MEDICAL_RECORD_NUMBER, IDENTIFIER, INSTITUTION, LOCATION, DEVICE, AGE, SEX,
                        CHARACTERISTIC -> plantAttribute(ds, a, ids, out);
                default -> {
                    // dates, UIDs and free text have planters of their own
                }
            }
        }
        Patient p = ids.patient();
        set(ds, Tags.PatientBirthName, Vr.PN, List.of(fit(ds, p.birthName())), SafeHarbor.NAMES, out);
        set(ds, Tags.PatientMotherBirthName, Vr.PN, List.of(fit(ds, p.mothersBirthName())), SafeHarbor.NAMES, out);
        set(ds, Tags.PatientAddress, Vr.LO, List.of(p.address().toDicom()), SafeHarbor.GEOGRAPHIC_SUBDIVISIONS, out);
        set(ds, Tags.PatientTelephoneNumbers, Vr.SH, List.of(p.phone()), SafeHarbor.TELEPHONE_NUMBERS, out);
        set(ds, Tags.PatientTelecomInformation, Vr.LT, List.of(p.email()), SafeHarbor.EMAIL_ADDRESSES, out);
        set(ds, Tags.MilitaryRank, Vr.LO, List.of(p.militaryRank()), null, out);
        set(ds, Tags.BranchOfService, Vr.LO, List.of(p.branchOfService()), null, out);
        set(ds, Tags.EthnicGroup, Vr.SH, List.of(p.ethnicGroup()), null, out);
    }

    /**
     * The PN value of {@code name} that fits 64 bytes once encoded in the data set's character set (dciodvfy
     * counts the escape sequences of ISO 2022 too): all groups, else without the phonetic group, else the
     * alphabetic group alone.
     */
    static String fit(Dataset ds, PersonName name) {
        List<PersonName> candidates = List.of(name,
                new PersonName(name.alphabetic(), name.ideographic(), Optional.empty()),
                new PersonName(name.alphabetic(), Optional.empty(), Optional.empty()));
        for (PersonName candidate : candidates) {
            String value = candidate.toDicom();
            if (ds.characterSet().encode(value, Vr.PN).length <= 64) {
                return value;
            }
        }
        return name.alphabetic().toDicom();
    }

    private static void plantAttribute(Dataset ds, PhiAttribute a, Identities ids, Plantings out) {
        String keyword = a.tag().keyword().orElse("");
        List<String> values = values(keyword, ids, ds);
        if (values.isEmpty()) {
            return;
        }
        Vr vr = Dictionary.standard().vrOf(a.tag());
        set(ds, a.tag(), vr, values, a.kind().safeHarbor().orElse(null), out);
        if (a.tag().equals(Tags.PatientID)) {
            TagPath path = TagPath.of(a.tag());
            out.phi(path, vr, values.get(0), Action.PATID_CONSISTENT, values.get(0),
                    Optional.of(SafeHarbor.MEDICAL_RECORD_NUMBERS), LOCATION, "");
        }
    }

    private static void set(Dataset ds, Tag tag, Vr vr, List<String> values, SafeHarbor category, Plantings out) {
        ds.setString(tag, vr, values.toArray(new String[0]));
        String joined = String.join("\\", values);
        out.phi(TagPath.of(tag), vr, joined, Action.TEXT_REMOVED, joined, Optional.ofNullable(category), LOCATION, "");
    }

    /** The planted values of an attribute, by keyword; empty for attributes this planter leaves alone. */
    private static List<String> values(String keyword, Identities ids, Dataset ds) {
        Patient p = ids.patient();
        switch (keyword) {
            case "PatientName":
                return List.of(fit(ds, p.name()));
            case "OtherPatientNames":
                return names(ds, p.otherNames());
            case "ReferringPhysicianName":
                return List.of(fit(ds, ids.careTeam().referring().name()));
            case "ConsultingPhysicianName":
                return List.of(fit(ds, ids.careTeam().requesting().name()));
            case "PerformingPhysicianName":
                return List.of(fit(ds, ids.careTeam().performing().name()));
            case "NameOfPhysiciansReadingStudy":
                return List.of(fit(ds, ids.careTeam().reading().name()));
            case "PhysiciansOfRecord":
                return people(ds, ids.careTeam().ofRecord());
            case "OperatorsName":
                return people(ds, ids.careTeam().operators());
            case "PatientID":
                return List.of(p.mrn());
            case "IssuerOfPatientID":
                return List.of(p.mrnIssuer());
            case "AccessionNumber":
                return List.of(ids.study().accessionNumber());
            case "StudyID":
                return List.of(ids.study().studyId());
            case "AdmissionID":
                return List.of("ADM" + ids.study().accessionNumber().substring(1));
            case "ServiceEpisodeID":
                return List.of("EP" + p.mrn());
            case "PerformedProcedureStepID":
                return List.of("PPS" + ids.study().studyId().substring(1));
            case "BarcodeValue":
                return List.of("BC" + ids.study().accessionNumber());
            case "InstitutionName":
                return List.of(ids.institution().name());
            case "InstitutionalDepartmentName":
                return List.of(ids.institution().department());
            case "InstitutionAddress":
                return List.of(ids.institution().address().toDicom());
            case "StationName":
                return List.of(ids.device().stationName());
            case "DeviceSerialNumber":
                return List.of(ids.device().serialNumber());
            case "PlateID":
                return List.of("PL" + ids.device().serialNumber());
            case "CassetteID":
                return List.of("CS" + ids.device().serialNumber());
            case "GantryID":
                return List.of("GT" + ids.device().serialNumber());
            case "DetectorID":
                return List.of("DT" + ids.device().serialNumber());
            case "SecondaryCaptureDeviceID":
                return List.of("SC" + ids.device().serialNumber());
            case "PatientAge":
                return List.of(ids.patientAge());
            case "PatientSex":
                return List.of(p.sex().code());
            case "PatientSize":
                return List.of(p.size().toPlainString());
            case "PatientWeight":
                return List.of(p.weight().toPlainString());
            default:
                return List.of();
        }
    }

    private static List<String> names(Dataset ds, List<PersonName> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(fit(ds, n)));
        return out;
    }

    private static List<String> people(Dataset ds, List<Person> people) {
        List<String> out = new ArrayList<>();
        people.forEach(n -> out.add(fit(ds, n.name())));
        return out;
    }
}
