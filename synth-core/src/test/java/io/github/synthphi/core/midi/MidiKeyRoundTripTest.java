package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.Scope;
import io.github.synthphi.core.truth.TagPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** synth key -> MIDI database -> synth key loses nothing, and the database is what MIDI reads. */
class MidiKeyRoundTripTest {

    /** Texts that break careless SQL, JSON, wrapper or locale handling. */
    private static final List<String> NASTY = List.of("", " ", "  lead", "trail  ", "comma, in", "quote \" in",
            "line\nbreak", "back\\slash", "100% %s %n", "Müller^Zoë", "İSTANBUL ı", "日本語", "emoji 😀",
            "<wrapped>", "<>", "<<double>>", "<", ">", "<(0010,0010)>", "tab\tin", "'; DROP TABLE answer_data; --",
            "{\"text\": \"x\"}", "\u0001 control", "null", "NaN", "DOE^JANE^^DR.^");
    private static final String[] CREATORS = {"SYNTH PHI", "SIEMENS CT VA0  COAD", "ÜNÏCODE Ö"};

    @TempDir
    Path dir;

    @Test
    void nastyKeysComeBackEqual() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            AnswerKey key = AnswerKey.of(entries(seed, 400));
            Path file = dir.resolve("k" + seed + ".db");
            MidiKeyWriter.write(key, List.of(), file);
            assertThat(MidiKeys.read(file)).as("seed %d", seed).isEqualTo(key);
        }
    }

    @Test
    void aGeneratedFixtureKeyComesBackEqualAndTheBytesAreDeterministic() throws Exception {
        StudySpec spec = StudySpec.builder(Modality.CT).patients(1).studiesPerPatient(1).seriesPerStudy(1)
                .instancesPerSeries(2).seed(7).build();
        StudyFixture fixture = new StudyGenerator(1).generate(spec, dir.resolve("fixture"));
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        List<MidiInstance> instances = List.of(new MidiInstance(fixture.answerKey().instances().first(), "PAT",
                "1.2", "1.2.3", "CT", "1.2.840.10008.5.1.4.1.1.2", "PAT"));
        MidiKeyWriter.write(fixture.answerKey(), instances, a);
        MidiKeyWriter.write(fixture.answerKey(), instances, b);
        assertThat(MidiKeys.read(a)).isEqualTo(fixture.answerKey());
        assertThat(Files.mismatch(a, b)).as("two writes of one key give the same bytes").isEqualTo(-1L);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList())
                .as("no journal or temporary file is left").containsExactly("a.db", "b.db", "fixture");
        List<MidiRow> rows = new ArrayList<>();
        try (MidiAnswerDb db = MidiAnswerDb.open(a)) {
            db.forEachRow(rows::add);
        }
        assertThat(rows.get(0).patientId()).isEqualTo("PAT");
        assertThat(rows.get(0).modality()).isEqualTo("CT");
        long checks = rows.stream().mapToLong(r -> r.checks().size()).sum();
        long expressible = fixture.answerKey().entries().stream()
                .filter(e -> e.action() != Action.PIXELS_RETAINED)
                .filter(e -> e.region().isEmpty() || e.action() == Action.PIXELS_HIDDEN).count();
        assertThat(checks).isEqualTo(expressible);
    }

    @Test
    void theTablesAndJsonAreMidis() throws Exception {
        TagPath nested = TagPath.of(Tag.of(0x0008, 0x1115)).item(0, Tag.of(0x0008, 0x114A));
        nested = new TagPath(List.of(nested.nodes().get(0), new TagPath.Node(0x0008, 0x114A, "", 1),
                new TagPath.Node(0x0008, 0x1155, "", -1)));
        AnswerKeyEntry name = new AnswerKeyEntry("1.2.5", Scope.PATIENT, Optional.of(TagPath.of(Tag.of(0x10, 0x10))),
                "Patient's Name", "DOE^JANE", Action.TEXT_REMOVED, "DOE^JANE", "HIPAA-A", "PatientName", "PN",
                Optional.of(SafeHarbor.NAMES), "Z", "patient-module", Optional.empty());
        AnswerKeyEntry ref = new AnswerKeyEntry("1.2.5", Scope.INSTANCE, Optional.of(nested),
                "Referenced SOP Instance UID", "1.2.9", Action.UID_CHANGED, "1.2.9", "HIPAA-R", "", "UI",
                Optional.empty(), "U", "sequences", Optional.empty());
        PixelRegion region = new PixelRegion("DOE JANE", "synth-small", 2, 10, 20, new Box(10, 20, 80, 12),
                List.of(0, 1), 255);
        AnswerKeyEntry pixels = new AnswerKeyEntry("1.2.5", Scope.INSTANCE, Optional.empty(), "Burned In Text",
                "DOE^JANE", Action.PIXELS_HIDDEN, "DOE JANE", "HIPAA-A", "", "", Optional.of(SafeHarbor.NAMES), "",
                "burned-in", Optional.of(region));
        AnswerKeyEntry label = new AnswerKeyEntry("1.2.5", Scope.INSTANCE, Optional.empty(), "Burned In Text",
                "AXIAL", Action.PIXELS_RETAINED, "AXIAL", "TCIA-P15-PIX-K", "", "", Optional.empty(), "",
                "burned-in", Optional.of(region));
        AnswerKeyEntry imageType = new AnswerKeyEntry("1.2.5", Scope.INSTANCE,
                Optional.of(TagPath.of(Tag.of(0x0008, 0x0008))), "Image Type", "ORIGINAL\\PRIMARY",
                Action.TEXT_RETAINED, "ORIGINAL\\PRIMARY", "DICOM-IOD", "ImageType", "CS", Optional.empty(), "",
                "control", Optional.empty());
        AnswerKeyEntry spacing = new AnswerKeyEntry("1.2.5", Scope.INSTANCE,
                Optional.of(TagPath.of(Tag.of(0x0028, 0x0030))), "Pixel Spacing", "0.5\\0.5", Action.TEXT_RETAINED,
                "0.5\\0.5", "DICOM-IOD", "PixelSpacing", "DS", Optional.empty(), "", "control", Optional.empty());
        AnswerKey key = AnswerKey.of(List.of(name, ref, pixels, label, imageType, spacing));
        Path file = dir.resolve("midi.db");
        MidiKeyWriter.write(key, List.of(), file);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("PRAGMA table_info(answer_data)")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            assertThat(columns).containsExactly("index", "group", "Modality", "SOPClassUID", "PatientID",
                    "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "Digest", "AnswerData");
            try (ResultSet rs = s.executeQuery("SELECT SOPInstanceUID, AnswerData FROM answer_data")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("identifiers are stored without brackets").isEqualTo("1.2.5");
                String json = rs.getString(2);
                assertThat(json).as("checks in key order: (0008,0008), (0008,1115), (0010,0010), (0028,0030), pixels")
                        .contains("\"0\":{\"action\":\"<text_retained>\"")
                        .contains("\"1\":{\"action\":\"<uid_changed>\"")
                        .contains("\"2\":{\"action\":\"<text_removed>\"")
                        .contains("\"4\":{\"action\":\"<pixels_hidden>\"")
                        .contains("\"tag_ds\":\"<(0010,0010)>\"")
                        .contains("\"value\":\"<DOE^JANE>\"")
                        .contains("\"scope\":\"<Patient>\"")
                        .contains("\"tag_ds\":\"<(0008,1115)>[<0000>]<(0008,114a)>[<0001>]<(0008,1155)>\"")
                        .contains("\"action\":\"<pixels_hidden>\"")
                        .contains("\"hipaa\":{\"z\":\"<HIPAA-A>\"")
                        .contains("\"value\":\"<['ORIGINAL', 'PRIMARY']>\"")
                        .contains("\"action_text\":\"<[0.5, 0.5]>\"")
                        .doesNotContain("pixels_retained")
                        .doesNotContain("\"5\"");
                assertThat(rs.next()).isFalse();
            }
        }
        List<MidiCheck> checks = new ArrayList<>();
        try (MidiAnswerDb db = MidiAnswerDb.open(file)) {
            db.forEachRow(r -> checks.addAll(r.checks()));
        }
        MidiCheck hidden = checks.stream().filter(c -> c.action() == Action.PIXELS_HIDDEN).findFirst().orElseThrow();
        assertThat(hidden.tagDs()).isEmpty();
        MidiPixelBox box = MidiPixelBox.parse(hidden.actionText().orElseThrow());
        assertThat(box.text()).isEqualTo("DOE JANE");
        assertThat(box.box()).isEqualTo(new Box(10, 20, 80, 12));
        assertThat(MidiKeys.read(file)).isEqualTo(key);
    }

    private static List<AnswerKeyEntry> entries(long seed, int count) {
        Random r = new Random(seed);
        List<AnswerKeyEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sop = r.nextInt(10) == 0 ? nasty(r) : "2.25." + r.nextInt(7);
            Action action = Action.values()[r.nextInt(Action.values().length)];
            Scope scope = Scope.values()[r.nextInt(Scope.values().length)];
            Optional<SafeHarbor> harbor = r.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(SafeHarbor.values()[r.nextInt(SafeHarbor.values().length)]);
            if (r.nextInt(4) == 0) {
                Box box = new Box(r.nextInt(600) - 5, r.nextInt(400), r.nextInt(300), r.nextInt(40));
                List<Integer> frames = new ArrayList<>();
                for (int f = 0; f < r.nextInt(40); f++) {
                    if (r.nextBoolean()) {
                        frames.add(f);
                    }
                }
                PixelRegion region = new PixelRegion(nasty(r), nasty(r), 1 + r.nextInt(3), r.nextInt(600) - 5,
                        r.nextInt(400), box, frames, r.nextInt(65536));
                out.add(new AnswerKeyEntry(sop, scope, Optional.empty(), nasty(r), nasty(r),
                        r.nextBoolean() ? Action.PIXELS_HIDDEN : action, nasty(r), nasty(r), nasty(r), nasty(r),
                        harbor, nasty(r), nasty(r), Optional.of(region)));
            } else {
                out.add(new AnswerKeyEntry(sop, scope, Optional.of(path(r)), nasty(r), nasty(r), action, nasty(r),
                        nasty(r), nasty(r), nasty(r), harbor, nasty(r), nasty(r), Optional.empty()));
            }
        }
        return out;
    }

    private static String nasty(Random r) {
        return r.nextInt(4) == 0 ? NASTY.get(r.nextInt(NASTY.size())) + NASTY.get(r.nextInt(NASTY.size()))
                : NASTY.get(r.nextInt(NASTY.size()));
    }

    private static TagPath path(Random r) {
        List<TagPath.Node> nodes = new ArrayList<>();
        int depth = r.nextInt(3);
        for (int d = 0; d <= depth; d++) {
            int item = d == depth ? -1 : r.nextInt(12);
            nodes.add(r.nextInt(4) == 0
                    ? new TagPath.Node(0x0009 + 2 * r.nextInt(20), r.nextInt(256), CREATORS[r.nextInt(3)], item)
                    : new TagPath.Node(0x0008 + 2 * r.nextInt(6), r.nextInt(0x10000), "", item));
        }
        return new TagPath(nodes);
    }
}
