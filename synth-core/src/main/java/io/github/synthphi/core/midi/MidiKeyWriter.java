package io.github.synthphi.core.midi;

import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.TagPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/**
 * Writes a synth {@link AnswerKey} as a MIDI answer-key database, so that MIDI's validation script can score a
 * de-identifier on synth's fixtures: the table {@code answer_data} with MIDI's columns ({@code index, group,
 * Modality, SOPClassUID, PatientID, StudyInstanceUID, SeriesInstanceUID, SOPInstanceUID, Digest, AnswerData}),
 * one row per instance in SOP Instance UID order, each entry a check of the row's JSON keyed {@code "0"},
 * {@code "1"}, ... in the key's order, texts wrapped in angle brackets, tag paths in MIDI syntax.
 *
 * <p>Beside it, the table {@code synth_checks} holds synth's own fields (keyword, VR, Safe Harbor letter, Basic
 * Profile action, planting location, pixel region, synth's category), so {@link MidiKeys#read(Path)} gives back
 * a key equal to the one written. Synth's pixels_retained entries about a burned clinical label have no MIDI
 * equivalent (MIDI's pixels_retained compares an MD5 of the whole Pixel Data) and are kept only there.
 *
 * <p>The bytes are a function of the key, the instances and the pinned SQLite version alone: one transaction,
 * page size 4096, UTF-8, no journal, nothing from the clock.
 *
 * <pre>{@code
 * MidiKeyWriter.write(fixture.answerKey(), instances, dir.resolve(MidiKeyWriter.FILE_NAME));
 * }</pre>
 */
public final class MidiKeyWriter {

    /** The usual name of the file, beside {@code answer-key.csv}. */
    public static final String FILE_NAME = "answer-key.db";

    private static final String CREATE_ANSWER_DATA = "CREATE TABLE \"answer_data\" (\"index\" INTEGER, "
            + "\"group\" TEXT, \"Modality\" TEXT, \"SOPClassUID\" TEXT, \"PatientID\" TEXT, \"StudyInstanceUID\" TEXT, "
            + "\"SeriesInstanceUID\" TEXT, \"SOPInstanceUID\" TEXT, \"Digest\" TEXT, \"AnswerData\" TEXT)";

    private MidiKeyWriter() {
    }

    /**
     * Writes {@code key} to {@code file}, replacing it.
     *
     * @param instances the identifiers of the instances (any order); an instance of the key that is not among
     *     them gets empty identifiers, and one that has no entry gets a row with no checks
     * @throws MidiKeyException when SQLite fails
     */
    public static void write(AnswerKey key, Collection<MidiInstance> instances, Path file) throws IOException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(instances, "instances");
        Objects.requireNonNull(file, "file");
        SortedMap<String, MidiInstance> rows = new TreeMap<>();
        for (String sop : key.instances()) {
            rows.put(sop, MidiInstance.of(sop));
        }
        for (MidiInstance i : instances) {
            rows.put(i.sopInstanceUid(), i);
        }
        Files.deleteIfExists(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setPageSize(4096);
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(CREATE_ANSWER_DATA);
                s.execute(SynthChecksTable.createSql());
            }
            try (PreparedStatement answers = c.prepareStatement(
                    "INSERT INTO \"answer_data\" VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)");
                 PreparedStatement synth = c.prepareStatement(SynthChecksTable.insertSql())) {
                long index = 0;
                for (MidiInstance i : rows.values()) {
                    List<MidiCheck> checks = new ArrayList<>();
                    int ordinal = 0;
                    for (AnswerKeyEntry e : key.forInstance(i.sopInstanceUid())) {
                        Optional<MidiCheck> check = check(e, Integer.toString(checks.size()));
                        check.ifPresent(checks::add);
                        SynthChecksTable.bind(synth, e, ordinal++, check);
                        synth.addBatch();
                    }
                    synth.executeBatch();
                    answers.setLong(1, index++);
                    answers.setString(2, identifier(i.group()));
                    answers.setString(3, identifier(i.modality()));
                    answers.setString(4, identifier(i.sopClassUid()));
                    answers.setString(5, identifier(i.patientId()));
                    answers.setString(6, identifier(i.studyInstanceUid()));
                    answers.setString(7, identifier(i.seriesInstanceUid()));
                    answers.setString(8, identifier(i.sopInstanceUid()));
                    answers.setString(9, AnswerDataJson.write(checks));
                    answers.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new MidiKeyException(file + ": cannot write the MIDI answer key: " + e.getMessage(), e);
        }
    }

    /**
     * An identifier as stored: as is, except that one that itself starts with {@code <} and ends with {@code >}
     * gets one more pair, since {@link MidiAnswerDb} removes one pair from wrapped identifiers.
     */
    private static String identifier(String id) {
        return id.length() >= 2 && id.startsWith("<") && id.endsWith(">") ? "<" + id + ">" : id;
    }

    /**
     * The MIDI check of one entry, when MIDI can express it: every element entry but pixels_retained, and
     * pixels_hidden with its box. synth's pixels_retained (the pixels outside planted regions, or a burned label,
     * unchanged) has no MIDI equivalent: MIDI's compares the MD5 of the raw Pixel Data, which hiding burned text
     * or a lossless re-encoding changes.
     *
     * <p>A text_retained or text_removed value with several values ({@code \}-separated, of a multi-valued text
     * VR) is written as pydicom renders it, a Python list ({@code ['ORIGINAL', 'PRIMARY']}, {@code [0.5, 0.5]}
     * for DS, IS and PN), since MIDI compares it with the file's value rendered so.
     */
    public static Optional<MidiCheck> check(AnswerKeyEntry e, String key) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(key, "key");
        List<String> v1 = e.category().isEmpty() ? List.of() : List.of(e.category());
        if (e.action() == Action.PIXELS_RETAINED) {
            return Optional.empty();
        }
        if (e.region().isPresent()) {
            if (e.action() != Action.PIXELS_HIDDEN) {
                return Optional.empty();
            }
            PixelRegion r = e.region().get();
            String json = new MidiPixelBox(e.actionText(), r.inkBox(), Optional.empty()).toJson();
            return Optional.of(new MidiCheck(key, e.action(), Optional.empty(), Optional.empty(),
                    Optional.of(e.tagName()), Optional.of(e.value()), Optional.of(json),
                    Optional.of(e.scope().midiName()), v1, MidiCategories.v2Of(e.category())));
        }
        TagPath path = e.tagPath().orElseThrow();
        boolean noText = (e.action() == Action.TAG_RETAINED || e.action() == Action.TEXT_NOTNULL)
                && e.actionText().isEmpty();
        String leaf = path.toMidi().substring(path.toMidi().lastIndexOf("<("));
        boolean text = e.action() == Action.TEXT_RETAINED || e.action() == Action.TEXT_REMOVED;
        String value = text ? pydicomList(e.value(), e.vr()) : e.value();
        String actionText = text ? pydicomList(e.actionText(), e.vr()) : e.actionText();
        return Optional.of(new MidiCheck(key, e.action(), Optional.of(leaf), Optional.of(path.toMidi()),
                Optional.of(e.tagName()), Optional.of(value),
                noText ? Optional.empty() : Optional.of(actionText), Optional.of(e.scope().midiName()), v1,
                MidiCategories.v2Of(e.category())));
    }

    private static final Set<String> MULTI_VALUED = Set.of("AE", "AS", "CS", "DA", "DS", "DT",
            "IS", "LO", "PN", "SH", "TM", "UC", "UI");

    /** Backslash-separated values of a multi-valued text VR as pydicom's str of a MultiValue. */
    static String pydicomList(String text, String vr) {
        if (!MULTI_VALUED.contains(vr) || text.indexOf('\\') < 0) {
            return text;
        }
        boolean quoted = !vr.equals("PN") && !vr.equals("DS") && !vr.equals("IS");
        StringBuilder sb = new StringBuilder("[");
        String[] values = text.split("\\\\", -1);
        for (int i = 0; i < values.length; i++) {
            String v = values[i].strip();
            sb.append(i == 0 ? "" : ", ").append(quoted ? "'" + v + "'" : v);
        }
        return sb.append(']').toString();
    }
}
