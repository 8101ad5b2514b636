package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityFactory;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StudySpecTest {

    // --- validation: every rejected value is named in the message

    static Stream<Arguments> rejected() {
        return Stream.of(
                reject("patients 0", b -> b.patients(0), "patients must be 1 to 10000, got 0"),
                reject("patients 10001", b -> b.patients(10_001), "patients must be 1 to 10000, got 10001"),
                reject("studies 0", b -> b.studiesPerPatient(0), "studiesPerPatient must be 1 to 10000, got 0"),
                reject("studies 25", b -> b.studiesPerPatient(IdentityFactory.MAX_STUDIES_PER_PATIENT + 1),
                        "studiesPerPatient must be 1 to 24 (the studies of one patient stay within 2015 to 2024), "
                                + "got 25"),
                reject("series 0", b -> b.seriesPerStudy(0), "seriesPerStudy must be 1 to 10000, got 0"),
                reject("instances -3", b -> b.instancesPerSeries(-3), "instancesPerSeries must be 1 to 10000, got -3"),
                reject("frames 0", b -> b.frames(0), "frames must be 1 to 10000, got 0"),
                reject("CT with 2 frames", b -> b.frames(2),
                        "CT instances have one frame, not 2; use US_CINE for multi-frame ultrasound"),
                reject("15 rows", b -> b.size(64, 15), "rows and columns must be 16 to 4096, got 64x15"),
                reject("4097 columns", b -> b.size(4097, 64), "rows and columns must be 16 to 4096, got 4097x64"),
                reject("12 bits allocated", b -> b.bits(12, 12), "bitsAllocated must be 8 or 16, got 12"),
                reject("17 bits stored", b -> b.bits(16, 17), "bitsStored must be 1 to 16, got 17"),
                reject("0 bits stored", b -> b.bits(16, 0), "bitsStored must be 1 to 16, got 0"),
                reject("YBR_FULL", b -> b.photometricInterpretation("YBR_FULL"),
                        "photometricInterpretation must be MONOCHROME2 or RGB, got YBR_FULL"),
                reject("RGB CT", b -> b.photometricInterpretation("RGB"),
                        "RGB is generated for 8-bit ultrasound only, not CT with 16 bits"),
                reject("JPEG Baseline", b -> b.transferSyntax(TransferSyntax.JPEG_BASELINE),
                        "got JPEG Baseline (Process 1) (1.2.840.10008.1.2.4.50)"),
                reject("Big Endian", b -> b.transferSyntax(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN),
                        "got Explicit VR Big Endian (1.2.840.10008.1.2.2)"),
                reject("unknown charset", b -> b.specificCharacterSet(List.of("ISO_IR 999")),
                        "specificCharacterSet [ISO_IR 999]: "),
                reject("de-DE in ASCII", b -> b.locale(IdentityLocale.DE_DE).specificCharacterSet(List.of()),
                        "locale de-DE needs Specific Character Set [ISO_IR 100] or [ISO_IR 192], not []"),
                reject("ja-JP in Latin-1", b -> b.locale(IdentityLocale.JA_JP)
                                .specificCharacterSet(List.of("ISO_IR 100")),
                        "locale ja-JP needs Specific Character Set [, ISO 2022 IR 87] or [ISO_IR 192], "
                                + "not [ISO_IR 100]"),
                reject("variants without burn-in",
                        b -> b.burnIn(false).burnVariants(EnumSet.of(BurnVariant.SMALL_TEXT)),
                        "burnVariants [SMALL_TEXT] need burnIn"));
    }

    private static Arguments reject(String name, UnaryOperator<StudySpec.Builder> change, String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void aValueOutOfRangeIsRejectedWithItsName(String name, UnaryOperator<StudySpec.Builder> change, String message) {
        StudySpec.Builder builder = change.apply(StudySpec.builder(Modality.CT));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void rgbIsForEightBitUltrasoundOnly() {
        assertThatThrownBy(() -> StudySpec.builder(Modality.US).bits(16, 12).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RGB is generated for 8-bit ultrasound only, not US with 16 bits");
        assertThat(StudySpec.builder(Modality.US).photometricInterpretation("MONOCHROME2").build()
                .photometricInterpretation()).isEqualTo("MONOCHROME2");
    }

    @Test
    void nullsAreRejectedWithTheArgumentsName() {
        StudySpec s = StudySpec.builder(Modality.CT).build();
        assertThatThrownBy(() -> StudySpec.builder(null)).hasMessage("modality");
        assertThatThrownBy(() -> StudySpec.builder(Modality.CT).transferSyntax(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("transferSyntax");
        assertThatThrownBy(() -> StudySpec.builder(Modality.CT).locale(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("locale");
        assertThatThrownBy(() -> StudySpec.builder(Modality.CT).photometricInterpretation(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("photometricInterpretation");
        assertThatThrownBy(() -> withCollections(s, null, s.burnVariants(), s.locations()))
                .isInstanceOf(NullPointerException.class).hasMessage("specificCharacterSet");
        assertThatThrownBy(() -> withCollections(s, s.specificCharacterSet(), null, s.locations()))
                .isInstanceOf(NullPointerException.class).hasMessage("burnVariants");
        assertThatThrownBy(() -> withCollections(s, s.specificCharacterSet(), s.burnVariants(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("locations");
    }

    private static StudySpec withCollections(StudySpec s, List<String> charset, Set<BurnVariant> variants,
                                             Set<PlantingLocation> locations) {
        return new StudySpec(s.modality(), s.patients(), s.studiesPerPatient(), s.seriesPerStudy(),
                s.instancesPerSeries(), s.frames(), s.rows(), s.columns(), s.bitsAllocated(), s.bitsStored(),
                s.photometricInterpretation(), s.transferSyntax(), s.locale(), charset, s.burnIn(), variants,
                locations, s.seed(), s.sources());
    }

    // --- builder defaults

    @ParameterizedTest
    @EnumSource(Modality.class)
    void theBuilderStartsFromTheModalitysDefaults(Modality modality) {
        StudySpec spec = StudySpec.builder(modality).build();
        assertThat(spec.modality()).isEqualTo(modality);
        assertThat(spec.patients()).as("patients").isEqualTo(1);
        assertThat(spec.studiesPerPatient()).as("studiesPerPatient").isEqualTo(1);
        assertThat(spec.seriesPerStudy()).as("seriesPerStudy").isEqualTo(1);
        assertThat(spec.instancesPerSeries()).as("instancesPerSeries").isEqualTo(1);
        assertThat(spec.instanceCount()).as("instanceCount").isEqualTo(1);
        assertThat(spec.frames()).as("frames").isEqualTo(modality.defaultFrames());
        assertThat(spec.rows()).as("rows").isEqualTo(modality.defaultRows());
        assertThat(spec.columns()).as("columns").isEqualTo(modality.defaultColumns());
        assertThat(spec.bitsAllocated()).as("bitsAllocated").isEqualTo(modality.bitsAllocated());
        assertThat(spec.photometricInterpretation()).as("photometricInterpretation")
                .isEqualTo(modality.photometricInterpretation());
        assertThat(spec.transferSyntax()).as("transferSyntax").isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(spec.locale()).as("locale").isEqualTo(IdentityLocale.EN_US);
        assertThat(spec.specificCharacterSet()).as("specificCharacterSet").isEmpty();
        assertThat(spec.burnIn()).as("burnIn").isTrue();
        assertThat(spec.burnVariants()).as("burnVariants").isEmpty();
        assertThat(spec.locations()).as("locations").isEqualTo(EnumSet.allOf(PlantingLocation.class));
        assertThat(spec.seed()).as("seed").isEqualTo(StudySpec.DEFAULT_SEED);
    }

    @Test
    void theDefaultSizesAndBitsAreThoseOfEachModality() {
        assertThat(sizeAndBits(Modality.US_CINE)).isEqualTo("640x480 16 frames 8/8 RGB");
        assertThat(sizeAndBits(Modality.US)).isEqualTo("640x480 1 frames 8/8 RGB");
        assertThat(sizeAndBits(Modality.CT)).isEqualTo("512x512 1 frames 16/12 MONOCHROME2");
        assertThat(sizeAndBits(Modality.MR)).isEqualTo("512x512 1 frames 16/12 MONOCHROME2");
        assertThat(sizeAndBits(Modality.CR)).isEqualTo("1024x1024 1 frames 16/12 MONOCHROME2");
        assertThat(sizeAndBits(Modality.DX)).isEqualTo("1024x1024 1 frames 16/12 MONOCHROME2");
        assertThat(sizeAndBits(Modality.MG)).isEqualTo("1024x768 1 frames 16/14 MONOCHROME2");
        assertThat(sizeAndBits(Modality.SC)).isEqualTo("512x512 1 frames 8/8 MONOCHROME2");
    }

    private static String sizeAndBits(Modality modality) {
        StudySpec s = StudySpec.builder(modality).build();
        return s.columns() + "x" + s.rows() + " " + s.frames() + " frames " + s.bitsAllocated() + "/" + s.bitsStored()
                + " " + s.photometricInterpretation();
    }

    @Test
    void theCharacterSetFollowsTheLocaleUnlessSetExplicitly() {
        assertThat(StudySpec.builder(Modality.CT).locale(IdentityLocale.DE_DE).build().specificCharacterSet())
                .containsExactly("ISO_IR 100");
        assertThat(StudySpec.builder(Modality.CT).locale(IdentityLocale.JA_JP).build().specificCharacterSet())
                .containsExactly("", "ISO 2022 IR 87");
        assertThat(StudySpec.builder(Modality.CT).locale(IdentityLocale.JA_JP)
                .specificCharacterSet(List.of("ISO_IR 192")).build().specificCharacterSet())
                .containsExactly("ISO_IR 192");
    }

    @Test
    void toBuilderGivesAnEqualSpecAndAChangedLocaleBringsItsCharacterSet() {
        StudySpec german = StudySpec.builder(Modality.SC).locale(IdentityLocale.DE_DE).patients(3).seed(9L).build();
        assertThat(german.toBuilder().build()).isEqualTo(german);
        StudySpec english = german.toBuilder().locale(IdentityLocale.EN_US).build();
        assertThat(english.specificCharacterSet()).as("character set after changing de-DE to en-US").isEmpty();
        StudySpec unicode = german.toBuilder().specificCharacterSet(List.of("ISO_IR 192")).build();
        assertThat(unicode.toBuilder().build()).isEqualTo(unicode);
        assertThat(unicode.toBuilder().locale(IdentityLocale.JA_JP).build().specificCharacterSet())
                .as("an explicit character set stays when the locale changes").containsExactly("ISO_IR 192");
    }

    @Test
    void theSpecsCollectionsAreUnmodifiableCopies() {
        List<String> charset = new ArrayList<>(List.of("ISO_IR 100"));
        Set<PlantingLocation> locations = EnumSet.of(PlantingLocation.DATES);
        StudySpec spec = StudySpec.builder(Modality.CT).locale(IdentityLocale.DE_DE).specificCharacterSet(charset)
                .locations(locations).build();
        charset.set(0, "ISO_IR 192");
        locations.add(PlantingLocation.UIDS);
        assertThat(spec.specificCharacterSet()).containsExactly("ISO_IR 100");
        assertThat(spec.locations()).containsExactly(PlantingLocation.DATES);
        assertThatThrownBy(() -> spec.locations().add(PlantingLocation.UIDS))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> spec.burnVariants().add(BurnVariant.SMALL_TEXT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- canonical form

    /** Specs varying every field: each modality, locale and character set, transfer syntax, variants, locations. */
    static List<StudySpec> manySpecs() {
        List<StudySpec> out = new ArrayList<>();
        List<TransferSyntax> syntaxes = TransferSyntax.writable();
        List<Set<PlantingLocation>> locationSets = List.of(EnumSet.allOf(PlantingLocation.class),
                EnumSet.noneOf(PlantingLocation.class), EnumSet.of(PlantingLocation.BURNED_IN),
                EnumSet.of(PlantingLocation.NESTED_SEQUENCES, PlantingLocation.PRIVATE_BLOCKS, PlantingLocation.DATES));
        List<Set<BurnVariant>> variantSets = List.of(EnumSet.noneOf(BurnVariant.class),
                EnumSet.allOf(BurnVariant.class), EnumSet.of(BurnVariant.SOME_FRAMES),
                EnumSet.of(BurnVariant.LOW_CONTRAST, BurnVariant.INSIDE_IMAGE));
        long[] seeds = {0L, 1L, -1L, 42L, Long.MAX_VALUE, Long.MIN_VALUE, StudySpec.DEFAULT_SEED};
        int i = 0;
        for (Modality modality : Modality.values()) {
            for (IdentityLocale locale : IdentityLocale.values()) {
                for (List<String> charset : List.of(locale.specificCharacterSet(), List.of("ISO_IR 192"))) {
                    for (int k = 0; k < 4; k++, i++) {
                        Set<BurnVariant> variants = variantSets.get(i % variantSets.size());
                        StudySpec.Builder b = StudySpec.builder(modality).locale(locale).specificCharacterSet(charset)
                                .transferSyntax(syntaxes.get(i % syntaxes.size()))
                                .locations(locationSets.get((i / 3) % locationSets.size()))
                                .burnIn(k != 3).burnVariants(k == 3 ? EnumSet.noneOf(BurnVariant.class) : variants)
                                .patients(1 + i % 5).studiesPerPatient(1 + i % 24).seriesPerStudy(1 + i % 3)
                                .instancesPerSeries(1 + i % 7).seed(seeds[i % seeds.length])
                                .size(16 + 37 * i % 4081, 16 + 53 * i % 4081);
                        if (modality.isMultiFrame()) {
                            b.frames(1 + i % 64);
                        }
                        if (modality.bitsAllocated() == 16) {
                            b.bits(16, 1 + i % 16);
                        } else if (!modality.photometricInterpretation().equals("RGB")) {
                            b.bits(8, 1 + i % 8);
                        }
                        out.add(b.build());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theCanonicalFormReadsBackAsAnEqualSpec() {
        List<StudySpec> specs = manySpecs();
        assertThat(specs).hasSizeGreaterThan(150);
        for (StudySpec spec : specs) {
            String text = spec.canonicalForm();
            assertThat(StudySpec.parseCanonicalForm(text)).as("the spec read back from %s", text).isEqualTo(spec);
            assertThat(StudySpec.parseCanonicalForm(text).canonicalForm()).as("canonical form of %s", text)
                    .isEqualTo(text);
        }
    }

    @Test
    void unequalSpecsHaveUnequalCanonicalForms() {
        List<StudySpec> specs = manySpecs();
        List<String> forms = specs.stream().map(StudySpec::canonicalForm).toList();
        assertThat(forms).doesNotHaveDuplicates();
        StudySpec base = StudySpec.builder(Modality.CT).build();
        assertThat(base.toBuilder().seed(base.seed() + 1).build().canonicalForm()).isNotEqualTo(base.canonicalForm());
        assertThat(base.toBuilder().locations(EnumSet.of(PlantingLocation.DATES)).build().canonicalForm())
                .isNotEqualTo(base.canonicalForm());
    }

    @Test
    void theCanonicalFormNamesEveryValue() {
        StudySpec spec = StudySpec.builder(Modality.US_CINE).frames(3).size(320, 240).locale(IdentityLocale.JA_JP)
                .transferSyntax(TransferSyntax.RLE_LOSSLESS).burnVariants(EnumSet.of(BurnVariant.SOME_FRAMES))
                .locations(EnumSet.of(PlantingLocation.UIDS, PlantingLocation.DATES)).seed(-42L).build();
        assertThat(spec.canonicalForm()).isEqualTo("modality=US_CINE;patients=1;studies=1;series=1;instances=1;"
                + "frames=3;rows=240;columns=320;bits=8/8;photometric=RGB;transferSyntax=1.2.840.10008.1.2.5;"
                + "locale=ja-JP;charset=\\ISO 2022 IR 87;burnIn=true;burnVariants=[SOME_FRAMES];"
                + "locations=[UIDS, DATES];seed=-42");
    }

    static Stream<Arguments> malformed() {
        String good = StudySpec.builder(Modality.CT).build().canonicalForm();
        return Stream.of(
                Arguments.of(good.replace("patients=1;", ""), "the field patients is missing"),
                Arguments.of(good.replace("patients=1", "patients=one"), "the field patients is not a number: 'one'"),
                Arguments.of(good.replace("rows=512", "rows="), "the field rows is not a number: ''"),
                Arguments.of(good.replace("bits=16/12", "bits=16"), "the field bits is not ALLOCATED/STORED: '16'"),
                Arguments.of(good.replace("bits=16/12", "bits=16/x"), "the field bits is not a number: 'x'"),
                Arguments.of(good.replace("seed=20240131", "seed=12345678901234567890"),
                        "the field seed is not a number: '12345678901234567890'"),
                Arguments.of(good.replace("burnIn=true", "burnIn=yes"), "the field burnIn is not true or false: 'yes'"),
                Arguments.of(good.replace("burnVariants=[]", "burnVariants=SMALL_TEXT"),
                        "the field burnVariants is not a list in brackets: 'SMALL_TEXT'"),
                Arguments.of(good.replace("locations=[", "locations=[ATTIC, "),
                        "the field locations has an unknown PlantingLocation 'ATTIC'"),
                Arguments.of(good.replace("modality=CT", "modality=PET"), "unknown modality PET"),
                Arguments.of(good.replace("locale=en-US", "locale=fr-FR"), "unknown locale fr-FR"),
                Arguments.of(good.replace("frames=1", "frames=0"), "frames must be 1 to 10000, got 0"),
                Arguments.of(good + ";oops", "not a spec field: 'oops'"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedCanonicalFormIsRejectedNamingTheField(String text, String message) {
        assertThatThrownBy(() -> StudySpec.parseCanonicalForm(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
