package io.github.synthphi.core.midi;

import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.Scope;
import io.github.synthphi.core.truth.TagPath;
import io.github.synthphi.core.dicom.Tag;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a MIDI answer-key database as a synth {@link AnswerKey}.
 *
 * <p>A database written by {@link MidiKeyWriter} reads back into a key equal to the one written: MIDI's fields
 * from each check's JSON, synth's own fields from its {@code synth_checks} table. A MIDI key (without that table)
 * gives one entry per check: scope from the check (Instance when null), tag path from {@code tag_ds}, category
 * the subcategory MIDI's reports give ({@link MidiCategories#reportCategory}), Safe Harbor letter from a
 * {@code HIPAA-x} category, location {@code midi}, keyword, VR and Basic Profile action empty; a
 * {@code pixels_hidden} check becomes a pixel entry of its box (frames unknown: none listed, font from the key
 * or empty, scale 1, origin the box corner, ink value 0), and a {@code pixels_retained} check without a tag path
 * is about Pixel Data (7FE0,0010).
 *
 * <pre>{@code
 * AnswerKey key = MidiKeys.read(Path.of("answer-key.db"));
 * }</pre>
 */
public final class MidiKeys {

    /** The location given to entries read from a MIDI key without synth's fields. */
    public static final String MIDI_LOCATION = "midi";

    private MidiKeys() {
    }

    /**
     * Reads the key of {@code file}.
     *
     * @throws MidiKeyException naming the row and check when something is not a MIDI check synth can hold
     */
    public static AnswerKey read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (MidiAnswerDb db = MidiAnswerDb.open(file)) {
            Map<String, List<SynthChecksTable.Row>> synth = db.hasSynthChecks() ? synthRows(db) : null;
            List<AnswerKeyEntry> entries = new ArrayList<>();
            db.forEachRow(row -> {
                try {
                    if (synth == null) {
                        for (MidiCheck c : row.checks()) {
                            entries.add(entry(row.sopInstanceUid(), c));
                        }
                    } else {
                        merge(row, synth.getOrDefault(row.sopInstanceUid(), List.of()), entries);
                    }
                } catch (IllegalArgumentException e) {
                    throw new MidiKeyException(file + " SOPInstanceUID=" + row.sopInstanceUid() + ": "
                            + e.getMessage(), e);
                }
            });
            return AnswerKey.of(entries);
        }
    }

    private static Map<String, List<SynthChecksTable.Row>> synthRows(MidiAnswerDb db) throws IOException {
        Map<String, List<SynthChecksTable.Row>> out = new HashMap<>();
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM \"" + SynthChecksTable.TABLE
                     + "\" ORDER BY \"SOPInstanceUID\", \"ordinal\"")) {
            while (rs.next()) {
                SynthChecksTable.Row r;
                try {
                    r = SynthChecksTable.read(rs);
                } catch (IllegalArgumentException e) {
                    throw new MidiKeyException(db.file() + " table " + SynthChecksTable.TABLE + " SOPInstanceUID="
                            + rs.getString("SOPInstanceUID") + " ordinal " + rs.getInt("ordinal") + ": "
                            + e.getMessage(), e);
                }
                out.computeIfAbsent(r.sopInstanceUid(), k -> new ArrayList<>()).add(r);
            }
        } catch (SQLException e) {
            throw new MidiKeyException(db.file() + ": cannot read " + SynthChecksTable.TABLE + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void merge(MidiRow row, List<SynthChecksTable.Row> synth, List<AnswerKeyEntry> out)
            throws MidiKeyException {
        Map<String, MidiCheck> byKey = new HashMap<>();
        row.checks().forEach(c -> byKey.put(c.key(), c));
        for (SynthChecksTable.Row r : synth) {
            if (r.checkKey().isEmpty()) {
                out.add(r.entry());
                continue;
            }
            MidiCheck c = byKey.remove(r.checkKey().get());
            if (c == null) {
                throw new MidiKeyException("synth_checks names check \"" + r.checkKey().get()
                        + "\", which AnswerData does not have");
            }
            Scope scope = c.scope().flatMap(Scope::of).orElse(Scope.INSTANCE);
            String actionText = c.actionText().orElse("");
            if (c.action() == Action.PIXELS_HIDDEN && r.region().isPresent()) {
                actionText = MidiPixelBox.parse(actionText).text();
            }
            out.add(r.entry(c, scope, r.region().isPresent() ? Optional.empty() : c.tagPath(), actionText));
        }
        if (!byKey.isEmpty()) {
            throw new MidiKeyException("AnswerData has checks " + byKey.keySet() + " that synth_checks does not list");
        }
    }

    /** The synth entry of one check of a MIDI key, as described on the class. */
    static AnswerKeyEntry entry(String sop, MidiCheck c) {
        Scope scope = c.scope().flatMap(Scope::of).orElse(Scope.INSTANCE);
        String category = MidiCategories.reportCategory(c).subcategory();
        Optional<SafeHarbor> harbor = category.startsWith("HIPAA-") && category.length() == 7
                ? SafeHarbor.ofLetter(category.charAt(6)) : Optional.empty();
        String value = c.value().orElse("");
        String tagName = c.tagName().orElse("");
        if (c.action() == Action.PIXELS_HIDDEN && c.tagPath().isEmpty()) {
            MidiPixelBox b = MidiPixelBox.parse(c.actionText().orElseThrow(() -> new IllegalArgumentException(
                    "check \"" + c.key() + "\": pixels_hidden without action_text")));
            Box box = b.box();
            PixelRegion region = new PixelRegion(b.text(), b.font().orElse(""), 1, box.x(), box.y(), box, List.of(), 0);
            return new AnswerKeyEntry(sop, scope, Optional.empty(), tagName, value, c.action(), b.text(), category, "",
                    "", harbor, "", MIDI_LOCATION, Optional.of(region));
        }
        Optional<TagPath> path = c.tagPath();
        if (path.isEmpty() && c.action() == Action.PIXELS_RETAINED) {
            path = Optional.of(TagPath.of(Tag.of(0x7FE0, 0x0010)));
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("check \"" + c.key() + "\" (" + c.action().midiName()
                    + ") has no tag_ds");
        }
        return new AnswerKeyEntry(sop, scope, path, tagName, value, c.action(), c.actionText().orElse(""), category,
                "", "", harbor, "", MIDI_LOCATION, Optional.empty());
    }
}
