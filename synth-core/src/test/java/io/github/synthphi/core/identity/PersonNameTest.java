package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.Vr;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void writesTheFiveComponentsDroppingTrailingEmptyOnes() {
        assertThat(new NameGroup("Smith", "John", "Paul", "Mr.", "Jr.").toDicom()).isEqualTo("Smith^John^Paul^Mr.^Jr.");
        assertThat(new NameGroup("Smith", "John", "", "Dr.", "").toDicom()).isEqualTo("Smith^John^^Dr.");
        assertThat(NameGroup.of("Smith", "").toDicom()).isEqualTo("Smith");
        assertThat(new NameGroup("", "", "", "", "").toDicom()).isEmpty();
        assertThat(new NameGroup("Smith", "John", "", "Dr.", "").components()).containsExactly("Smith", "John", "Dr.");
    }

    @Test
    void writesTheThreeGroupsOfPs35AnnexH() {
        PersonName yamada = new PersonName(NameGroup.of("Yamada", "Tarou"), Optional.of(NameGroup.of("山田", "太郎")),
                Optional.of(NameGroup.of("やまだ", "たろう")));
        assertThat(yamada.toDicom()).isEqualTo("Yamada^Tarou=山田^太郎=やまだ^たろう");
        assertThat(yamada.components()).containsExactly("Yamada", "Tarou", "山田", "太郎", "やまだ", "たろう");
        assertThat(yamada.family()).isEqualTo("Yamada");
        assertThat(yamada.groups()).hasSize(3);
        // the project's own codec encodes it with the character set the locale declares
        byte[] bytes = SpecificCharacterSet.of(IdentityLocale.JA_JP.specificCharacterSet())
                .encode(yamada.toDicom(), Vr.PN);
        assertThat(bytes).hasSizeGreaterThan(yamada.toDicom().length());
    }

    @Test
    void dropsTrailingEmptyGroupsButKeepsAnEmptyMiddleOne() {
        PersonName alphabeticOnly = PersonName.of(NameGroup.of("Müller", "Jürgen"));
        assertThat(alphabeticOnly.toDicom()).isEqualTo("Müller^Jürgen");
        PersonName noIdeographic = new PersonName(NameGroup.of("Yamada", "Tarou"), Optional.empty(),
                Optional.of(NameGroup.of("やまだ", "たろう")));
        assertThat(noIdeographic.toDicom()).isEqualTo("Yamada^Tarou==やまだ^たろう");
        PersonName ideographicOnly = new PersonName(NameGroup.of("Yamada", "Tarou"),
                Optional.of(NameGroup.of("山田", "太郎")), Optional.empty());
        assertThat(ideographicOnly.toDicom()).isEqualTo("Yamada^Tarou=山田^太郎");
    }

    @Test
    void rejectsDelimitersInsideAComponent() {
        assertThatThrownBy(() -> NameGroup.of("Smith^John", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("family");
        assertThatThrownBy(() -> NameGroup.of("Smith", "A=B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given");
        assertThatThrownBy(() -> new NameGroup("a", "b", "c\\d", "", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NameGroup.of(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("family");
    }

    @Test
    void listsAreUnmodifiable() {
        PersonName n = PersonName.of(NameGroup.of("Smith", "John"));
        List<String> components = n.components();
        assertThatThrownBy(() -> components.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
