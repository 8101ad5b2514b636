package io.github.synthphi.core.midi;

import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.FrameRanges;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.SafeHarbor;
import io.github.synthphi.core.truth.Scope;
import io.github.synthphi.core.truth.TagPath;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code synth_checks} that {@link MidiKeyWriter} adds beside {@code answer_data}: synth's own fields of
 * every entry (MIDI's script reads only {@code answer_data} and never sees it). An entry that has a MIDI check
 * names it by {@code check_key}, and its MIDI fields (scope, tag_ds, tag_name, value, action, action_text) are
 * NULL here: they are read from the check's JSON, so a round trip goes through MIDI's own fields. An entry MIDI
 * cannot express (a burned clinical label that must stay readable, synth's pixels_retained with a region) has
 * no check_key and all its fields here.
 */
final class SynthChecksTable {

    static final String TABLE = "synth_checks";

    static final List<String> COLUMNS = List.of("SOPInstanceUID", "ordinal", "check_key", "scope", "tag_ds",
            "tag_name", "value", "action", "action_text", "category", "keyword", "vr", "safe_harbor",
            "basic_profile_action", "location", "bbox_x", "bbox_y", "bbox_w", "bbox_h", "frames", "rendered_text",
            "font", "scale", "origin_x", "origin_y", "ink_value");

    private SynthChecksTable() {
    }

    static String createSql() {
        StringBuilder sb = new StringBuilder("CREATE TABLE \"" + TABLE + "\" (");
        for (int i = 0; i < COLUMNS.size(); i++) {
            String c = COLUMNS.get(i);
            boolean integer = c.equals("ordinal") || c.startsWith("bbox_") || c.equals("scale")
                    || c.startsWith("origin_") || c.equals("ink_value");
            sb.append(i == 0 ? "" : ", ").append('"').append(c).append("\" ").append(integer ? "INTEGER" : "TEXT");
        }
        return sb.append(')').toString();
    }

    static String insertSql() {
        return "INSERT INTO \"" + TABLE + "\" VALUES (" + "?, ".repeat(COLUMNS.size() - 1) + "?)";
    }

    /**
     * Binds one entry, with its MIDI check when it has one; the entry's value and action text are stored also
     * when the check writes them otherwise (multiple values in pydicom's list form).
     */
    static void bind(PreparedStatement s, AnswerKeyEntry e, int ordinal, Optional<MidiCheck> check)
            throws SQLException {
        int i = 1;
        s.setString(i++, e.sopInstanceUid());
        s.setInt(i++, ordinal);
        s.setString(i++, check.map(MidiCheck::key).orElse(null));
        boolean own = check.isEmpty();
        s.setString(i++, own ? e.scope().midiName() : null);
        s.setString(i++, own ? e.tagPath().map(TagPath::toMidi).orElse(null) : null);
        s.setString(i++, own ? e.tagName() : null);
        boolean valueDiffers = check.isPresent() && !check.get().value().orElse("").equals(e.value());
        s.setString(i++, own || valueDiffers ? e.value() : null);
        s.setString(i++, own ? e.action().midiName() : null);
        boolean textDiffers = check.isPresent() && !readBack(check.get(), e).equals(e.actionText());
        s.setString(i++, own || textDiffers ? e.actionText() : null);
        s.setString(i++, e.category());
        s.setString(i++, e.keyword());
        s.setString(i++, e.vr());
        s.setString(i++, e.safeHarbor().map(h -> String.valueOf(h.letter())).orElse(null));
        s.setString(i++, e.basicProfileAction());
        s.setString(i++, e.location());
        Optional<PixelRegion> r = e.region();
        if (r.isPresent()) {
            Box b = r.get().inkBox();
            s.setInt(i++, b.x());
            s.setInt(i++, b.y());
            s.setInt(i++, b.width());
            s.setInt(i++, b.height());
            s.setString(i++, FrameRanges.format(r.get().frames()));
            s.setString(i++, r.get().text());
            s.setString(i++, r.get().font());
            s.setInt(i++, r.get().scale());
            s.setInt(i++, r.get().originX());
            s.setInt(i++, r.get().originY());
            s.setInt(i++, r.get().value());
        } else {
            while (i <= COLUMNS.size()) {
                s.setObject(i++, null);
            }
        }
    }

    /** The action text of an entry as read back from its check's JSON. */
    static String readBack(MidiCheck check, AnswerKeyEntry e) {
        String text = check.actionText().orElse("");
        return check.action() == Action.PIXELS_HIDDEN && e.region().isPresent() ? MidiPixelBox.parse(text).text()
                : text;
    }

    /**
     * Synth's fields of one row of the table, MIDI's fields when the row has no check; with a check, the value
     * and action text stored when the check writes them otherwise.
     */
    record Row(String sopInstanceUid, int ordinal, Optional<String> checkKey, Scope scope, Optional<TagPath> tagPath,
               String tagName, String value, Action action, String actionText, String category, String keyword,
               String vr, Optional<SafeHarbor> safeHarbor, String basicProfileAction, String location,
               Optional<PixelRegion> region, Optional<String> storedValue, Optional<String> storedActionText) {

        AnswerKeyEntry entry() {
            return new AnswerKeyEntry(sopInstanceUid, scope, tagPath, tagName, value, action, actionText, category,
                    keyword, vr, safeHarbor, basicProfileAction, location, region);
        }

        /** This row's synth fields with MIDI's fields from {@code check}. */
        AnswerKeyEntry entry(MidiCheck check, Scope scope, Optional<TagPath> tagPath, String actionText) {
            return new AnswerKeyEntry(sopInstanceUid, scope, tagPath, check.tagName().orElse(""),
                    storedValue.orElse(check.value().orElse("")), check.action(), storedActionText.orElse(actionText),
                    category, keyword, vr, safeHarbor, basicProfileAction, location, region);
        }
    }

    /** Reads the row at the cursor; throws IllegalArgumentException for a value that is not synth's. */
    static Row read(ResultSet rs) throws SQLException {
        String key = rs.getString("check_key");
        Optional<PixelRegion> region = Optional.empty();
        rs.getInt("bbox_x");
        if (!rs.wasNull()) {
            Box box = new Box(rs.getInt("bbox_x"), rs.getInt("bbox_y"), rs.getInt("bbox_w"), rs.getInt("bbox_h"));
            region = Optional.of(new PixelRegion(text(rs, "rendered_text"), text(rs, "font"), rs.getInt("scale"),
                    rs.getInt("origin_x"), rs.getInt("origin_y"), box, FrameRanges.parse(text(rs, "frames")),
                    rs.getInt("ink_value")));
        }
        String harbor = rs.getString("safe_harbor");
        Optional<SafeHarbor> safeHarbor = harbor == null || harbor.length() != 1 ? Optional.empty()
                : SafeHarbor.ofLetter(harbor.charAt(0));
        Scope scope = Scope.INSTANCE;
        Optional<TagPath> path = Optional.empty();
        Action action = Action.TAG_RETAINED;
        if (key == null) {
            scope = Scope.of(text(rs, "scope")).orElseThrow(() -> new IllegalArgumentException("unknown scope"));
            String tagDs = text(rs, "tag_ds");
            path = tagDs.isEmpty() ? Optional.empty() : Optional.of(TagPath.parseMidi(tagDs));
            action = Action.of(text(rs, "action")).orElseThrow(() -> new IllegalArgumentException("unknown action"));
        }
        return new Row(text(rs, "SOPInstanceUID"), rs.getInt("ordinal"), Optional.ofNullable(key), scope, path,
                text(rs, "tag_name"), text(rs, "value"), action, text(rs, "action_text"), text(rs, "category"),
                text(rs, "keyword"), text(rs, "vr"), safeHarbor, text(rs, "basic_profile_action"),
                text(rs, "location"), region, Optional.ofNullable(key == null ? null : rs.getString("value")),
                Optional.ofNullable(key == null ? null : rs.getString("action_text")));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? "" : s;
    }
}
