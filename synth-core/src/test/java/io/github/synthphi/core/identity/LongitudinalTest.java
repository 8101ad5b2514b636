package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LongitudinalTest {

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void studiesOfOnePatientShareThePatientButNotTheStudyIdentifiers(IdentityLocale locale) {
        IdentityFactory factory = new IdentityFactory(2024L, locale);
        Identities first = factory.identities(4, 0);
        Set<String> accessions = new HashSet<>();
        Set<String> studyIds = new HashSet<>();
        Set<String> performers = new HashSet<>();
        for (int s = 0; s < 6; s++) {
            Identities study = factory.identities(4, s);
            assertThat(study.patient()).isEqualTo(first.patient());
            assertThat(study.institution()).isEqualTo(first.institution());
            assertThat(study.careTeam().referring()).as("the patient's own physician").isEqualTo(first.careTeam().referring());
            assertThat(study.patient().pseudonymousKey()).isEqualTo("DEID-0005");
            accessions.add(study.study().accessionNumber());
            studyIds.add(study.study().studyId());
            performers.add(study.careTeam().performing().name().toDicom());
        }
        assertThat(accessions).hasSize(6);
        assertThat(studyIds).hasSize(6);
        assertThat(performers).as("performing physicians of six studies").hasSizeGreaterThan(1);
        assertThat(factory.identities(5, 0).patient()).isNotEqualTo(first.patient());
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void theAccessionNumberCarriesTheYearOfTheStudy(IdentityLocale locale) {
        IdentityFactory factory = new IdentityFactory(8L, locale);
        for (int p = 0; p < 30; p++) {
            StudyIdentity s = factory.study(p, p % 5);
            assertThat(s.accessionNumber()).matches("A\\d{9}")
                    .startsWith(String.format(java.util.Locale.ROOT, "A%02d", s.studyDate().getYear() % 100));
            assertThat(s.studyId()).matches("S\\d{7}");
        }
    }
}
