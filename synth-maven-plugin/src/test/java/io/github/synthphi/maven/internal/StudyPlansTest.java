package io.github.synthphi.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.identity.Seeds;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.maven.Study;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyPlansTest {

    private static Study study(String text) {
        Study s = new Study();
        s.set(text);
        return s;
    }

    @Test
    void namesDefaultToTheModalityAndSeedsDeriveFromTheGoalSeedAndTheName() throws Exception {
        List<PlannedStudy> plans = StudyPlans.resolve(42, List.of(study("CT"), study("US_CINE")));

        assertThat(plans).extracting(PlannedStudy::name).containsExactly("ct", "us-cine");
        assertThat(plans.get(0).spec().seed()).isEqualTo(Seeds.caseSeed(42, "study/ct"));
        assertThat(plans.get(1).spec().seed()).isEqualTo(Seeds.caseSeed(42, "study/us-cine"));
        assertThat(plans.get(0).spec().seed()).isNotEqualTo(plans.get(1).spec().seed());
    }

    @Test
    void addingAStudyChangesNoOtherStudy() throws Exception {
        StudySpec alone = StudyPlans.resolve(42, List.of(study("CT"))).get(0).spec();
        StudySpec withAnother = StudyPlans.resolve(42, List.of(study("MR"), study("CT"))).get(1).spec();

        assertThat(withAnother.cacheKey()).isEqualTo(alone.cacheKey());
    }

    @Test
    void everyElementReachesTheSpec() throws Exception {
        Study s = study("US_CINE:name=cine:count=2:studiesPerPatient=2:series=3:instances=4:frames=5:rows=100"
                + ":columns=200:transferSyntax=rle-lossless:locale=de-DE:burnIn=false:seed=7");

        StudySpec spec = StudyPlans.resolve(1, List.of(s)).get(0).spec();

        assertThat(spec.modality()).isEqualTo(Modality.US_CINE);
        assertThat(spec.patients()).isEqualTo(2);
        assertThat(spec.studiesPerPatient()).isEqualTo(2);
        assertThat(spec.seriesPerStudy()).isEqualTo(3);
        assertThat(spec.instancesPerSeries()).isEqualTo(4);
        assertThat(spec.frames()).isEqualTo(5);
        assertThat(spec.rows()).isEqualTo(100);
        assertThat(spec.columns()).isEqualTo(200);
        assertThat(spec.transferSyntax()).isEqualTo(TransferSyntax.RLE_LOSSLESS);
        assertThat(spec.locale()).isEqualTo(IdentityLocale.forLanguageTag("de-DE").orElseThrow());
        assertThat(spec.burnIn()).isFalse();
        assertThat(spec.seed()).isEqualTo(7);
    }

    @Test
    void rowsAloneKeepTheModalityColumns() throws Exception {
        StudySpec spec = StudyPlans.resolve(1, List.of(study("MR:rows=64"))).get(0).spec();

        assertThat(spec.rows()).isEqualTo(64);
        assertThat(spec.columns()).isEqualTo(Modality.MR.defaultColumns());
    }

    @Test
    void twoStudiesOfOneNameAskForANameOfTheirOwn() {
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of(study("CT"), study("MR:name=CT"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("studies 1 and 2 are both named 'CT'")
                .hasMessageContaining("give each a <name> of its own");
    }

    @Test
    void anUnknownModalityNamesTheAllowedOnes() {
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of(study("XR"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown <modality> 'XR'")
                .hasMessageContaining("CT, MR");
    }

    @Test
    void valuesOutOfRangeNameTheStudy() {
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of(study("CT:name=big:rows=8"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("study 1 ('big'): ")
                .hasMessageContaining("16 to 4096");
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of(study("CT:transferSyntax=JPEG"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("EXPLICIT_VR_LITTLE_ENDIAN");
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of(study("CT:locale=fr-FR"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown <locale> 'fr-FR'");
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of(study("CT:name=.hidden"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cannot be a folder name");
    }

    @Test
    void noStudiesIsAConfigurationError() {
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("<studies><study><modality>CT</modality></study></studies>");
        assertThatThrownBy(() -> StudyPlans.resolve(1, List.of(new Study())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("has no <modality>");
    }

    @Test
    void theTextFormRejectsWhatItCannotRead() {
        assertThatThrownBy(() -> study("count=2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with its modality");
        assertThatThrownBy(() -> study("CT:colour=red")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> study("CT:count=two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count must be a whole number, got 'two'");
        assertThatThrownBy(() -> study("CT:burnIn=yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("burnIn must be true or false");
    }

    @Test
    void listsInTheTextFormAreSeparatedByPlus() throws Exception {
        StudySpec spec = StudyPlans.resolve(1, List.of(study("CT:locations=dates+uids:burnVariants=small-text")))
                .get(0).spec();

        assertThat(spec.locations()).extracting(Enum::name).containsExactlyInAnyOrder("DATES", "UIDS");
        assertThat(spec.burnVariants()).extracting(Enum::name).containsExactly("SMALL_TEXT");
    }
}
