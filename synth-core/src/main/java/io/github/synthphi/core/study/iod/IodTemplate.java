package io.github.synthphi.core.study.iod;

import static io.github.synthphi.core.study.iod.IodModule.ACQUISITION_CONTEXT;
import static io.github.synthphi.core.study.iod.IodModule.CINE;
import static io.github.synthphi.core.study.iod.IodModule.CR_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.CR_SERIES;
import static io.github.synthphi.core.study.iod.IodModule.CT_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.DX_ANATOMY_IMAGED;
import static io.github.synthphi.core.study.iod.IodModule.DX_DETECTOR;
import static io.github.synthphi.core.study.iod.IodModule.DX_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.DX_POSITIONING;
import static io.github.synthphi.core.study.iod.IodModule.DX_SERIES;
import static io.github.synthphi.core.study.iod.IodModule.FRAME_OF_REFERENCE;
import static io.github.synthphi.core.study.iod.IodModule.GENERAL_ACQUISITION;
import static io.github.synthphi.core.study.iod.IodModule.GENERAL_EQUIPMENT;
import static io.github.synthphi.core.study.iod.IodModule.GENERAL_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.GENERAL_SERIES;
import static io.github.synthphi.core.study.iod.IodModule.GENERAL_STUDY;
import static io.github.synthphi.core.study.iod.IodModule.IMAGE_PIXEL;
import static io.github.synthphi.core.study.iod.IodModule.IMAGE_PLANE;
import static io.github.synthphi.core.study.iod.IodModule.MAMMOGRAPHY_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.MAMMOGRAPHY_SERIES;
import static io.github.synthphi.core.study.iod.IodModule.MR_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.MULTI_FRAME;
import static io.github.synthphi.core.study.iod.IodModule.PATIENT;
import static io.github.synthphi.core.study.iod.IodModule.PATIENT_STUDY;
import static io.github.synthphi.core.study.iod.IodModule.SC_EQUIPMENT;
import static io.github.synthphi.core.study.iod.IodModule.SC_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.SOP_COMMON;
import static io.github.synthphi.core.study.iod.IodModule.US_IMAGE;
import static io.github.synthphi.core.study.iod.IodModule.US_REGION_CALIBRATION;
import static io.github.synthphi.core.study.iod.IodModule.VOI_LUT;
import static io.github.synthphi.core.study.iod.IodModule.X_RAY_ACQUISITION_DOSE;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.study.Modality;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The header of a valid instance of a modality's IOD, before any identity is planted: every Type 1 and Type 2
 * attribute of every mandatory module, and of the optional modules synth uses, with plausible technical values
 * that conform to PS3.3, and the identity-bearing Type 2 attributes present but empty.
 *
 * <p>Manufacturer (0008,0070) says the data are synthetic, Image Type starts DERIVED\SECONDARY, Lossy Image
 * Compression is 00 unless the parameters say otherwise, and Burned In Annotation follows the parameters (YES
 * for ultrasound by default). An ultrasound instance carries a Sequence of Ultrasound Regions whose data region
 * leaves the banner out; a cine loop carries Frame Time, Cine Rate and a Frame Increment Pointer to Frame Time.
 * The data set has no Pixel Data and no Specific Character Set: the pixel step adds the one, planting the other
 * when it plants text outside ASCII. Planting overwrites the attributes {@link #phiAttributes()} lists.
 *
 * <pre>{@code
 * TechnicalParameters p = TechnicalParameters.builder(Modality.CT, InstanceUids.derive(seed, "ct/1/1"),
 *         Timestamps.at(LocalDateTime.of(2024, 1, 31, 10, 15))).numbers(2, 17).build();
 * Dataset ds = IodTemplate.of(Modality.CT).dataset(p);
 * ds.setBytes(Tags.PixelData, Vr.OW, pixels);
 * }</pre>
 */
public final class IodTemplate {

    private static final Map<Modality, IodTemplate> TEMPLATES = new EnumMap<>(Modality.class);

    static {
        List<IodModule> us = List.of(PATIENT, PATIENT_STUDY, GENERAL_STUDY, GENERAL_SERIES, GENERAL_EQUIPMENT,
                GENERAL_ACQUISITION, GENERAL_IMAGE, IMAGE_PIXEL, US_REGION_CALIBRATION, US_IMAGE, SOP_COMMON);
        List<IodModule> cine = new ArrayList<>(us);
        cine.addAll(cine.indexOf(US_REGION_CALIBRATION), List.of(CINE, MULTI_FRAME));
        List<IodModule> dx = List.of(PATIENT, PATIENT_STUDY, GENERAL_STUDY, GENERAL_SERIES, DX_SERIES,
                GENERAL_EQUIPMENT, GENERAL_ACQUISITION, GENERAL_IMAGE, IMAGE_PIXEL, DX_ANATOMY_IMAGED, DX_IMAGE,
                DX_DETECTOR, DX_POSITIONING, X_RAY_ACQUISITION_DOSE, VOI_LUT, ACQUISITION_CONTEXT, SOP_COMMON);
        List<IodModule> mg = new ArrayList<>(dx);
        mg.add(mg.indexOf(DX_SERIES) + 1, MAMMOGRAPHY_SERIES);
        mg.add(mg.indexOf(X_RAY_ACQUISITION_DOSE) + 1, MAMMOGRAPHY_IMAGE);
        put(Modality.US_CINE, "ultrasound-multi-frame-image", cine);
        put(Modality.US, "ultrasound-image", us);
        put(Modality.CT, "ct-image", List.of(PATIENT, PATIENT_STUDY, GENERAL_STUDY, GENERAL_SERIES,
                FRAME_OF_REFERENCE, GENERAL_EQUIPMENT, GENERAL_ACQUISITION, GENERAL_IMAGE, IMAGE_PLANE, IMAGE_PIXEL,
                CT_IMAGE, VOI_LUT, SOP_COMMON));
        put(Modality.MR, "mr-image", List.of(PATIENT, PATIENT_STUDY, GENERAL_STUDY, GENERAL_SERIES,
                FRAME_OF_REFERENCE, GENERAL_EQUIPMENT, GENERAL_ACQUISITION, GENERAL_IMAGE, IMAGE_PLANE, IMAGE_PIXEL,
                MR_IMAGE, VOI_LUT, SOP_COMMON));
        put(Modality.CR, "computed-radiography-image", List.of(PATIENT, PATIENT_STUDY, GENERAL_STUDY,
                GENERAL_SERIES, CR_SERIES, GENERAL_EQUIPMENT, GENERAL_ACQUISITION, GENERAL_IMAGE, IMAGE_PIXEL,
                CR_IMAGE, VOI_LUT, SOP_COMMON));
        put(Modality.DX, "digital-x-ray-image", dx);
        put(Modality.MG, "digital-mammography-x-ray-image", mg);
        put(Modality.SC, "secondary-capture-image", List.of(PATIENT, PATIENT_STUDY, GENERAL_STUDY, GENERAL_SERIES,
                GENERAL_EQUIPMENT, SC_EQUIPMENT, GENERAL_ACQUISITION, GENERAL_IMAGE, IMAGE_PIXEL, SC_IMAGE,
                SOP_COMMON));
    }

    private final Modality modality;
    private final String iodId;
    private final List<IodModule> modules;
    private final List<PhiAttribute> phiAttributes;

    private IodTemplate(Modality modality, String iodId, List<IodModule> modules) {
        this.modality = modality;
        this.iodId = iodId;
        this.modules = List.copyOf(modules);
        List<PhiAttribute> phi = new ArrayList<>();
        for (IodModule m : modules) {
            phi.addAll(m.phiAttributes());
        }
        phi.sort((a, b) -> a.tag().compareTo(b.tag()));
        this.phiAttributes = List.copyOf(phi);
    }

    private static void put(Modality modality, String iodId, List<IodModule> modules) {
        TEMPLATES.put(modality, new IodTemplate(modality, iodId, modules));
    }

    /** The template of {@code modality}'s IOD. */
    public static IodTemplate of(Modality modality) {
        Objects.requireNonNull(modality, "modality");
        return TEMPLATES.get(modality);
    }

    /** The modality. */
    public Modality modality() {
        return modality;
    }

    /** The IOD's id in the standard tables, such as {@code ultrasound-multi-frame-image}. */
    public String iodId() {
        return iodId;
    }

    /** The modules this template writes, in the order it writes them (a later module's value wins). */
    public List<IodModule> modules() {
        return modules;
    }

    /** Every identity-bearing attribute of the modules, in tag order: what planting may fill. */
    public List<PhiAttribute> phiAttributes() {
        return phiAttributes;
    }

    /**
     * A new data set for one instance, without Pixel Data.
     *
     * @throws IllegalArgumentException when the parameters are for another modality
     */
    public Dataset dataset(TechnicalParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.modality() != modality) {
            throw new IllegalArgumentException("the parameters are for " + parameters.modality()
                    + ", this template is for " + modality + "; use IodTemplate.of(parameters.modality())");
        }
        Attributes attributes = new Attributes(new Dataset());
        for (IodModule m : modules) {
            m.write(attributes, parameters);
        }
        return attributes.dataset();
    }

    /** The data set of the template of the parameters' modality: {@code of(p.modality()).dataset(p)}. */
    public static Dataset create(TechnicalParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return of(parameters.modality()).dataset(parameters);
    }

    @Override
    public String toString() {
        return "IodTemplate[" + modality + ", " + iodId + "]";
    }
}
