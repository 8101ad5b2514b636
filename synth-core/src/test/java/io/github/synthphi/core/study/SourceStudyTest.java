package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.study.iod.InstanceUids;
import io.github.synthphi.core.study.iod.IodTemplate;
import io.github.synthphi.core.study.iod.TechnicalParameters;
import io.github.synthphi.core.study.iod.Timestamps;
import io.github.synthphi.core.study.iod.UltrasoundRegion;
import io.github.synthphi.core.study.source.SourceFiles;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.PhiOverlay;
import io.github.synthphi.core.truth.RunManifestCsv;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Studies generated from a folder of sources instead of phantoms, end to end. */
class SourceStudyTest {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 200;

    @TempDir
    Path dir;

    /** Five cines (two usable) and a text file; the pixels of the usable ones are returned, frame by frame. */
    private List<List<BufferedImage>> ultrasoundFolder(Path sources) throws IOException {
        List<BufferedImage> zone1 = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            zone1.add(SourceFiles.rgb(WIDTH, HEIGHT, i));
            SourceFiles.writePng(sources.resolve("zone1/frame_" + i + ".png"), zone1.get(i - 1));
        }
        List<BufferedImage> zone2 = new ArrayList<>();
        for (int i : new int[] {2, 10}) {   // stored turned a quarter, shown upright through EXIF orientation 6
            byte[] jpeg = SourceFiles.jpeg(rotateCounterClockwise(SourceFiles.rgb(WIDTH, HEIGHT, i)));
            byte[] oriented = SourceFiles.withExif(jpeg, SourceFiles.tiff(6));
            SourceFiles.write(sources.resolve("zone2/frame_" + i + ".jpg"), oriented);
            zone2.add(rotateClockwise(ImageIO.read(new ByteArrayInputStream(jpeg))));
        }
        SourceFiles.writePng(sources.resolve("zone3/frame_1.png"), SourceFiles.rgb(WIDTH, HEIGHT, 1));
        SourceFiles.writePng(sources.resolve("zone3/frame_2.png"), SourceFiles.rgb(WIDTH, HEIGHT + 10, 2));
        SourceFiles.writePng(sources.resolve("zone4/bright.png"), SourceFiles.flat(WIDTH, HEIGHT, 200, 200, 200));
        byte[] badExif = SourceFiles.tiff(6);
        badExif[8] = 99; // IFD0 declares 99 entries
        SourceFiles.write(sources.resolve("zone5/frame_1.jpg"),
                SourceFiles.withExif(SourceFiles.jpeg(SourceFiles.rgb(WIDTH, HEIGHT, 1)), badExif));
        SourceFiles.write(sources.resolve("readme.txt"), "frames from a phantom".getBytes(StandardCharsets.UTF_8));
        SourceFiles.writePng(sources.resolve("__MACOSX/zone1/._frame_1.png"), SourceFiles.rgb(8, 8, 0));
        return List.of(zone1, zone2);
    }

    @Test
    void anUltrasoundStudyFromFramesKeepsTheirPixelsAndQuarantinesWhatCannotBeUsed() throws Exception {
        Path sources = dir.resolve("pocus");
        List<List<BufferedImage>> expected = ultrasoundFolder(sources);
        StudySpec spec = StudySpec.builder(Modality.US_CINE).sources(sources).seed(11).build();
        assertThat(spec.instancesPerSeries()).isEqualTo(5);
        StudyFixture study = new StudyGenerator().generate(spec, dir.resolve("out"));

        assertThat(RunManifestCsv.read(study.directory().resolve(RunManifestCsv.FILE_NAME))).containsExactly(
                processed(0, "zone1"), processed(1, "zone2"),
                quarantined(2, "zone3", "inconsistent frame shapes in folder zone3: [(200, 480, 3), (210, 480, 3)]"),
                quarantined(3, "zone4", "burn_region_too_bright (mean=200.0)"),
                quarantined(4, "zone5", "frame_1.jpg: malformed EXIF: IFD0 declares 99 entries, more than the 28 "
                        + "bytes after it hold"),
                new ManifestEntry("source/readme.txt", "readme.txt", ManifestEntry.Status.QUARANTINED,
                        "not an image or DICOM file", "", 0));
        assertThat(study.files()).hasSize(2);
        assertThat(Files.exists(study.directory().resolve(instance(2)))).isFalse();

        for (int i = 0; i < 2; i++) {
            Path file = study.directory().resolve(instance(i));
            DicomFile dicom = new DicomReader().read(file);
            Dataset ds = dicom.dataset();
            String sop = ds.getString(Tags.SOPInstanceUID).orElseThrow();
            List<Box> banner = study.overlays().stream().filter(o -> o.sopInstanceUid().equals(sop))
                    .map(PhiOverlay::inkBox).collect(Collectors.toList());
            assertThat(banner).isNotEmpty();
            assertKeptOutside(dicom, expected.get(i), banner);
            assertThat(ds.getString(Tags.BurnedInAnnotation)).contains("YES");
            List<Dataset> regions = ds.getItems(Tags.SequenceOfUltrasoundRegions);
            assertThat(regions).hasSize(1);
            int top = regions.get(0).getInt(Tags.RegionLocationMinY0).orElseThrow();
            assertThat(banner).allSatisfy(b -> assertThat(b.bottom()).isLessThanOrEqualTo(top));
            assertThat(regions.get(0).getInt(Tags.RegionLocationMaxY1).orElseThrow()).isEqualTo(HEIGHT - 1);
            assertThat(regions.get(0).getInt(Tags.RegionLocationMaxX1).orElseThrow()).isEqualTo(WIDTH - 1);
            assertPlantedValuesAreInTheAnswerKey(study, ds, sop);
        }
    }

    /** Every sample outside the boxes equals the source's, and the banner changed some inside them. */
    private static void assertKeptOutside(DicomFile dicom, List<BufferedImage> frames, List<Box> banner)
            throws Exception {
        PixelData pixels = PixelData.of(dicom);
        assertThat(pixels.frameCount()).isEqualTo(frames.size());
        int changed = 0;
        for (int f = 0; f < frames.size(); f++) {
            Frame frame = pixels.frame(f);
            BufferedImage source = frames.get(f);
            assertThat(frame.columns()).isEqualTo(source.getWidth());
            assertThat(frame.rows()).isEqualTo(source.getHeight());
            for (int y = 0; y < frame.rows(); y++) {
                for (int x = 0; x < frame.columns(); x++) {
                    int[] want = source.getRaster().getPixel(x, y, (int[]) null);
                    boolean same = true;
                    for (int s = 0; s < 3; s++) {
                        same &= frame.sample(x, y, s) == want[s];
                    }
                    if (inside(banner, x, y)) {
                        changed += same ? 0 : 1;
                    } else {
                        assertThat(same).as("frame %d pixel (%d,%d)", f, x, y).isTrue();
                    }
                }
            }
        }
        assertThat(changed).isPositive();
    }

    private static boolean inside(List<Box> boxes, int x, int y) {
        return boxes.stream().anyMatch(b -> b.contains(x, y));
    }

    private static void assertPlantedValuesAreInTheAnswerKey(StudyFixture study, Dataset ds, String sop) {
        List<AnswerKeyEntry> entries = study.answerKey().forInstance(sop);
        for (String keyword : List.of("PatientName", "PatientID", "PatientBirthDate", "AccessionNumber")) {
            String planted = ds.getString(io.github.synthphi.core.dicom.Dictionary.standard().tagOf(keyword)
                    .orElseThrow()).orElseThrow();
            assertThat(entries).as(keyword).anyMatch(e -> e.keyword().equals(keyword) && e.value().equals(planted)
                    && e.action().removesPhi());
        }
        List<AnswerKeyEntry> hidden = study.answerKey().byAction(Action.PIXELS_HIDDEN).stream()
                .filter(e -> e.sopInstanceUid().equals(sop)).collect(Collectors.toList());
        assertThat(hidden).hasSize((int) study.overlays().stream()
                .filter(o -> o.sopInstanceUid().equals(sop) && o.region().equals("banner")).count());
    }

    @Test
    void aCtStudyFromDicomKeepsPixelsAndTechnicalAttributesAndNoIdentityOfTheSource() throws Exception {
        Path sources = dir.resolve("tcia");
        SourceFiles.writeDicom(sources.resolve("a/clean.dcm"), SourceFiles.ct(HEIGHT, WIDTH, "clean"));
        Dataset phi = SourceFiles.ct(HEIGHT, WIDTH, "phi")
                .setString(Tags.SpecificCharacterSet, "ISO_IR 100")
                .setString(Tags.PatientName, "SOURCE^SECRET")
                .setString(Tags.PatientID, "SRC-123456")
                .setString(Tags.PatientBirthDate, "19500101")
                .setString(Tags.StudyDate, "20010101")
                .setString(Tags.InstitutionName, "Secret General Hospital")
                .setString(Tags.StudyDescription, "CT for SECRET")
                .setString(Tags.ConvolutionKernel, "B30f Grüße");
        phi.setString(phi.reserve(new PrivateTag("ACME 1.0", 0x0009, 0x01)), Vr.LO, "SECRET PRIVATE");
        phi.setItems(Tags.AnatomicRegionSequence, List.of(new Dataset().setString(Tags.CodeValue, "T-D3000")
                .setString(Tags.CodeMeaning, "Chest").setString(Tags.ReferringPhysicianName, "SECRET^DOCTOR")));
        SourceFiles.writeDicom(sources.resolve("b/phi.dcm"), phi);
        SourceFiles.writeEncapsulated(sources.resolve("c/j2k.dcm"), SourceFiles.ct(HEIGHT, WIDTH, "j2k"),
                "1.2.840.10008.1.2.4.90");
        StudySpec spec = StudySpec.builder(Modality.CT).sources(sources).seed(5).build();
        StudyFixture study = new StudyGenerator().generate(spec, dir.resolve("out"));

        List<ManifestEntry> manifest = study.manifest();
        assertThat(manifest.subList(0, 2)).containsExactly(processed(0, "a/clean.dcm"), processed(1, "b/phi.dcm"));
        assertThat(manifest.get(2)).isEqualTo(quarantined(2, "c/j2k.dcm", "pixels cannot be decoded: pixels encoded "
                + "in JPEG 2000 Image Compression (Lossless Only) (1.2.840.10008.1.2.4.90) cannot be decoded by synth "
                + "(it decodes native, RLE Lossless and JPEG Baseline); the fragments are kept"));
        for (int i = 0; i < 2; i++) {
            DicomFile dicom = new DicomReader().read(study.directory().resolve(instance(i)));
            Dataset ds = dicom.dataset();
            String sop = ds.getString(Tags.SOPInstanceUID).orElseThrow();
            List<Box> banner = study.overlays().stream().filter(o -> o.sopInstanceUid().equals(sop))
                    .map(PhiOverlay::inkBox).collect(Collectors.toList());
            Frame frame = PixelData.of(dicom).frame(0);
            int changed = 0;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    if (inside(banner, x, y)) {
                        changed += frame.sample(x, y, 0) != SourceFiles.ctValue(x, y) ? 1 : 0;
                    } else {
                        assertThat(frame.sample(x, y, 0)).as("(%d,%d)", x, y).isEqualTo(SourceFiles.ctValue(x, y));
                    }
                }
            }
            assertThat(changed).isPositive();
            assertThat(ds.getString(Tags.KVP)).contains("120");
            assertThat(ds.getStrings(Tags.PixelSpacing)).containsExactly("0.703125", "0.703125");
            assertThat(ds.getString(Tags.WindowCenter)).contains("40");
            assertThat(ds.getInt(Tags.PixelRepresentation).orElseThrow()).isEqualTo(1);
            assertThat(ds.getInt(Tags.BitsStored).orElseThrow()).isEqualTo(12);
            assertThat(ds.getString(Tags.Manufacturer).orElseThrow()).doesNotContain("ACME");
            assertThat(ds.getStrings(Tags.ImageType).get(0)).isEqualTo("DERIVED");
            String text = allText(ds);
            for (String secret : List.of("SECRET", "SRC-123456", "19500101", "20010101", "ACME 1.0", "Grüße",
                    io.github.synthphi.core.dicom.Uids.generate(99, "phi/sop"),
                    io.github.synthphi.core.dicom.Uids.generate(99, "phi/study"))) {
                assertThat(text).as("instance %d", i).doesNotContain(secret);
            }
            if (i == 1) { // a technical sequence is kept, the name inside it is not
                assertThat(ds.getItems(Tags.AnatomicRegionSequence)).singleElement()
                        .satisfies(item -> assertThat(item.getString(Tags.CodeValue)).contains("T-D3000"))
                        .satisfies(item -> assertThat(item.contains(Tags.ReferringPhysicianName)).isFalse());
            }
            assertPlantedValuesAreInTheAnswerKey(study, ds, sop);
        }
    }

    @Test
    void anUltrasoundDicomSourceKeepsItsRegionsUnlessOneOverlapsTheBanner() throws Exception {
        Path sources = dir.resolve("us");
        BufferedImage image = SourceFiles.rgb(WIDTH, HEIGHT, 8);
        SourceFiles.writeDicom(sources.resolve("1-apart.dcm"),
                ultrasound(image, new UltrasoundRegion(10, 150, 469, 199)));
        SourceFiles.writeDicom(sources.resolve("2-overlap.dcm"),
                ultrasound(image, new UltrasoundRegion(0, 0, 479, 199)));
        StudyFixture study = new StudyGenerator().generate(StudySpec.builder(Modality.US).sources(sources).build(),
                dir.resolve("out"));
        assertThat(study.files()).hasSize(2);
        List<Integer> tops = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            DicomFile dicom = new DicomReader().read(study.directory().resolve(instance(i)));
            String sop = dicom.dataset().getString(Tags.SOPInstanceUID).orElseThrow();
            List<Box> banner = study.overlays().stream().filter(o -> o.sopInstanceUid().equals(sop))
                    .map(PhiOverlay::inkBox).collect(Collectors.toList());
            assertKeptOutside(dicom, List.of(image), banner);
            Dataset region = dicom.dataset().getItems(Tags.SequenceOfUltrasoundRegions).get(0);
            tops.add(region.getInt(Tags.RegionLocationMinY0).orElseThrow());
            assertThat(region.getInt(Tags.RegionLocationMinX0).orElseThrow()).isEqualTo(i == 0 ? 10 : 0);
        }
        assertThat(tops.get(0)).isEqualTo(150);
        assertThat(tops.get(1)).isBetween(90, 130); // synth's: the row below the banner
    }

    private static Dataset ultrasound(BufferedImage image, UltrasoundRegion region) {
        TechnicalParameters p = TechnicalParameters.builder(Modality.US, InstanceUids.derive(1, "us-source"),
                Timestamps.at(LocalDateTime.of(2020, 5, 4, 3, 2, 1))).size(image.getWidth(), image.getHeight())
                .ultrasoundRegion(region).build();
        Dataset ds = IodTemplate.create(p);
        byte[] rgb = new byte[image.getWidth() * image.getHeight() * 3];
        int i = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                for (int s = 0; s < 3; s++) {
                    rgb[i++] = (byte) image.getRaster().getSample(x, y, s);
                }
            }
        }
        return ds.setBytes(Tags.PixelData, Vr.OB, rgb);
    }

    /** Every text value of the data set and its items, private ones included, joined. */
    private static String allText(Dataset ds) {
        StringBuilder sb = new StringBuilder();
        for (Element e : ds.elements()) {
            if (e.value() instanceof Value.Items) {
                for (Dataset item : ((Value.Items) e.value()).items()) {
                    sb.append(allText(item));
                }
            } else if (e.vr().isText() || e.vr() == Vr.UN) {
                sb.append(String.join("\\", ds.getStrings(e.tag()))).append('|');
                if (e.value() instanceof Value.Bytes) {
                    sb.append(new String(((Value.Bytes) e.value()).toArray(), StandardCharsets.ISO_8859_1)).append('|');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void twoRunsGiveTheSameFixture() throws Exception {
        Path sources = dir.resolve("pocus");
        ultrasoundFolder(sources);
        SourceFiles.writeDicom(sources.resolve("zz.dcm"), SourceFiles.ct(HEIGHT, WIDTH, "wrong modality"));
        StudySpec spec = StudySpec.builder(Modality.US_CINE).sources(sources).seriesPerStudy(2).seed(3).build();
        StudyFixture one = new StudyGenerator().generate(spec, dir.resolve("one"));
        StudyFixture two = new StudyGenerator(2).generate(spec, dir.resolve("two"));
        String marker = Files.readString(one.directory().resolve(FixtureFolder.MARKER));
        assertThat(Files.readString(two.directory().resolve(FixtureFolder.MARKER))).isEqualTo(marker);
        assertThat(marker).contains("sources=" + sources.toString().replace('\\', '/'));
        assertThat(one.manifest().get(5).reason()).startsWith("not a US_CINE source: its SOP Class UID is "
                + "1.2.840.10008.5.1.4.1.1.2 (CT Image Storage)");
        assertThat(FixtureFolder.open(one.directory()).manifest()).isEqualTo(one.manifest());
    }

    private static ManifestEntry processed(int index, String source) {
        return new ManifestEntry(key(index), source, ManifestEntry.Status.PROCESSED, "", instance(index), 1);
    }

    private static ManifestEntry quarantined(int index, String source, String reason) {
        return new ManifestEntry(key(index), source, ManifestEntry.Status.QUARANTINED, reason, "", 0);
    }

    private static String key(int index) {
        return "patient/0/study/0/series/0/instance/" + index;
    }

    private static String instance(int index) {
        return String.format(java.util.Locale.ROOT, "patient-0001/study-01/series-01/instance-%04d.dcm", index + 1);
    }

    private static BufferedImage rotateClockwise(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getHeight(), in.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.getRaster().setPixel(x, y, in.getRaster().getPixel(y, in.getHeight() - 1 - x, (int[]) null));
            }
        }
        return out;
    }

    private static BufferedImage rotateCounterClockwise(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getHeight(), in.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.getRaster().setPixel(x, y, in.getRaster().getPixel(in.getWidth() - 1 - y, x, (int[]) null));
            }
        }
        return out;
    }
}
