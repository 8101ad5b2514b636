package io.github.synthphi.core.phi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.TagPath;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Plants a private block whose creator a de-identifier cannot know, holding a name, an MRN, a birth date and
 * a private sequence three levels deep with an accession number at the bottom; and a second block of harmless
 * technical values (no entries: a de-identifier may keep or drop them).
 */
final class PrivateBlockPlanter {

    /** The creator of the block that holds PHI. */
    static final String PHI_CREATOR = "SYNTH PHI 1.0";
    /** The creator of the block of harmless values. */
    static final String SAFE_CREATOR = "SYNTH TECHNICAL 1.0";
    /** The private group both blocks are in. */
    static final int GROUP = 0x0013;

    private PrivateBlockPlanter() {
    }

    static void plant(Dataset ds, PlantContext ctx, Plantings out) {
        Identities ids = ctx.identities();
        text(ds, TagPath.of(tag(0x10)), tag(0x10), Vr.LO, ids.patient().name().alphabetic().toDicom(),
                SafeHarbor.NAMES, "Patient Name Copy", out);
        text(ds, TagPath.of(tag(0x11)), tag(0x11), Vr.LO, ids.patient().mrn(), SafeHarbor.MEDICAL_RECORD_NUMBERS,
                "Chart Number", out);
        text(ds, TagPath.of(tag(0x12)), tag(0x12), Vr.DA,
                ids.patient().birthDate().format(DateTimeFormatter.BASIC_ISO_DATE), SafeHarbor.DATES, "Birth Date", out);
        // three sequences deep: (0013,xx13)[0] > (0013,xx14)[0] > (0013,xx15)[0] > (0013,xx16)
        TagPath bottom = TagPath.of(tag(0x13)).item(0, tag(0x14)).item(0, tag(0x15)).item(0, tag(0x16));
        Dataset third = new Dataset();
        text(third, bottom, tag(0x16), Vr.LO, ids.study().accessionNumber(), SafeHarbor.OTHER_UNIQUE_IDENTIFIERS,
                "Order Number", out);
        Dataset inner = new Dataset();
        text(inner, TagPath.of(tag(0x13)).item(0, tag(0x14)).item(0, tag(0x17)), tag(0x17), Vr.LO,
                ids.careTeam().reading().name().alphabetic().toDicom(), SafeHarbor.NAMES, "Reader", out);
        inner.setItems(inner.reserve(tag(0x15)), List.of(third));
        Dataset outer = new Dataset();
        outer.setItems(outer.reserve(tag(0x14)), List.of(inner));
        ds.setItems(ds.reserve(tag(0x13)), List.of(outer));

        ds.setString(ds.reserve(safe(0x10)), Vr.DS, "1.25");
        ds.setString(ds.reserve(safe(0x11)), Vr.CS, "MODE2");
        ds.setInt(ds.reserve(safe(0x12)), Vr.US, 512);
    }

    private static PrivateTag tag(int offset) {
        return new PrivateTag(PHI_CREATOR, GROUP, offset);
    }

    private static PrivateTag safe(int offset) {
        return new PrivateTag(SAFE_CREATOR, GROUP, offset);
    }

    private static void text(Dataset target, TagPath path, PrivateTag tag, Vr vr, String value, SafeHarbor category,
                             String description, Plantings out) {
        Tag t = target.reserve(tag);
        target.setString(t, vr, value);
        out.phi(path, vr, value, Action.TEXT_REMOVED, value, Optional.of(category), PlantingLocation.PRIVATE_BLOCKS,
                description);
    }
}
