package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.truth.SafeHarbor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifyingValuesTest {

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void areSortedUniquePerFieldAndCategorised(IdentityLocale locale) {
        Identities ids = new IdentityFactory(42L, locale).identities(0, 0);
        List<IdentifyingValue> values = ids.identifyingValues();
        assertThat(values).isSorted().doesNotHaveDuplicates();
        assertThat(values).extracting(IdentifyingValue::field).doesNotHaveDuplicates();
        Map<String, IdentifyingValue> byField = values.stream()
                .collect(Collectors.toMap(IdentifyingValue::field, Function.identity()));
        Patient p = ids.patient();
        assertThat(byField.get("patient.name").value()).isEqualTo(p.name().toDicom());
        assertThat(byField.get("patient.name").category()).isEqualTo(SafeHarbor.NAMES);
        assertThat(byField.get("patient.name.family").value()).isEqualTo(p.name().family());
        assertThat(byField.get("patient.mrn").category()).isEqualTo(SafeHarbor.MEDICAL_RECORD_NUMBERS);
        assertThat(byField.get("patient.otherIds[0]").category()).isEqualTo(SafeHarbor.SOCIAL_SECURITY_NUMBERS);
        assertThat(byField.get("patient.otherIds[1]").category()).isEqualTo(SafeHarbor.HEALTH_PLAN_BENEFICIARY_NUMBERS);
        assertThat(byField.get("patient.birthDate").value()).matches("(19|20)\\d{6}");
        assertThat(byField.get("patient.birthDate").category()).isEqualTo(SafeHarbor.DATES);
        assertThat(byField.get("patient.phone").category()).isEqualTo(SafeHarbor.TELEPHONE_NUMBERS);
        assertThat(byField.get("patient.email").category()).isEqualTo(SafeHarbor.EMAIL_ADDRESSES);
        assertThat(byField.get("patient.address.city").category()).isEqualTo(SafeHarbor.GEOGRAPHIC_SUBDIVISIONS);
        assertThat(byField.get("device.udi").category()).isEqualTo(SafeHarbor.DEVICE_IDENTIFIERS);
        assertThat(byField.get("study.accessionNumber").value()).isEqualTo(ids.study().accessionNumber());
        assertThat(byField.get("careTeam.referring.name.family").value()).isEqualTo(ids.careTeam().referring().name().family());
        assertThat(byField.get("patient.occupation").distinctive()).isFalse();
        assertThat(byField.get("patient.militaryRank").distinctive()).isFalse();
        assertThat(byField).doesNotContainKeys("patient.sex", "patient.size", "patient.weight");
    }

    @ParameterizedTest
    @EnumSource(IdentityLocale.class)
    void holdEveryNameComponentOfEveryPerson(IdentityLocale locale) {
        Identities ids = new IdentityFactory(9L, locale).identities(3, 1);
        List<String> values = ids.identifyingValues().stream().map(IdentifyingValue::value).toList();
        List<PersonName> names = new java.util.ArrayList<>(List.of(ids.patient().name(), ids.patient().birthName(),
                ids.patient().mothersBirthName()));
        names.addAll(ids.patient().otherNames());
        ids.careTeam().members().forEach(m -> names.add(m.name()));
        for (PersonName n : names) {
            assertThat(values).contains(n.toDicom()).containsAll(n.components());
        }
    }

    @Test
    void holdTheJapaneseIdeographicAndPhoneticComponents() {
        Identities ids = new IdentityFactory(1L, IdentityLocale.JA_JP).identities(0, 0);
        Map<String, String> byField = ids.identifyingValues().stream()
                .collect(Collectors.toMap(IdentifyingValue::field, IdentifyingValue::value));
        PersonName n = ids.patient().name();
        assertThat(byField.get("patient.name.ideographic.family")).isEqualTo(n.ideographic().orElseThrow().family());
        assertThat(byField.get("patient.name.phonetic.given")).isEqualTo(n.phonetic().orElseThrow().given());
        assertThat(byField.get("patient.name")).contains("=");
    }

    @Test
    void holdTheAgeOnlyWhenItIsOver89() {
        IdentityFactory factory = new IdentityFactory(5L, IdentityLocale.JA_JP);
        int seenOver = 0;
        int seenUnder = 0;
        for (int p = 0; p < 300; p++) {
            Identities ids = factory.identities(p, 0);
            boolean over = Ages.isOver89(ids.patient().birthDate(), ids.study().studyDate());
            boolean listed = ids.identifyingValues().stream().anyMatch(v -> v.field().equals("study.patientAge")
                    && v.value().equals(ids.patientAge()) && v.category() == SafeHarbor.DATES);
            assertThat(listed).as("age %s listed", ids.patientAge()).isEqualTo(over);
            seenOver += over ? 1 : 0;
            seenUnder += over ? 0 : 1;
        }
        assertThat(seenOver).isPositive();
        assertThat(seenUnder).isPositive();
    }

    @Test
    void areUnmodifiable() {
        List<IdentifyingValue> values = new IdentityFactory(1L).patient(0).identifyingValues();
        org.assertj.core.api.Assertions.assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
