package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void sortsUnsigned() {
        List<Tag> tags = new ArrayList<>(List.of(Tag.ITEM, Tags.PixelData, Tags.PatientName, Tag.of(0x8001, 0)));
        Collections.sort(tags);
        assertThat(tags).containsExactly(Tags.PatientName, Tags.PixelData, Tag.of(0x8001, 0), Tag.ITEM);
    }

    @Test
    void printsAndParses() {
        assertThat(Tags.StudyInstanceUID).hasToString("(0020,000D)");
        assertThat(Tag.parse("(0020,000d)")).isEqualTo(Tags.StudyInstanceUID);
        assertThat(Tag.parse("0020000D")).isEqualTo(Tags.StudyInstanceUID);
        assertThatIllegalArgumentException().isThrownBy(() -> Tag.parse("(0020,00GZ)")).withMessageContaining("00GZ");
        assertThatIllegalArgumentException().isThrownBy(() -> Tag.of(0x10000, 0));
    }

    @Test
    void classifiesPrivateTags() {
        assertThat(Tag.of(0x0009, 0x0010).isPrivateCreator()).isTrue();
        assertThat(Tag.of(0x0009, 0x1010).isPrivate()).isTrue();
        assertThat(Tag.of(0x0009, 0x1010).isPrivateCreator()).isFalse();
        assertThat(Tag.of(0x0007, 0x0010).isPrivate()).as("groups 1-7 are not private").isFalse();
        assertThat(Tag.of(0xFFFF, 0x0010).isPrivate()).isFalse();
        assertThat(Tags.PatientName.isPrivate()).isFalse();
    }

    @Test
    void vrFacts() {
        assertThat(Vr.values()).hasSize(34);
        assertThat(Vr.OB.explicitHeaderLength()).isEqualTo(12);
        assertThat(Vr.UC.explicitHeaderLength()).isEqualTo(12);
        assertThat(Vr.SV.explicitHeaderLength()).isEqualTo(12);
        assertThat(Vr.PN.explicitHeaderLength()).isEqualTo(8);
        assertThat(Vr.UI.paddingByte()).isZero();
        assertThat(Vr.LO.paddingByte()).isEqualTo((byte) ' ');
        assertThat(Vr.OB.paddingByte()).isZero();
        assertThat(Vr.ST.isMultiValued()).isFalse();
        assertThat(Vr.of("XX")).isEmpty();
        assertThat(Vr.ofCode('U', 'V')).contains(Vr.UV);
    }
}
