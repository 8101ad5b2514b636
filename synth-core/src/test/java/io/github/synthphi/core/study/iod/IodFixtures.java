package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.study.Modality;
import java.time.LocalDateTime;

/** Parameters, pixels and dummy identities the IOD template tests write. */
final class IodFixtures {

    static final LocalDateTime WHEN = LocalDateTime.of(2024, 1, 31, 10, 15, 30);

    private IodFixtures() {
    }

    /** The default parameters of {@code modality}, with fixed UIDs and times; cine loops get 8 frames. */
    static TechnicalParameters parameters(Modality modality) {
        TechnicalParameters.Builder b = builder(modality);
        if (modality.isMultiFrame()) {
            b.frames(8);
        }
        return b.build();
    }

    static TechnicalParameters.Builder builder(Modality modality) {
        return TechnicalParameters.builder(modality, InstanceUids.derive(42L, "iod-test/" + modality),
                new Timestamps(WHEN, WHEN.plusMinutes(1), WHEN.plusMinutes(2), WHEN.plusMinutes(2).plusSeconds(5)));
    }

    /** The template of the parameters with a gradient as Pixel Data. */
    static Dataset withPixels(TechnicalParameters p) {
        Dataset ds = IodTemplate.create(p);
        ds.setBytes(Tags.PixelData, p.bitsAllocated() == 8 ? Vr.OB : Vr.OW, gradient(p));
        return ds;
    }

    /**
     * A gradient across the image that moves with the frame: every sample within Bits Stored (for signed
     * pixels, the range around zero), colour samples offset from each other, planes or pixels as configured.
     */
    static byte[] gradient(TechnicalParameters p) {
        int bytes = p.bitsAllocated() / 8;
        int samples = p.samplesPerPixel();
        int pixels = p.rows() * p.columns();
        byte[] out = new byte[(int) p.pixelDataLength()];
        int levels = 1 << p.bitsStored();
        int min = p.pixelRepresentation() == 1 ? -levels / 2 : 0;
        for (int f = 0; f < p.frames(); f++) {
            for (int y = 0; y < p.rows(); y++) {
                for (int x = 0; x < p.columns(); x++) {
                    for (int s = 0; s < samples; s++) {
                        long v = ((long) (x + y + 7L * f + 40L * s) * (levels - 1)) / (p.rows() + p.columns() + 200L);
                        int value = (int) (v % levels) + min;
                        int pixel = y * p.columns() + x;
                        int index = p.planarConfiguration() == 1 ? s * pixels + pixel : pixel * samples + s;
                        int at = (f * pixels * samples + index) * bytes;
                        out[at] = (byte) value;
                        if (bytes == 2) {
                            out[at + 1] = (byte) (value >> 8);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Fills every identity-bearing attribute with a dummy value of its VR; the template's own UIDs stay. */
    static Dataset withDummyIdentities(Dataset ds, IodTemplate template) {
        for (PhiAttribute a : template.phiAttributes()) {
            if (a.kind() == PhiAttribute.Kind.UID && ds.contains(a.tag())) {
                continue;
            }
            if (a.vr() == Vr.US) {
                ds.setInt(a.tag(), Vr.US, 4); // Pregnancy Status: unknown
            } else {
                ds.setString(a.tag(), a.vr(), dummy(a));
            }
        }
        return ds;
    }

    /** A dummy value that fits the attribute's VR and meaning. */
    static String dummy(PhiAttribute a) {
        switch (a.keyword()) {
            case "PatientSex":
                return "O";
            case "SmokingStatus":
                return "UNKNOWN";
            case "TimezoneOffsetFromUTC":
                return "+0100";
            case "PatientSize":
                return "1.75";
            default:
                break;
        }
        return switch (a.vr()) {
            case PN -> "DUMMY^PATIENT^^MR";
            case DA -> "19700101";
            case TM -> "120000";
            case DT -> "19700101120000";
            case AS -> "045Y";
            case DS -> "70";
            case UI -> Uids.generate(42L, "dummy " + a.keyword());
            case SH -> "DUMMY 123";
            case LO -> "DUMMY VALUE 123";
            case ST, LT, UT -> "A dummy text, 123 Any Street";
            default -> throw new IllegalArgumentException("no dummy value for " + a + " of VR " + a.vr());
        };
    }
}
