package io.github.synthphi.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.AnswerKey;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParameterTypesTest {

    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @Test
    void everySupportedTypeReceivesTheSameStudy() throws Exception {
        SEEN.clear();

        EngineExecutionResults results = Kit.run(AllTypesTestCase.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        StudyFixture fixture = (StudyFixture) SEEN.get("fixture");
        assertThat(fixture.spec().modality()).isEqualTo(Modality.SC);
        assertThat(fixture.seed()).isEqualTo(5L);
        assertThat(SEEN.get("folder")).isEqualTo(fixture.directory());
        assertThat(SEEN.get("files")).isEqualTo(fixture.files());
        assertThat(((AnswerKey) SEEN.get("key")).entries()).isEqualTo(fixture.answerKey().entries());
        assertThat((Boolean) SEEN.get("opened")).as("FixtureFolder.open accepted the shared folder").isTrue();
    }

    @Test
    void anUnsupportedTypeNamesTheParameterAndTheSupportedTypes() {
        Throwable failure = Kit.onlyFailure(Kit.run(WrongTypeTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@SyntheticStudy cannot inject parameter '#0' of void "
                        + WrongTypeTestCase.class.getName() + ".receives(java.io.File) ")
                .hasMessageContaining("of type java.io.File; supported types: StudyFixture (folder, files, answer key, "
                        + "identities, seed, spec), Path (the study folder), List<Path> (its instance files), AnswerKey");
    }

    @Test
    void aListOfAnotherElementTypeIsRefused() {
        Throwable failure = Kit.onlyFailure(Kit.run(WrongListTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("of type java.util.List<java.lang.String>; supported types:");
    }

    @Test
    void anImpossibleCountSaysWhichAttributeAndWhatIsAllowed() {
        Throwable failure = Kit.onlyFailure(Kit.run(ImpossibleCountTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@SyntheticStudy on parameter '#0' of void "
                        + ImpossibleCountTestCase.class.getName() + ".receives(")
                .hasMessageEndingWith("asks for a study synth cannot make: patients must be 1 to 10000, got 0; change "
                        + "that attribute");
    }

    @Test
    void anUnknownTransferSyntaxListsTheWritableOnes() {
        Throwable failure = Kit.onlyFailure(Kit.run(UnknownTransferSyntaxTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class).hasMessageContaining(
                "transferSyntax 'JPEG 2000' is not one synth writes; allowed, by name or UID: Explicit VR Little Endian "
                        + "(1.2.840.10008.1.2.1), Implicit VR Little Endian (1.2.840.10008.1.2), Deflated Explicit VR "
                        + "Little Endian (1.2.840.10008.1.2.1.99), RLE Lossless (1.2.840.10008.1.2.5)");
    }

    @Test
    void anUnknownLocaleListsTheKnownOnes() {
        Throwable failure = Kit.onlyFailure(Kit.run(UnknownLocaleTestCase.class));

        assertThat(failure).hasMessageContaining("locale 'fr-FR' is not one synth makes identities in; allowed: en-US, "
                + "de-DE, ja-JP");
    }

    @Test
    void aStudyWhoseEveryInstanceIsQuarantinedIsRefusedWithTheReason() {
        Throwable failure = Kit.onlyFailure(Kit.run(NoRoomForTheBannerTestCase.class));

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("every instance was quarantined, so the study has no files: ")
                .hasMessageContaining("burn_region_exceeds_image (need ")
                .hasMessageEndingWith("a larger image (rows, columns) leaves room for the burned-in banner, or burnIn = "
                        + "false burns none");
    }

    @Test
    void attributesReachTheSpec() {
        SEEN.clear();

        Kit.run(AttributesTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

        StudyFixture f = (StudyFixture) SEEN.get("fixture");
        assertThat(f.spec().modality()).as("US with frames > 1 is the cine").isEqualTo(Modality.US_CINE);
        assertThat(f.spec().frames()).isEqualTo(2);
        assertThat(f.spec().rows()).isEqualTo(240);
        assertThat(f.spec().columns()).isEqualTo(320);
        assertThat(f.spec().transferSyntax().uid()).isEqualTo("1.2.840.10008.1.2.5");
        assertThat(f.spec().locale().languageTag()).isEqualTo("de-DE");
        assertThat(f.spec().seriesPerStudy()).isEqualTo(2);
        assertThat(f.files()).hasSize(2);
        assertThat(f.spec().burnIn()).isFalse();
    }

    static class AllTypesTestCase {
        @Test
        void receives(@SmallStudy StudyFixture fixture, @SmallStudy Path folder, @SmallStudy List<Path> files,
                      @SmallStudy AnswerKey key) throws Exception {
            SEEN.put("fixture", fixture);
            SEEN.put("folder", folder);
            SEEN.put("files", files);
            SEEN.put("key", key);
            SEEN.put("opened", FixtureFolder.open(folder).equals(fixture));
        }
    }

    static class WrongTypeTestCase {
        @Test
        void receives(@SyntheticStudy(modality = Modality.SC) File study) {
            SEEN.put("unreachable", study);
        }
    }

    static class WrongListTestCase {
        @Test
        void receives(@SyntheticStudy(modality = Modality.SC) List<String> study) {
            SEEN.put("unreachable", study);
        }
    }

    static class ImpossibleCountTestCase {
        @Test
        void receives(@SyntheticStudy(modality = Modality.SC, patients = 0) StudyFixture study) {
            SEEN.put("unreachable", study);
        }
    }

    static class UnknownTransferSyntaxTestCase {
        @Test
        void receives(@SyntheticStudy(modality = Modality.SC, transferSyntax = "JPEG 2000") StudyFixture study) {
            SEEN.put("unreachable", study);
        }
    }

    static class UnknownLocaleTestCase {
        @Test
        void receives(@SyntheticStudy(modality = Modality.SC, locale = "fr-FR") StudyFixture study) {
            SEEN.put("unreachable", study);
        }
    }

    static class NoRoomForTheBannerTestCase {
        @Test
        void receives(@SyntheticStudy(modality = Modality.SC, rows = 32, columns = 32) StudyFixture study) {
            SEEN.put("unreachable", study);
        }
    }

    static class AttributesTestCase {
        @Test
        void receives(@SyntheticStudy(modality = Modality.US, frames = 2, rows = 240, columns = 320,
                transferSyntax = "rle_lossless", locale = "de-DE", series = 2, burnIn = false, seed = 3)
                      StudyFixture study) {
            SEEN.put("fixture", study);
        }
    }

}
