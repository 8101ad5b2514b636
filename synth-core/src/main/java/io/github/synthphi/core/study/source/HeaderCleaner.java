package io.github.synthphi.core.study.source;

import io.github.synthphi.core.dicom.ConfidentialityProfile;
import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.iod.IodTemplate;
import io.github.synthphi.core.study.iod.PhiAttribute;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The technical attributes of a DICOM source, with everything that could identify anyone taken out, so that
 * what synth plants is the only identity in the file. A source should be PHI-free already; this makes sure.
 *
 * <p>Removed, at every nesting level: private elements and group lengths; groups 0002 (file meta), 0010
 * (patient), 50xx (curves), 60xx (overlays, which may spell text), 7FE0 (pixel data, which the generator writes
 * again) and FFFA / FFFC (signatures, padding); every attribute PS3.15 Table E.1-1 lists and every identity
 * attribute of the modality's IOD ({@link IodTemplate#phiAttributes()}); every value of VR PN, DA, DT, TM, AS
 * (names, dates, ages), UI (the generator gives its own UIDs) and UN (unknown content); Specific Character Set;
 * and text that is not printable ASCII, because the generator writes its own character set. What remains, such
 * as Rescale Slope, Window Center, Pixel Spacing, Body Part Examined, KVP or Sequence of Ultrasound Regions,
 * is kept.
 */
final class HeaderCleaner {

    private static final Set<Vr> IDENTIFYING_VRS = EnumSet.of(Vr.PN, Vr.DA, Vr.DT, Vr.TM, Vr.AS, Vr.UI, Vr.UN);

    private HeaderCleaner() {
    }

    /** A cleaned copy of {@code source}; the source is not changed. */
    static Dataset clean(Dataset source, Modality modality) {
        Set<Tag> phi = new HashSet<>();
        for (PhiAttribute a : IodTemplate.of(modality).phiAttributes()) {
            phi.add(a.tag());
        }
        return copy(source, phi);
    }

    private static Dataset copy(Dataset ds, Set<Tag> phi) {
        Dataset out = new Dataset();
        for (Element e : ds.elements()) {
            if (identifying(e, phi)) {
                continue;
            }
            if (e.value() instanceof Value.Items) {
                List<Dataset> items = new ArrayList<>();
                for (Dataset item : ((Value.Items) e.value()).items()) {
                    items.add(copy(item, phi));
                }
                out.set(new Element(e.tag(), Vr.SQ, new Value.Items(items)));
            } else if (!e.vr().isText() || printableAscii(e.value())) {
                out.set(e);
            }
        }
        return out;
    }

    static boolean identifying(Element e, Set<Tag> phi) {
        Tag t = e.tag();
        int g = t.group();
        int repeating = g & 0xFF00;
        return t.isPrivate() || t.isGroupLength() || g == 0x0002 || g == 0x0010 || repeating == 0x5000
                || repeating == 0x6000 || g == 0x7FE0 || g == 0xFFFA || g == 0xFFFC
                || t.equals(Tags.SpecificCharacterSet) || IDENTIFYING_VRS.contains(e.vr()) || phi.contains(t)
                || ConfidentialityProfile.standard().row(t).isPresent();
    }

    /**
     * True when every character is printable ASCII or a tab, line feed, form feed or carriage return (and a
     * last NUL, which some writers pad with).
     */
    private static boolean printableAscii(Value value) {
        if (value instanceof Value.Bytes) {
            Value.Bytes b = (Value.Bytes) value;
            for (int i = 0; i < b.length(); i++) {
                boolean nulPadding = i == b.length() - 1 && b.get(i) == 0;
                if (!printable(b.get(i)) && !nulPadding) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Value.Texts) {
            for (String s : ((Value.Texts) value).values()) {
                for (int i = 0; i < s.length(); i++) {
                    if (!printable(s.charAt(i))) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static boolean printable(int c) {
        return c >= 0x20 && c < 0x7F || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
