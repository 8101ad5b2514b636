package io.github.synthphi.core.study.iod;

import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.AGE;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.CHARACTERISTIC;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.DATE;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.DATE_TIME;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.DEVICE;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.FREE_TEXT;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.IDENTIFIER;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.INSTITUTION;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.LOCATION;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.MEDICAL_RECORD_NUMBER;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.PERSON_NAME;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.SEX;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.TIME;
import static io.github.synthphi.core.study.iod.PhiAttribute.Kind.UID;
import static io.github.synthphi.core.study.iod.PhiAttribute.Type.TYPE_1;
import static io.github.synthphi.core.study.iod.PhiAttribute.Type.TYPE_2;
import static io.github.synthphi.core.study.iod.PhiAttribute.Type.TYPE_3;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The PS3.3 modules synth's templates write, each with its identity-bearing attributes (see {@link PhiAttribute}
 * for which these are).
 *
 * <pre>{@code
 * for (IodModule m : IodTemplate.of(Modality.MG).modules()) {
 *     System.out.println(m.title() + " (" + m.id() + ")");   // "Mammography Image (mammography-image)"
 * }
 * }</pre>
 */
public enum IodModule {
    PATIENT("Patient", "patient", CommonModules::patient, List.of(
            phi("PatientName", PERSON_NAME, TYPE_2),
            phi("PatientID", MEDICAL_RECORD_NUMBER, TYPE_2),
            phi("IssuerOfPatientID", IDENTIFIER, TYPE_3),
            phi("PatientBirthDate", DATE, TYPE_2),
            phi("PatientBirthTime", TIME, TYPE_3),
            phi("PatientSex", SEX, TYPE_2),
            phi("OtherPatientNames", PERSON_NAME, TYPE_3),
            phi("PatientComments", FREE_TEXT, TYPE_3))),
    PATIENT_STUDY("Patient Study", "patient-study", CommonModules::patientStudy, List.of(
            phi("AdmittingDiagnosesDescription", FREE_TEXT, TYPE_3),
            phi("PatientAge", AGE, TYPE_3),
            phi("PatientSize", CHARACTERISTIC, TYPE_3),
            phi("PatientWeight", CHARACTERISTIC, TYPE_3),
            phi("MedicalAlerts", FREE_TEXT, TYPE_3),
            phi("Allergies", FREE_TEXT, TYPE_3),
            phi("SmokingStatus", CHARACTERISTIC, TYPE_3),
            phi("PregnancyStatus", CHARACTERISTIC, TYPE_3),
            phi("LastMenstrualDate", DATE, TYPE_3),
            phi("PatientState", CHARACTERISTIC, TYPE_3),
            phi("Occupation", FREE_TEXT, TYPE_3),
            phi("AdditionalPatientHistory", FREE_TEXT, TYPE_3),
            phi("AdmissionID", IDENTIFIER, TYPE_3),
            phi("ReasonForVisit", FREE_TEXT, TYPE_3),
            phi("ServiceEpisodeID", IDENTIFIER, TYPE_3),
            phi("ServiceEpisodeDescription", FREE_TEXT, TYPE_3))),
    GENERAL_STUDY("General Study", "general-study", CommonModules::generalStudy, List.of(
            phi("StudyInstanceUID", UID, TYPE_1),
            phi("StudyDate", DATE, TYPE_2),
            phi("StudyTime", TIME, TYPE_2),
            phi("ReferringPhysicianName", PERSON_NAME, TYPE_2),
            phi("ConsultingPhysicianName", PERSON_NAME, TYPE_3),
            phi("StudyID", IDENTIFIER, TYPE_2),
            phi("AccessionNumber", IDENTIFIER, TYPE_2),
            phi("StudyDescription", FREE_TEXT, TYPE_3),
            phi("PhysiciansOfRecord", PERSON_NAME, TYPE_3),
            phi("NameOfPhysiciansReadingStudy", PERSON_NAME, TYPE_3))),
    GENERAL_SERIES("General Series", "general-series", CommonModules::generalSeries, List.of(
            phi("SeriesInstanceUID", UID, TYPE_1),
            phi("SeriesDate", DATE, TYPE_3),
            phi("SeriesTime", TIME, TYPE_3),
            phi("PerformingPhysicianName", PERSON_NAME, TYPE_3),
            phi("ProtocolName", FREE_TEXT, TYPE_3),
            phi("SeriesDescription", FREE_TEXT, TYPE_3),
            phi("OperatorsName", PERSON_NAME, TYPE_3),
            phi("PerformedProcedureStepID", IDENTIFIER, TYPE_3),
            phi("PerformedProcedureStepStartDate", DATE, TYPE_3),
            phi("PerformedProcedureStepStartTime", TIME, TYPE_3),
            phi("PerformedProcedureStepEndDate", DATE, TYPE_3),
            phi("PerformedProcedureStepEndTime", TIME, TYPE_3),
            phi("PerformedProcedureStepDescription", FREE_TEXT, TYPE_3),
            phi("CommentsOnThePerformedProcedureStep", FREE_TEXT, TYPE_3))),
    CR_SERIES("CR Series", "cr-series", ProjectionModules::crSeries, List.of()),
    DX_SERIES("DX Series", "dx-series", ProjectionModules::dxSeries, List.of()),
    MAMMOGRAPHY_SERIES("Mammography Series", "mammography-series", ProjectionModules::mammographySeries, List.of()),
    FRAME_OF_REFERENCE("Frame of Reference", "frame-of-reference", CommonModules::frameOfReference, List.of(
            phi("FrameOfReferenceUID", UID, TYPE_1))),
    GENERAL_EQUIPMENT("General Equipment", "general-equipment", CommonModules::generalEquipment, List.of(
            phi("InstitutionName", INSTITUTION, TYPE_3),
            phi("InstitutionAddress", LOCATION, TYPE_3),
            phi("StationName", DEVICE, TYPE_3),
            phi("InstitutionalDepartmentName", INSTITUTION, TYPE_3),
            phi("ManufacturerDeviceClassUID", UID, TYPE_3),
            phi("DeviceSerialNumber", DEVICE, TYPE_3),
            phi("GantryID", DEVICE, TYPE_3),
            phi("DeviceUID", UID, TYPE_3),
            phi("DateOfLastCalibration", DATE, TYPE_3),
            phi("TimeOfLastCalibration", TIME, TYPE_3))),
    SC_EQUIPMENT("SC Equipment", "sc-equipment", SecondaryCaptureModules::scEquipment, List.of(
            phi("SecondaryCaptureDeviceID", DEVICE, TYPE_3))),
    GENERAL_ACQUISITION("General Acquisition", "general-acquisition", CommonModules::generalAcquisition, List.of(
            phi("AcquisitionUID", UID, TYPE_3),
            phi("AcquisitionDate", DATE, TYPE_3),
            phi("AcquisitionTime", TIME, TYPE_3),
            phi("AcquisitionDateTime", DATE_TIME, TYPE_3),
            phi("IrradiationEventUID", UID, TYPE_3))),
    GENERAL_IMAGE("General Image", "general-image", CommonModules::generalImage, List.of(
            phi("ContentDate", DATE, TYPE_2),
            phi("ContentTime", TIME, TYPE_2),
            phi("ImageComments", FREE_TEXT, TYPE_3))),
    IMAGE_PLANE("Image Plane", "image-plane", CrossSectionalModules::imagePlane, List.of()),
    IMAGE_PIXEL("Image Pixel", "image-pixel", CommonModules::imagePixel, List.of()),
    CINE("Cine", "cine", UltrasoundModules::cine, List.of()),
    MULTI_FRAME("Multi-frame", "multi-frame", UltrasoundModules::multiFrame, List.of()),
    US_REGION_CALIBRATION("US Region Calibration", "us-region-calibration", UltrasoundModules::regionCalibration,
            List.of()),
    US_IMAGE("US Image", "us-image", UltrasoundModules::usImage, List.of()),
    CT_IMAGE("CT Image", "ct-image", CrossSectionalModules::ctImage, List.of()),
    MR_IMAGE("MR Image", "mr-image", CrossSectionalModules::mrImage, List.of()),
    CR_IMAGE("CR Image", "cr-image", ProjectionModules::crImage, List.of(
            phi("PlateID", DEVICE, TYPE_3),
            phi("AcquisitionDeviceProcessingDescription", FREE_TEXT, TYPE_3))),
    DX_ANATOMY_IMAGED("DX Anatomy Imaged", "dx-anatomy-imaged", ProjectionModules::dxAnatomyImaged, List.of()),
    DX_IMAGE("DX Image", "dx-image", ProjectionModules::dxImage, List.of(
            phi("DerivationDescription", FREE_TEXT, TYPE_3),
            phi("AcquisitionDeviceProcessingDescription", FREE_TEXT, TYPE_3))),
    DX_DETECTOR("DX Detector", "dx-detector", ProjectionModules::dxDetector, List.of(
            phi("DetectorID", DEVICE, TYPE_3),
            phi("DateOfLastDetectorCalibration", DATE, TYPE_3),
            phi("TimeOfLastDetectorCalibration", TIME, TYPE_3),
            phi("CassetteID", DEVICE, TYPE_3),
            phi("PlateID", DEVICE, TYPE_3))),
    DX_POSITIONING("DX Positioning", "dx-positioning", ProjectionModules::dxPositioning, List.of()),
    X_RAY_ACQUISITION_DOSE("X-Ray Acquisition Dose", "x-ray-acquisition-dose",
            ProjectionModules::xRayAcquisitionDose, List.of(
            phi("CommentsOnRadiationDose", FREE_TEXT, TYPE_3))),
    MAMMOGRAPHY_IMAGE("Mammography Image", "mammography-image", ProjectionModules::mammographyImage, List.of()),
    SC_IMAGE("SC Image", "sc-image", SecondaryCaptureModules::scImage, List.of(
            phi("DateOfSecondaryCapture", DATE, TYPE_3),
            phi("TimeOfSecondaryCapture", TIME, TYPE_3))),
    VOI_LUT("VOI LUT", "voi-lut", CommonModules::voiLut, List.of()),
    ACQUISITION_CONTEXT("Acquisition Context", "acquisition-context", ProjectionModules::acquisitionContext,
            List.of(phi("AcquisitionContextDescription", FREE_TEXT, TYPE_3))),
    SOP_COMMON("SOP Common", "sop-common", CommonModules::sopCommon, List.of(
            phi("SOPInstanceUID", UID, TYPE_1),
            phi("InstanceCreationDate", DATE, TYPE_3),
            phi("InstanceCreationTime", TIME, TYPE_3),
            phi("InstanceCoercionDateTime", DATE_TIME, TYPE_3),
            phi("InstanceCreatorUID", UID, TYPE_3),
            phi("TimezoneOffsetFromUTC", LOCATION, TYPE_3),
            phi("SOPAuthorizationDateTime", DATE_TIME, TYPE_3),
            phi("BarcodeValue", IDENTIFIER, TYPE_3)));

    private final String title;
    private final String id;
    private final BiConsumer<Attributes, TechnicalParameters> writer;
    private final List<PhiAttribute> phiAttributes;

    IodModule(String title, String id, BiConsumer<Attributes, TechnicalParameters> writer,
              List<PhiAttribute> phiAttributes) {
        this.title = title;
        this.id = id;
        this.writer = writer;
        this.phiAttributes = phiAttributes;
    }

    /** The module's name in PS3.3, such as {@code US Region Calibration}. */
    public String title() {
        return title;
    }

    /** The module's id in the standard tables synth is checked against, such as {@code us-region-calibration}. */
    public String id() {
        return id;
    }

    /** The identity-bearing attributes of the module, in the order of its PS3.3 table. */
    public List<PhiAttribute> phiAttributes() {
        return phiAttributes;
    }

    private static PhiAttribute phi(String keyword, PhiAttribute.Kind kind, PhiAttribute.Type type) {
        return PhiAttribute.of(keyword, kind, type);
    }

    void write(Attributes attributes, TechnicalParameters parameters) {
        writer.accept(attributes, parameters);
    }
}
