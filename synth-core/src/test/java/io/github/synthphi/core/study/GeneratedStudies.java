package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The small but realistic studies the generator verification tests generate, and their generation into a
 * folder that is then read back from its files ({@link FixtureFolder#open}), so that the tests judge the files
 * and the CSV files beside them, not the generator's objects.
 */
final class GeneratedStudies {

    /** The seed of every study these tests generate. */
    static final long SEED = 20_250_611L;

    private GeneratedStudies() {
    }

    /** The locale and Specific Character Set of the planted text. */
    enum Text {
        EN_US("en-US", IdentityLocale.EN_US, Optional.empty()),
        DE_DE("de-DE", IdentityLocale.DE_DE, Optional.empty()),
        JA_JP_IR87("ja-JP ISO 2022 IR 87", IdentityLocale.JA_JP, Optional.empty()),
        JA_JP_UTF8("ja-JP ISO_IR 192", IdentityLocale.JA_JP, Optional.of(List.of("ISO_IR 192")));

        final String label;
        final IdentityLocale locale;
        final Optional<List<String>> specificCharacterSet;

        Text(String label, IdentityLocale locale, Optional<List<String>> specificCharacterSet) {
            this.label = label;
            this.locale = locale;
            this.specificCharacterSet = specificCharacterSet;
        }
    }

    /**
     * One patient with two studies, one series (two for every other modality) of two instances each, the
     * modality's default size, four frames for multi-frame ultrasound, every burn variant.
     */
    static StudySpec spec(Modality modality, Text text, TransferSyntax ts) {
        StudySpec.Builder b = StudySpec.builder(modality)
                .patients(1)
                .studiesPerPatient(2)
                .seriesPerStudy(modality.ordinal() % 2 == 0 ? 1 : 2)
                .instancesPerSeries(2)
                .locale(text.locale)
                .transferSyntax(ts)
                .burnVariants(EnumSet.allOf(BurnVariant.class))
                .seed(SEED);
        if (modality.isMultiFrame()) {
            b.frames(4);
        }
        text.specificCharacterSet.ifPresent(b::specificCharacterSet);
        return b.build();
    }

    /** A name for a case, such as {@code CT de-DE RLE Lossless}. */
    static String describe(Modality modality, Text text, TransferSyntax ts) {
        return modality + " " + text.label + " " + ts.name();
    }

    /**
     * Generates {@code spec} into {@code dir} and reads the fixture back from the folder; asserts that no
     * instance was quarantined, so the tests see every instance the spec asks for.
     */
    static StudyFixture generate(StudySpec spec, Path dir) throws IOException {
        new StudyGenerator().generate(spec, dir);
        StudyFixture fixture = FixtureFolder.open(dir);
        assertThat(fixture.manifest()).as("run_manifest.csv of %s", spec.canonicalForm())
                .allSatisfy(m -> assertThat(m.status()).as("%s: %s", m.itemId(), m.reason())
                        .isEqualTo(ManifestEntry.Status.PROCESSED));
        assertThat(fixture.files()).as("files of %s", spec.canonicalForm()).hasSize((int) spec.instanceCount());
        return fixture;
    }
}
