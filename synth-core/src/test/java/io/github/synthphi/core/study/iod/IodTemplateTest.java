package io.github.synthphi.core.study.iod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.truth.SafeHarbor;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IodTemplateTest {

    private static Dataset template(Modality m) {
        return IodTemplate.create(IodFixtures.parameters(m));
    }

    private static String text(Dataset ds, String keyword) {
        return String.join("\\", ds.getStrings(Attributes.tag(keyword)));
    }

    private static double number(Dataset ds, String keyword) {
        return ds.getDouble(Attributes.tag(keyword)).orElseThrow();
    }

    private static Dataset onlyItem(Dataset ds, String keyword) {
        List<Dataset> items = ds.getItems(Attributes.tag(keyword));
        assertThat(items).as(keyword).hasSize(1);
        return items.get(0);
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void saysWhatItIsAndThatItIsSynthetic(Modality m) {
        Dataset ds = template(m);
        assertThat(text(ds, "SOPClassUID")).isEqualTo(m.sopClassUid());
        assertThat(text(ds, "Modality")).isEqualTo(m.code());
        assertThat(text(ds, "Manufacturer")).contains("SYNTHETIC");
        assertThat(ds.getStrings(Tags.ImageType)).startsWith("DERIVED", "SECONDARY");
        assertThat(text(ds, "LossyImageCompression")).isEqualTo("00");
        assertThat(text(ds, "BurnedInAnnotation")).isEqualTo(m == Modality.US || m == Modality.US_CINE ? "YES" : "NO");
        assertThat(ds.contains(Tags.PixelData)).as("pixel data are the pixel step's").isFalse();
        assertThat(ds.contains(Tags.SpecificCharacterSet)).as("the default repertoire").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void identityAttributesOfType2ArePresentAndEmpty(Modality m) {
        Dataset ds = template(m);
        for (String keyword : List.of("PatientName", "PatientID", "PatientBirthDate", "PatientSex",
                "ReferringPhysicianName", "StudyID", "AccessionNumber")) {
            assertThat(ds.contains(Attributes.tag(keyword))).as(keyword).isTrue();
            assertThat(ds.getStrings(Attributes.tag(keyword))).as(keyword).isEmpty();
        }
        for (String keyword : List.of("InstitutionName", "StationName", "OperatorsName", "PatientAge",
                "DeviceSerialNumber")) {
            assertThat(ds.contains(Attributes.tag(keyword))).as("%s is Type 3: planting adds it", keyword).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void everyType1Or2IdentityAttributeIsInTheTemplate(Modality m) {
        IodTemplate t = IodTemplate.of(m);
        Dataset ds = t.dataset(IodFixtures.parameters(m));
        for (PhiAttribute a : t.phiAttributes()) {
            if (a.type() != PhiAttribute.Type.TYPE_3) {
                assertThat(ds.contains(a.tag())).as("%s %s", m, a).isTrue();
            }
            if (a.type() == PhiAttribute.Type.TYPE_1) {
                assertThat(ds.getString(a.tag())).as("%s %s", m, a).isPresent();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void phiAttributesAreSortedUniqueAndNameTheirKinds(Modality m) {
        List<PhiAttribute> phi = IodTemplate.of(m).phiAttributes();
        Set<Tag> tags = new HashSet<>();
        for (int i = 0; i < phi.size(); i++) {
            assertThat(tags.add(phi.get(i).tag())).as("duplicate %s", phi.get(i)).isTrue();
            if (i > 0) {
                assertThat(phi.get(i - 1).tag()).isLessThan(phi.get(i).tag());
            }
            assertThat(phi.get(i).vr()).as("%s", phi.get(i)).isNotEqualTo(Vr.SQ);
        }
        assertThat(phi).extracting(PhiAttribute::keyword).contains("PatientName", "PatientID", "PatientBirthDate",
                "StudyDate", "AccessionNumber", "ReferringPhysicianName", "InstitutionName", "StationName",
                "OperatorsName", "StudyInstanceUID", "SOPInstanceUID");
        assertThat(phi).filteredOn(a -> a.keyword().equals("PatientName")).singleElement()
                .satisfies(a -> assertThat(a.kind().safeHarbor()).contains(SafeHarbor.NAMES));
    }

    @Test
    void identityAttributesFollowTheModules() {
        assertThat(IodTemplate.of(Modality.CT).phiAttributes()).extracting(PhiAttribute::keyword)
                .contains("FrameOfReferenceUID").doesNotContain("DetectorID", "SecondaryCaptureDeviceID");
        assertThat(IodTemplate.of(Modality.DX).phiAttributes()).extracting(PhiAttribute::keyword)
                .contains("DetectorID").doesNotContain("FrameOfReferenceUID");
        assertThat(IodTemplate.of(Modality.CR).phiAttributes()).extracting(PhiAttribute::keyword).contains("PlateID");
        assertThat(IodTemplate.of(Modality.SC).phiAttributes()).extracting(PhiAttribute::keyword)
                .contains("SecondaryCaptureDeviceID", "DateOfSecondaryCapture");
    }

    @Test
    void valuesComeFromTheParameters() {
        TechnicalParameters p = IodFixtures.builder(Modality.CT).numbers(7, 12).size(256, 200).build();
        Dataset ds = IodTemplate.create(p);
        assertThat(text(ds, "StudyInstanceUID")).isEqualTo(p.uids().study());
        assertThat(text(ds, "SeriesInstanceUID")).isEqualTo(p.uids().series());
        assertThat(text(ds, "SOPInstanceUID")).isEqualTo(p.uids().sopInstance());
        assertThat(text(ds, "FrameOfReferenceUID")).isEqualTo(p.uids().frameOfReference());
        assertThat(text(ds, "SeriesNumber")).isEqualTo("7");
        assertThat(text(ds, "InstanceNumber")).isEqualTo("12");
        assertThat(text(ds, "StudyDate")).isEqualTo("20240131");
        assertThat(text(ds, "StudyTime")).isEqualTo("101530");
        assertThat(text(ds, "SeriesTime")).isEqualTo("101630");
        assertThat(text(ds, "AcquisitionTime")).isEqualTo("101730");
        assertThat(text(ds, "ContentTime")).isEqualTo("101735");
        assertThat(text(ds, "InstanceCreationTime")).isEqualTo("101735");
        assertThat(ds.getInt(Tags.Rows)).hasValue(200);
        assertThat(ds.getInt(Tags.Columns)).hasValue(256);
        assertThat(ds.getInt(Tags.BitsAllocated)).hasValue(16);
        assertThat(ds.getInt(Tags.BitsStored)).hasValue(12);
        assertThat(ds.getInt(Tags.HighBit)).hasValue(11);
        assertThat(ds.getInt(Tags.PixelRepresentation)).hasValue(1);
        assertThat(ds.contains(Tags.PlanarConfiguration)).isFalse();
    }

    @Test
    void flagsFollowTheParameters() {
        TechnicalParameters p = IodFixtures.builder(Modality.DX).burnedInAnnotation(true).lossyCompressed(true)
                .build();
        Dataset ds = IodTemplate.create(p);
        assertThat(text(ds, "BurnedInAnnotation")).isEqualTo("YES");
        assertThat(text(ds, "LossyImageCompression")).isEqualTo("01");
        assertThat(text(ds, "LossyImageCompressionMethod")).isEqualTo("ISO_10918_1");
        Dataset us = IodTemplate.create(IodFixtures.builder(Modality.US).burnedInAnnotation(false).build());
        assertThat(text(us, "BurnedInAnnotation")).isEqualTo("NO");
    }

    @Test
    void ultrasoundRegionIsTheDataRegionWithoutTheBanner() {
        UltrasoundRegion region = new UltrasoundRegion(40, 72, 599, 459);
        TechnicalParameters p = IodFixtures.builder(Modality.US).ultrasoundRegion(region).build();
        Dataset item = onlyItem(IodTemplate.create(p), "SequenceOfUltrasoundRegions");
        assertThat(item.getInt(Attributes.tag("RegionLocationMinX0"))).hasValue(40);
        assertThat(item.getInt(Attributes.tag("RegionLocationMinY0"))).hasValue(72);
        assertThat(item.getInt(Attributes.tag("RegionLocationMaxX1"))).hasValue(599);
        assertThat(item.getInt(Attributes.tag("RegionLocationMaxY1"))).hasValue(459);
        assertThat(item.get(Attributes.tag("RegionLocationMinX0")).orElseThrow().vr()).isEqualTo(Vr.UL);
        assertThat(item.getInt(Attributes.tag("RegionSpatialFormat"))).hasValue(1);
        assertThat(item.getInt(Attributes.tag("RegionDataType"))).hasValue(1);
        assertThat(item.getInt(Attributes.tag("PhysicalUnitsXDirection"))).hasValue(3);
        assertThat(item.getInt(Attributes.tag("PhysicalUnitsYDirection"))).hasValue(3);
        // 16 cm over the region's 388 rows, square pixels
        assertThat(number(item, "PhysicalDeltaY")).isCloseTo(16.0 / 388, offset(1e-12));
        assertThat(number(item, "PhysicalDeltaX")).isEqualTo(number(item, "PhysicalDeltaY"));
        assertThat(item.get(Attributes.tag("PhysicalDeltaX")).orElseThrow().vr()).isEqualTo(Vr.FD);
    }

    @Test
    void defaultUltrasoundRegionLeavesTheTopOutAndFitsTheImage() {
        TechnicalParameters p = IodFixtures.parameters(Modality.US_CINE);
        UltrasoundRegion r = p.ultrasoundRegion();
        assertThat(r.y0()).isEqualTo(p.rows() / 8);
        assertThat(r.fitsIn(p.columns(), p.rows())).isTrue();
        assertThat(r.toBox().width()).isGreaterThan(p.columns() / 2);
        assertThat(UltrasoundRegion.of(r.toBox())).isEqualTo(r);
    }

    @Test
    void cineLoopHasFrameTimeCineRateAndPointer() {
        TechnicalParameters p = IodFixtures.builder(Modality.US_CINE).frames(32).frameTimeMillis(33.3).build();
        Dataset ds = IodTemplate.create(p);
        assertThat(ds.getInt(Tags.NumberOfFrames)).hasValue(32);
        assertThat(text(ds, "FrameTime")).isEqualTo("33.3");
        assertThat(ds.getInt(Tags.CineRate)).hasValue(30);
        assertThat(ds.getInt(Tags.RecommendedDisplayFrameRate)).hasValue(30);
        assertThat(text(ds, "EffectiveDuration")).isEqualTo("1.066");
        Element pointer = ds.get(Tags.FrameIncrementPointer).orElseThrow();
        assertThat(pointer.vr()).isEqualTo(Vr.AT);
        assertThat(((Value.Bytes) pointer.value()).toArray()).containsExactly(0x18, 0x00, 0x63, 0x10);
        assertThat(ds.getInt(Tags.PlanarConfiguration)).hasValue(0);
        assertThat(ds.getStrings(Tags.ImageType)).containsExactly("DERIVED", "SECONDARY", "ABDOMINAL", "0001");

        Dataset single = template(Modality.US);
        assertThat(single.contains(Tags.NumberOfFrames)).isFalse();
        assertThat(single.contains(Tags.FrameTime)).isFalse();
        assertThat(single.contains(Tags.FrameIncrementPointer)).isFalse();
        assertThat(single.contains(Tags.SequenceOfUltrasoundRegions)).isTrue();
    }

    @Test
    void ctIsAnAxialStackInHounsfieldUnits() {
        Dataset first = IodTemplate.create(IodFixtures.builder(Modality.CT).numbers(1, 1).build());
        Dataset third = IodTemplate.create(IodFixtures.builder(Modality.CT).numbers(1, 3).build());
        assertThat(first.getStrings(Tags.ImageType)).containsExactly("DERIVED", "SECONDARY", "AXIAL");
        assertThat(text(first, "RescaleIntercept")).isEqualTo("0");
        assertThat(text(first, "RescaleType")).isEqualTo("HU");
        assertThat(text(first, "KVP")).isEqualTo("120");
        assertThat(text(first, "ConvolutionKernel")).isEqualTo("STANDARD");
        assertThat(text(first, "ImageOrientationPatient")).isEqualTo("1\\0\\0\\0\\1\\0");
        assertThat(text(first, "PixelSpacing")).isEqualTo("0.683594\\0.683594");
        assertThat(text(first, "PatientPosition")).isEqualTo("HFS");
        double z1 = Double.parseDouble(first.getStrings(Tags.ImagePositionPatient).get(2));
        double z3 = Double.parseDouble(third.getStrings(Tags.ImagePositionPatient).get(2));
        assertThat(z1 - z3).isEqualTo(2 * number(first, "SliceThickness"));
        assertThat(number(third, "SliceLocation")).isEqualTo(z3);
        Dataset unsigned = IodTemplate.create(IodFixtures.builder(Modality.CT).pixelRepresentation(0).build());
        assertThat(text(unsigned, "RescaleIntercept")).isEqualTo("-1024");
    }

    @Test
    void mrHasItsAcquisitionParameters() {
        Dataset ds = template(Modality.MR);
        assertThat(text(ds, "ScanningSequence")).isEqualTo("SE");
        assertThat(text(ds, "SequenceVariant")).isEqualTo("SK\\SP");
        assertThat(text(ds, "MRAcquisitionType")).isEqualTo("2D");
        assertThat(number(ds, "RepetitionTime")).isEqualTo(4000);
        assertThat(number(ds, "EchoTime")).isEqualTo(90);
        assertThat(ds.getInt(Attributes.tag("EchoTrainLength"))).hasValue(16);
        assertThat(number(ds, "MagneticFieldStrength")).isEqualTo(1.5);
        assertThat(text(ds, "ImagedNucleus")).isEqualTo("1H");
        assertThat(ds.getStrings(Tags.ImageType)).hasSize(3);
        assertThat(ds.contains(Attributes.tag("InversionTime"))).as("2C: inversion recovery only").isFalse();
    }

    @Test
    void radiographsArePresentationImagesWithTheirViews() {
        Dataset dx = template(Modality.DX);
        assertThat(text(dx, "PresentationIntentType")).isEqualTo("FOR PRESENTATION");
        assertThat(text(dx, "ImageLaterality")).isEqualTo("U");
        assertThat(text(dx, "PresentationLUTShape")).isEqualTo("IDENTITY");
        assertThat(text(dx, "PatientOrientation")).isEqualTo("L\\F");
        assertThat(text(onlyItem(dx, "ViewCodeSequence"), "CodeValue")).isEqualTo("399348003");
        assertThat(number(dx, "EstimatedRadiographicMagnificationFactor"))
                .isEqualTo(number(dx, "DistanceSourceToDetector") / number(dx, "DistanceSourceToPatient"));
        assertThat(dx.getItems(Attributes.tag("AcquisitionContextSequence"))).isEmpty();
        assertThat(dx.contains(Attributes.tag("AcquisitionContextSequence"))).isTrue();

        Dataset mg = template(Modality.MG);
        assertThat(text(mg, "Modality")).isEqualTo("MG");
        assertThat(text(mg, "ImageLaterality")).isEqualTo("L");
        assertThat(text(mg, "PatientOrientation")).isEqualTo("A\\R");
        assertThat(text(mg, "PositionerType")).isEqualTo("MAMMOGRAPHIC");
        assertThat(text(mg, "BreastImplantPresent")).isEqualTo("NO");
        assertThat(text(mg, "PartialView")).isEqualTo("NO");
        Dataset view = onlyItem(mg, "ViewCodeSequence");
        assertThat(text(view, "CodeValue")).isEqualTo("399162004");
        assertThat(text(view, "CodingSchemeDesignator")).isEqualTo("SCT");
        assertThat(view.contains(Attributes.tag("ViewModifierCodeSequence"))).isTrue();
        assertThat(text(onlyItem(mg, "AnatomicRegionSequence"), "CodeMeaning")).isEqualTo("Breast");
        assertThat(number(mg, "EstimatedRadiographicMagnificationFactor"))
                .isEqualTo(number(mg, "DistanceSourceToDetector") / number(mg, "DistanceSourceToPatient"));

        Dataset inverse = IodTemplate.create(IodFixtures.builder(Modality.CR).photometricInterpretation("MONOCHROME1")
                .build());
        assertThat(text(inverse, "PhotometricInterpretation")).isEqualTo("MONOCHROME1");
        Dataset inverseDx = IodTemplate.create(IodFixtures.builder(Modality.DX)
                .photometricInterpretation("MONOCHROME1").build());
        assertThat(text(inverseDx, "PresentationLUTShape")).isEqualTo("INVERSE");
        assertThat(text(template(Modality.CR), "ViewPosition")).isEqualTo("PA");
    }

    @Test
    void secondaryCaptureIsAScannedDocument() {
        Dataset ds = template(Modality.SC);
        assertThat(text(ds, "ConversionType")).isEqualTo("SD");
        assertThat(text(ds, "Modality")).isEqualTo("OT");
        assertThat(text(ds, "SecondaryCaptureDeviceManufacturer")).contains("SYNTHETIC");
        assertThat(text(ds, "DateOfSecondaryCapture")).isEqualTo("20240131");
        Dataset rgb = IodTemplate.create(IodFixtures.builder(Modality.SC).photometricInterpretation("RGB")
                .planarConfiguration(1).build());
        assertThat(rgb.getInt(Tags.SamplesPerPixel)).hasValue(3);
        assertThat(rgb.getInt(Tags.PlanarConfiguration)).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void sameParametersGiveTheSameBytes(Modality m) throws Exception {
        assertThat(bytes(IodFixtures.withPixels(IodFixtures.parameters(m))))
                .isEqualTo(bytes(IodFixtures.withPixels(IodFixtures.parameters(m))));
    }

    private static byte[] bytes(Dataset ds) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter().write(out, ds);
        return out.toByteArray();
    }

    @Test
    void templatesListTheirModulesInOrder() {
        assertThat(IodTemplate.of(Modality.US_CINE).modules()).containsSubsequence(IodModule.PATIENT,
                IodModule.GENERAL_IMAGE, IodModule.CINE, IodModule.MULTI_FRAME, IodModule.US_REGION_CALIBRATION,
                IodModule.US_IMAGE, IodModule.SOP_COMMON);
        assertThat(IodTemplate.of(Modality.US).modules()).doesNotContain(IodModule.CINE, IodModule.MULTI_FRAME);
        assertThat(IodTemplate.of(Modality.MG).modules()).containsSubsequence(IodModule.DX_SERIES,
                IodModule.MAMMOGRAPHY_SERIES, IodModule.DX_ANATOMY_IMAGED, IodModule.MAMMOGRAPHY_IMAGE);
        assertThat(IodTemplate.of(Modality.CT).iodId()).isEqualTo("ct-image");
        for (Modality m : Modality.values()) {
            assertThat(IodTemplate.of(m).modality()).isEqualTo(m);
            assertThat(IodTemplate.of(m).modules()).startsWith(IodModule.PATIENT).endsWith(IodModule.SOP_COMMON);
        }
    }

    @Test
    void rejectsParametersOfAnotherModality() {
        assertThatThrownBy(() -> IodTemplate.of(Modality.MR).dataset(IodFixtures.parameters(Modality.CT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CT").hasMessageContaining("MR");
        assertThatThrownBy(() -> IodTemplate.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("modality");
    }

    @Test
    void decimalStringsAreShortAndPlain() {
        assertThat(Attributes.ds(0)).isEqualTo("0");
        assertThat(Attributes.ds(-0.0)).isEqualTo("0");
        assertThat(Attributes.ds(120)).isEqualTo("120");
        assertThat(Attributes.ds(0.1)).isEqualTo("0.1");
        assertThat(Attributes.ds(1e-7)).isEqualTo("0.0000001");
        assertThat(Attributes.ds(16.0 / 388)).hasSizeLessThanOrEqualTo(16).startsWith("0.04123711");
        assertThat(Attributes.ds(-1234567.123456789)).hasSizeLessThanOrEqualTo(16).startsWith("-1234567.12345");
        assertThatThrownBy(() -> Attributes.ds(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Attributes.ds(1e300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Attributes.tag("NoSuchKeyword")).hasMessageContaining("NoSuchKeyword");
    }
}
