package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.Scope;
import io.github.synthphi.core.truth.TagPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading hand-built MIDI keys: the fields, the wrappers, the tag paths, the errors. */
class MidiAnswerDbTest {

    @TempDir
    Path dir;

    private Path handKey() throws Exception {
        Path file = dir.resolve("key.db");
        new HandKeys()
                .row("1014584441", "1.2.3", "1.2.3.4", "1.2.3.4.5", "CT", HandKeys.object(
                        HandKeys.check("0", "text_removed", "<(0010,0010)>", "Patient's Name", "SANCHEZ^TIMOTHY",
                                "SANCHEZ^TIMOTHY", "HIPAA-A", null),
                        HandKeys.check("1", "uid_changed",
                                "<(0008,1115)>[<0000>]<(0008,114a)>[<0001>]<(0008,1155)>",
                                "Referenced SOP Instance UID", "1.2.3.9", "1.2.3.9", null, null),
                        HandKeys.check("2", "text_retained", "<(0019,\"SIEMENS CT VA0  COAD\",92)>", "[SFOV Type]",
                                "P4^P101^S108^I0, Gated, 0.0% 20140321", "P4^P101^S108^I0, Gated, 0.0%", null,
                                "TCIA-P15-DESC-C"),
                        HandKeys.check("3", "tag_retained", "<(0020,000d)>", "Study Instance UID", "1.2.3", null,
                                null, null),
                        HandKeys.check("4", "text_notnull", "<(0008,0060)>", "Modality", "", null, null, null)))
                .row("1014584441", "1.2.3", "1.2.3.4", "1.2.3.4.6", "CT", HandKeys.object(
                        "\"0\": {\"action\": \"<pixels_hidden>\", \"tag\": null, \"tag_ds\": null, \"tag_name\": null,"
                                + " \"value\": null, \"action_text\": \"{\\\"text\\\": \\\"DOE JOHN\\\", "
                                + "\\\"top_left\\\": [10, 20], \\\"bottom_right\\\": [90, 32]}\", \"scope\": null, "
                                + "\"answer_category\": null, \"answer_category_v2\": null}"))
                .write(file);
        return file;
    }

    @Test
    void readsEveryFieldOfHandBuiltRows() throws Exception {
        List<MidiRow> rows = new ArrayList<>();
        try (MidiAnswerDb db = MidiAnswerDb.open(handKey())) {
            assertThat(db.rowCount()).isEqualTo(2);
            assertThat(db.hasScopeColumn()).isFalse();
            assertThat(db.hasSynthChecks()).isFalse();
            db.forEachRow(rows::add);
        }
        assertThat(rows).hasSize(2);
        MidiRow first = rows.get(0);
        assertThat(first.sopInstanceUid()).isEqualTo("1.2.3.4.5");
        assertThat(first.patientId()).isEqualTo("1014584441");
        assertThat(first.studyInstanceUid()).isEqualTo("1.2.3");
        assertThat(first.seriesInstanceUid()).isEqualTo("1.2.3.4");
        assertThat(first.modality()).isEqualTo("CT");
        assertThat(first.checks()).extracting(MidiCheck::action).containsExactly(Action.TEXT_REMOVED,
                Action.UID_CHANGED, Action.TEXT_RETAINED, Action.TAG_RETAINED, Action.TEXT_NOTNULL);

        MidiCheck name = first.checks().get(0);
        assertThat(name.value()).contains("SANCHEZ^TIMOTHY");
        assertThat(name.tagName()).contains("Patient's Name");
        assertThat(name.tagDs()).contains("<(0010,0010)>");
        assertThat(name.scope()).contains("Instance");
        assertThat(name.categories()).containsExactly("x");
        assertThat(name.categoryV2("hipaa_z")).contains("HIPAA-A");
        assertThat(name.categoryV2("hipaa_m")).isEmpty();
        assertThat(name.categoryV2("dicom_iod")).contains("DICOM-IOD-1");

        TagPath nested = first.checks().get(1).tagPath().orElseThrow();
        assertThat(nested.depth()).isEqualTo(2);
        assertThat(nested.nodes().get(0).item()).isZero();
        assertThat(nested.nodes().get(1).element()).isEqualTo(0x114A);
        assertThat(nested.nodes().get(1).item()).isEqualTo(1);
        assertThat(nested.leaf().element()).isEqualTo(0x1155);

        TagPath priv = first.checks().get(2).tagPath().orElseThrow();
        assertThat(priv.leaf().creator()).isEqualTo("SIEMENS CT VA0  COAD");
        assertThat(priv.leaf().group()).isEqualTo(0x0019);
        assertThat(priv.leaf().element()).isEqualTo(0x92);
        assertThat(first.checks().get(2).actionText()).contains("P4^P101^S108^I0, Gated, 0.0%");

        assertThat(first.checks().get(3).actionText()).as("JSON null is not the empty text").isEmpty();
        assertThat(first.checks().get(4).value()).as("<> is the empty text").contains("");

        MidiCheck pixels = rows.get(1).checks().get(0);
        assertThat(pixels.tagDs()).isEmpty();
        MidiPixelBox box = MidiPixelBox.parse(pixels.actionText().orElseThrow());
        assertThat(box.text()).isEqualTo("DOE JOHN");
        assertThat(box.box()).isEqualTo(new Box(10, 20, 80, 12));
    }

    @Test
    void aMidiKeyReadsAsASynthKey() throws Exception {
        AnswerKey key = MidiKeys.read(handKey());
        assertThat(key.size()).isEqualTo(6);
        AnswerKeyEntry removed = key.byAction(Action.TEXT_REMOVED).get(0);
        assertThat(removed.category()).isEqualTo("HIPAA-A");
        assertThat(removed.safeHarbor().map(h -> h.letter())).contains('A');
        assertThat(removed.scope()).isEqualTo(Scope.INSTANCE);
        assertThat(removed.location()).isEqualTo(MidiKeys.MIDI_LOCATION);
        AnswerKeyEntry retained = key.byAction(Action.TEXT_RETAINED).get(0);
        assertThat(retained.category()).isEqualTo("TCIA-P15-DESC-C");
        AnswerKeyEntry pixels = key.byAction(Action.PIXELS_HIDDEN).get(0);
        assertThat(pixels.region().orElseThrow().inkBox()).isEqualTo(new Box(10, 20, 80, 12));
        assertThat(pixels.actionText()).isEqualTo("DOE JOHN");
        assertThat(pixels.tagPath()).isEqualTo(Optional.empty());
    }

    @Test
    void identifiersWrappedLikeCheckTextsAreUnwrapped() throws Exception {
        Path file = dir.resolve("wrapped.db");
        new HandKeys().row("<1014584441>", "<1.2.3>", "<1.2.3.4>", "<1.2.3.4.5>", "<CT>", "{}").write(file);
        List<MidiRow> rows = new ArrayList<>();
        try (MidiAnswerDb db = MidiAnswerDb.open(file)) {
            db.forEachRow(rows::add);
        }
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.sopInstanceUid()).isEqualTo("1.2.3.4.5");
            assertThat(r.patientId()).isEqualTo("1014584441");
            assertThat(r.modality()).isEqualTo("CT");
            assertThat(r.checks()).isEmpty();
        });
    }

    @Test
    void errorsNameTheFileRowAndCheck() throws Exception {
        Path bad = dir.resolve("bad.db");
        new HandKeys().row("p", "1", "1.1", "9.9.9", "CT", HandKeys.object(
                HandKeys.check("0", "text_erased", "<(0010,0010)>", "x", "x", "x", null, null))).write(bad);
        assertThatThrownBy(() -> {
            try (MidiAnswerDb db = MidiAnswerDb.open(bad)) {
                db.forEachRow(r -> { });
            }
        }).isInstanceOf(MidiKeyException.class).hasMessageContaining("bad.db").hasMessageContaining("9.9.9")
                .hasMessageContaining("\"0\"").hasMessageContaining("text_erased");

        Path notSqlite = Files.writeString(dir.resolve("plain.db"), "not a database at all, just text\n");
        assertThatThrownBy(() -> MidiAnswerDb.open(notSqlite)).isInstanceOf(MidiKeyException.class)
                .hasMessageContaining("plain.db");
        assertThatThrownBy(() -> MidiAnswerDb.open(dir.resolve("absent.db"))).isInstanceOf(MidiKeyException.class)
                .hasMessageContaining("absent.db");
    }
}
