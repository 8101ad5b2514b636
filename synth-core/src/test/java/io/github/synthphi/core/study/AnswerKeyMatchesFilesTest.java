package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DecodedText;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.TagPath;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer key describes the files as written: every entry's tag path resolves in its file and holds the
 * planted value, every burned region lies in its image, and no file or folder name gives a planted value away.
 */
class AnswerKeyMatchesFilesTest {

    @TempDir
    static Path dir;

    private static final Map<String, StudyFixture> FIXTURES = new LinkedHashMap<>();

    static Map<String, StudySpec> specs() {
        Map<String, StudySpec> s = new LinkedHashMap<>();
        s.put("us-cine", StudySpec.builder(Modality.US_CINE).frames(3)
                .burnVariants(EnumSet.allOf(BurnVariant.class)).seed(31L).build());
        s.put("us-ja", StudySpec.builder(Modality.US).locale(IdentityLocale.JA_JP)
                .transferSyntax(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN).seed(32L).build());
        s.put("ct", StudySpec.builder(Modality.CT).size(384, 384).studiesPerPatient(2).instancesPerSeries(2)
                .transferSyntax(TransferSyntax.RLE_LOSSLESS).seed(33L).build());
        s.put("mr-ja-utf8", StudySpec.builder(Modality.MR).size(384, 384).locale(IdentityLocale.JA_JP)
                .specificCharacterSet(List.of("ISO_IR 192")).seed(34L).build());
        s.put("cr-implicit", StudySpec.builder(Modality.CR).size(384, 512)
                .transferSyntax(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN).seed(35L).build());
        s.put("dx-de", StudySpec.builder(Modality.DX).size(384, 512).locale(IdentityLocale.DE_DE)
                .burnVariants(EnumSet.of(BurnVariant.LOW_CONTRAST, BurnVariant.SMALL_TEXT)).seed(36L).build());
        s.put("mg", StudySpec.builder(Modality.MG).size(768, 576).seed(37L).build());
        s.put("sc-de-utf8", StudySpec.builder(Modality.SC).size(384, 384).locale(IdentityLocale.DE_DE)
                .specificCharacterSet(List.of("ISO_IR 192")).burnVariants(EnumSet.of(BurnVariant.INSIDE_IMAGE))
                .seed(38L).build());
        return s;
    }

    @BeforeAll
    static void generate() throws IOException {
        for (Map.Entry<String, StudySpec> e : specs().entrySet()) {
            StudyFixture fixture = new StudyGenerator().generate(e.getValue(), dir.resolve(e.getKey()));
            assertThat(fixture.manifest()).as("manifest of %s", e.getKey())
                    .allMatch(m -> m.status() == ManifestEntry.Status.PROCESSED, "processed");
            FIXTURES.put(e.getKey(), fixture);
        }
    }

    static Set<String> cases() {
        return specs().keySet();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyEntryResolvesInItsFileAndHoldsThePlantedValue(String name) {
        StudyFixture fixture = FIXTURES.get(name);
        Map<String, DicomFile> files = StudyFiles.bySopInstanceUid(fixture);
        assertThat(fixture.answerKey().instances()).as("instances with entries in %s", name)
                .isEqualTo(files.keySet());
        boolean explicitVr = fixture.spec().transferSyntax().explicitVr();
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Map.Entry<String, DicomFile> f : files.entrySet()) {
            Dataset ds = f.getValue().dataset();
            for (AnswerKeyEntry entry : fixture.answerKey().forInstance(f.getKey())) {
                if (entry.isPixelEntry()) {
                    Box box = entry.region().orElseThrow().inkBox();
                    softly.assertThat(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= fixture.spec().columns()
                            && box.y() + box.height() <= fixture.spec().rows())
                            .as("%s: the burned box %s of '%s' lies in the image", name, box, entry.actionText())
                            .isTrue();
                    continue;
                }
                TagPath path = entry.tagPath().orElseThrow();
                String where = name + " " + f.getKey() + " " + path + " (" + entry.action().midiName() + ")";
                Element element = path.resolve(ds).orElse(null);
                softly.assertThat(element).as("%s resolves in the file", where).isNotNull();
                if (element == null) {
                    continue;
                }
                Dataset parent = StudyFiles.parentOf(ds, path).orElseThrow();
                Tag tag = StudyFiles.tagIn(parent, path.leaf()).orElseThrow();
                if (explicitVr || !path.leaf().isPrivate()) {
                    // encapsulated Pixel Data included: the key says OB, as the file has it
                    softly.assertThat(element.vr().name()).as("%s: VR", where).isEqualTo(entry.vr());
                }
                if (element.vr() == Vr.UN && path.leaf().isPrivate() && !explicitVr) {
                    // Implicit VR leaves a reader without the private dictionary UN: read it with the key's VR
                    parent = new Dataset();
                    ds.get(Tags.SpecificCharacterSet).ifPresent(parent::set);
                    parent.set(new Element(tag, Vr.of(entry.vr()).orElseThrow(), element.value()));
                    element = parent.get(tag).orElseThrow();
                }
                if (element.vr().isText()) {
                    DecodedText decoded = parent.decode(tag).orElseThrow();
                    softly.assertThat(decoded.problem()).as("%s: decoding problem", where).isEmpty();
                    softly.assertThat(String.join("\\", parent.getStrings(tag))).as("%s: decoded value", where)
                            .isEqualTo(entry.value());
                    checked++;
                } else if (tag.equals(Tags.Rows) || tag.equals(Tags.Columns)) {
                    softly.assertThat(Integer.toString(parent.getInt(tag).orElseThrow())).as("%s: value", where)
                            .isEqualTo(entry.value());
                    checked++;
                } else {
                    softly.assertThat(List.of(Tags.OverlayData, Tags.PixelData)).as("%s: a binary element", where)
                            .contains(tag);
                }
            }
        }
        softly.assertAll();
        assertThat(checked).as("values compared in %s", name).isGreaterThan(100 * files.size());
    }

    @Test
    void noFileOrFolderNameHoldsAPlantedToken() throws IOException {
        int names = 0;
        for (Map.Entry<String, StudyFixture> f : FIXTURES.entrySet()) {
            Map<String, String> tokens = new LinkedHashMap<>(); // token -> where it was planted
            for (AnswerKeyEntry e : f.getValue().answerKey().entries()) {
                if (e.action() == Action.TEXT_RETAINED || e.action() == Action.TAG_RETAINED
                        || e.action() == Action.PIXELS_RETAINED) {
                    continue; // clinical words and controls, which identify nobody
                }
                String where = e.tagPath().map(TagPath::toString).orElse("burned text") + " " + e.keyword();
                for (String text : List.of(e.value(), e.actionText())) {
                    tokens(text).forEach(t -> tokens.putIfAbsent(t, where + " = " + text));
                }
            }
            assertThat(tokens).as("planted tokens of %s", f.getKey()).hasSizeGreaterThan(50);
            for (String relative : FolderDigests.of(f.getValue().directory()).digests().keySet()) {
                names++;
                for (String word : tokens(relative)) {
                    assertThat(tokens).as("%s: the name %s holds the planted token '%s' (from %s)", f.getKey(),
                            relative, word, tokens.get(word)).doesNotContainKey(word);
                }
            }
        }
        assertThat(names).as("names checked").isGreaterThan(FIXTURES.size() * 6);
    }

    /**
     * The words of a text, as DESIGN.md's scan finds them: runs of letters or digits, case and diacritics folded;
     * words shorter than three characters (sex codes, initials, the {@code 01} of a numbered folder) identify
     * nobody on their own and are left out.
     */
    static Set<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Set<String> out = new TreeSet<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                out.add(word);
            }
        }
        return out;
    }
}
