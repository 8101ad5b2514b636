package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.SpecificCharacterSet;
import io.github.synthphi.core.dicom.Vr;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JapaneseNamesTest {

    private final JapaneseNames table = JapaneseNames.table();

    @Test
    void everyEntryHasRomajiKanjiAndHiraganaThatIso2022Ir87Encodes() {
        SpecificCharacterSet ir87 = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
        List<NamePart> all = table.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(85);
        for (NamePart p : all) {
            assertThat(p.alphabetic()).matches("[A-Z][a-z]+");
            assertThat(p.ideographic()).matches("\\p{IsHan}+");
            assertThat(p.phonetic()).matches("\\p{IsHiragana}+");
            byte[] bytes = ir87.encode(p.alphabetic() + "=" + p.ideographic() + "=" + p.phonetic(), Vr.PN);
            String back = ir87.decode(bytes, 0, bytes.length, Vr.PN).text();
            assertThat(back).isEqualTo(p.alphabetic() + "=" + p.ideographic() + "=" + p.phonetic());
            assertThat(ControlWords.collides(p.alphabetic())).as(p.alphabetic()).isFalse();
            // validators split values at every byte 0x5C, even inside a two-byte character (本 is 0x4B5C)
            assertThat(IdentityLocale.JA_JP.canEncode(p.ideographic())).as(p.ideographic()).isTrue();
            assertThat(IdentityLocale.JA_JP.canEncode(p.phonetic())).as(p.phonetic()).isTrue();
        }
    }

    @Test
    void kanjiAreUniqueWithinEachList() {
        Set<String> family = new HashSet<>();
        Set<String> given = new HashSet<>();
        Random random = new Random(1);
        for (int i = 0; i < 5000; i++) {
            family.add(table.family(random).ideographic());
            given.add(table.given(random, Sex.MALE).ideographic());
            given.add(table.given(random, Sex.FEMALE).ideographic());
        }
        assertThat(family).hasSize(41);
        assertThat(given).hasSize(48);
        assertThat(new HashSet<>(table.all())).hasSize(table.all().size());
    }

    @Test
    void romajiSpellsTheKanaWithLongVowelsWrittenOut() {
        assertThat(table.all()).contains(new NamePart("Yamada", "山田", "やまだ"), new NamePart("Tarou", "太郎", "たろう"),
                new NamePart("Satou", "佐藤", "さとう"), new NamePart("Hanako", "花子", "はなこ"));
        PersonName yamada = Names.compose(new NamePart("Yamada", "山田", "やまだ"), new NamePart("Tarou", "太郎", "たろう"),
                NamePart.EMPTY, "", "").orElseThrow();
        assertThat(yamada.toDicom()).isEqualTo("Yamada^Tarou=山田^太郎=やまだ^たろう");
    }
}
