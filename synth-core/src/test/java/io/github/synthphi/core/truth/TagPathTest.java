package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagPathTest {

    private static final PrivateTag WARD = new PrivateTag("Synth PHI", 0x0019, 0x92);

    @Test
    void writesTheMidiSyntax() {
        assertThat(TagPath.of(Tags.AccessionNumber).toMidi()).isEqualTo("<(0008,0050)>");
        assertThat(TagPath.of(Tags.StudyInstanceUID).toMidi()).isEqualTo("<(0020,000d)>");
        assertThat(TagPath.of(Tags.ReferencedSeriesSequence).item(0, Tags.ReferencedImageSequence)
                .item(1, Tags.ReferencedSOPInstanceUID).toMidi())
                .isEqualTo("<(0008,1115)>[<0000>]<(0008,1140)>[<0001>]<(0008,1155)>");
        assertThat(TagPath.of(WARD).toMidi()).isEqualTo("<(0019,\"SYNTH PHI\",92)>");
    }

    @Test
    void parsesWhatItWrites() {
        for (String midi : List.of("<(0008,0050)>", "<(0008,1115)>[<0000>]<(0008,114a)>[<0001>]<(0008,1155)>",
                "<(0019,\"SIEMENS CT VA0  COAD\",92)>", "<(0040,0275)>[<0012>]<(0009,\"X Y\",0a)>")) {
            assertThat(TagPath.parseMidi(midi).toMidi()).isEqualTo(midi);
        }
        TagPath p = TagPath.parseMidi("<(0019,\"SIEMENS CT VA0  COAD\",92)>");
        assertThat(p.leaf().creator()).isEqualTo("SIEMENS CT VA0  COAD");
        assertThat(p.leaf().element()).isEqualTo(0x92);
    }

    @Test
    void keepsCreatorsUpperCasedSoTheMidiFormReadsBackAsAnEqualPath() {
        TagPath path = TagPath.of(Tags.RequestAttributesSequence).item(3, WARD);
        assertThat(path.leaf().creator()).isEqualTo("SYNTH PHI");
        assertThat(TagPath.parseMidi(path.toMidi())).isEqualTo(path);
        assertThat(new TagPath.Node(0x0019, 0x92, "Synth phi", -1))
                .isEqualTo(new TagPath.Node(0x0019, 0x92, "SYNTH PHI", -1));
    }

    @Test
    void rejectsWhatIsNotMidiSyntax() {
        assertThatIllegalArgumentException().isThrownBy(() -> TagPath.parseMidi("(0008,0050)"))
                .withMessageContaining("character 0");
        assertThatIllegalArgumentException().isThrownBy(() -> TagPath.parseMidi("<(0008,1115)>[<0000>]"))
                .withMessageContaining("cannot end with an item");
        assertThatIllegalArgumentException().isThrownBy(() -> TagPath.parseMidi("<(0008,1115)><(0008,1155)>"))
                .withMessageContaining("item index");
        assertThatIllegalArgumentException().isThrownBy(() -> TagPath.parseMidi("<(00g8,0050)>"))
                .withMessageContaining("hex");
    }

    @Test
    void resolvesThroughItemsAndPrivateBlocks() {
        Dataset inner = new Dataset();
        inner.setString(inner.reserve(WARD), Vr.LO, "WARD 7");
        Dataset ds = new Dataset().setItems(Tags.RequestAttributesSequence,
                List.of(new Dataset(), new Dataset().setItems(Tags.ReferencedStudySequence, List.of(inner))));
        TagPath path = TagPath.of(Tags.RequestAttributesSequence).item(1, Tags.ReferencedStudySequence)
                .item(0, WARD);
        assertThat(path.resolve(ds)).get().satisfies(e -> assertThat(e.tag()).isEqualTo(Tag.of(0x0019, 0x1092)));
        assertThat(TagPath.parseMidi(path.toMidi()).resolve(ds)).isPresent();
        assertThat(TagPath.of(Tags.RequestAttributesSequence).item(2, Tags.ReferencedStudySequence).resolve(ds))
                .isEmpty();
        assertThat(path.depth()).isEqualTo(2);
    }
}
