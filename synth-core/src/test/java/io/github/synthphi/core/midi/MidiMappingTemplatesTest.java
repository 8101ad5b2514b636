package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.Scope;
import io.github.synthphi.core.truth.TagPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping templates list every old identifier MIDI's script looks up, with id_new empty. */
class MidiMappingTemplatesTest {

    @TempDir
    Path dir;

    private static AnswerKeyEntry entry(Action action, Tag tag, String value) {
        return new AnswerKeyEntry("1.3", Scope.INSTANCE, Optional.of(TagPath.of(tag)), "n", value, action, value,
                "HIPAA-R", "", "", Optional.empty(), "", "x", Optional.empty());
    }

    @Test
    void theTemplatesListInstanceIdentifiersAndConsistencyValues() throws Exception {
        AnswerKey key = AnswerKey.of(List.of(entry(Action.UID_CONSISTENT, Tag.of(0x0008, 0x1155), "1.9"),
                entry(Action.PATID_CONSISTENT, Tag.of(0x0010, 0x0020), "P-OTHER"),
                entry(Action.TEXT_REMOVED, Tag.of(0x0010, 0x0010), "DOE^JANE")));
        MidiMappingTemplates.write(key, List.of(new MidiInstance("1.3", "P1", "1.1", "1.2", "CT", "1.2.840", "P1")),
                dir);
        assertThat(Files.readAllLines(dir.resolve(MidiMappingTemplates.UID_FILE)))
                .containsExactly("id_old,id_new", "1.1,", "1.2,", "1.3,", "1.9,");
        assertThat(Files.readAllLines(dir.resolve(MidiMappingTemplates.PATIENT_ID_FILE)))
                .containsExactly("id_old,id_new", "P-OTHER,", "P1,");
    }
}
