package io.github.synthphi.core.truth;

import io.github.synthphi.core.pixel.Box;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes and reads {@code answer-key.csv}: one row per check of an {@link AnswerKey}, in the key's order.
 *
 * <p>The first eight columns are MIDI's check fields under MIDI's names; the rest are synth's own:
 * {@code sop_instance_uid, scope, tag_ds, tag_name, value, action, action_text, category, keyword, vr,
 * safe_harbor, basic_profile_action, location, bbox_x, bbox_y, bbox_w, bbox_h, frames, rendered_text, font,
 * scale, origin_x, origin_y, ink_value}.
 * <ul>
 *   <li>{@code scope} and {@code action} are spelled as MIDI spells them ({@code Instance},
 *       {@code text_removed}); {@code tag_ds} is the MIDI tag path ({@link TagPath#toMidi()}), empty for a
 *       pixel entry.</li>
 *   <li>Angle brackets: MIDI's own keys wrap every text in {@code <...>}. This file writes plain texts, except
 *       that a text of a MIDI column ({@code sop_instance_uid, tag_name, value, action_text, category}) that
 *       itself starts with {@code <} and ends with {@code >} gets one more wrapper. The reader removes one
 *       optional wrapper from those columns (and from {@code scope} and {@code action}), so every text reads
 *       back exactly and a key with MIDI-wrapped values reads too. Synth's own columns are always literal.</li>
 *   <li>{@code safe_harbor} is the HIPAA Safe Harbor letter ({@code A} to {@code R}), empty for controls;
 *       {@code basic_profile_action} is the PS3.15 Basic Profile action code.</li>
 *   <li>The pixel columns, from {@code bbox_x} to {@code ink_value}, are empty for element entries. For pixel
 *       entries the bbox is the ink box of the burned line, {@code frames} its 0-based frames in
 *       {@link FrameRanges} form ({@code 0-63}, {@code 0-9,20,22-25}).</li>
 *   <li>The {@code action_text} of a pixel entry whose action is {@code pixels_hidden} is MIDI's JSON,
 *       {@code {"text": "...", "top_left": [x, y], "bottom_right": [x, y]}}, bottom_right exclusive (MIDI crops
 *       {@code [y0:y1, x0:x1]}); the reader takes the text back out of it and checks the box against the bbox
 *       columns.</li>
 * </ul>
 *
 * <p>The file is UTF-8 without a byte-order mark, each record ends with {@code "\n"} on every platform, and
 * fields are quoted only where needed (commons-csv's minimal quoting), with no escape character and no
 * trimming, so commas, quotes, line breaks, backslashes, {@code %} and leading or trailing spaces in values
 * read back exactly. Nothing in it depends on the clock or the default locale. The reader also accepts CRLF,
 * a leading byte-order mark and blank lines; its errors ({@link TruthFileException}) name the file, the
 * physical line the row starts on, and the column.
 *
 * <pre>{@code
 * AnswerKeyCsv.write(fixture.answerKey(), out.resolve(AnswerKeyCsv.FILE_NAME));
 * AnswerKey again = AnswerKeyCsv.read(out.resolve(AnswerKeyCsv.FILE_NAME));   // equals the key written
 * }</pre>
 */
public final class AnswerKeyCsv {

    /** The usual name of the file. */
    public static final String FILE_NAME = "answer-key.csv";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("sop_instance_uid", "scope", "tag_ds", "tag_name", "value",
            "action", "action_text", "category", "keyword", "vr", "safe_harbor", "basic_profile_action", "location",
            "bbox_x", "bbox_y", "bbox_w", "bbox_h", "frames", "rendered_text", "font", "scale", "origin_x", "origin_y",
            "ink_value");

    private static final String SCOPES = Arrays.stream(Scope.values()).map(Scope::midiName)
            .collect(Collectors.joining(", "));
    private static final String ACTIONS = Arrays.stream(Action.values()).map(Action::midiName)
            .collect(Collectors.joining(", "));
    private static final List<String> PIXEL_COLUMNS = COLUMNS.subList(COLUMNS.indexOf("bbox_x"), COLUMNS.size());

    private AnswerKeyCsv() {
    }

    /** Writes {@code key} to {@code file} (replacing it) as UTF-8. */
    public static void write(AnswerKey key, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        CsvTable.write(file, COLUMNS, rows(key));
    }

    /** Writes {@code key} to {@code out} and flushes it; {@code out} stays open. */
    public static void write(AnswerKey key, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvTable.write(out, COLUMNS, rows(key));
    }

    /**
     * Reads an answer key from a UTF-8 file.
     *
     * @throws TruthFileException naming the file, line and column of the first thing that is not right
     */
    public static AnswerKey read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return AnswerKey.of(CsvTable.read(file, COLUMNS, true, AnswerKeyCsv::entry));
    }

    /**
     * Reads an answer key; {@code in} stays open.
     *
     * @param source the name errors give the input, such as its file name
     * @throws TruthFileException naming the source, line and column of the first thing that is not right
     */
    public static AnswerKey read(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return AnswerKey.of(CsvTable.read(in, source, COLUMNS, true, AnswerKeyCsv::entry));
    }

    private static List<List<String>> rows(AnswerKey key) {
        Objects.requireNonNull(key, "key");
        List<List<String>> rows = new ArrayList<>(key.size());
        for (AnswerKeyEntry e : key.entries()) {
            rows.add(row(e));
        }
        return rows;
    }

    private static List<String> row(AnswerKeyEntry e) {
        String actionText = e.actionText();
        if (e.action() == Action.PIXELS_HIDDEN && e.region().isPresent()) {
            actionText = new MidiPixelText(actionText, e.region().get().inkBox()).toJson();
        }
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.addAll(List.of(CsvRow.midi(e.sopInstanceUid()), e.scope().midiName(),
                e.tagPath().map(TagPath::toMidi).orElse(""), CsvRow.midi(e.tagName()), CsvRow.midi(e.value()),
                e.action().midiName(), CsvRow.midi(actionText), CsvRow.midi(e.category()), e.keyword(), e.vr(),
                e.safeHarbor().map(s -> String.valueOf(s.letter())).orElse(""), e.basicProfileAction(),
                e.location()));
        if (e.region().isPresent()) {
            PixelRegion r = e.region().get();
            Box b = r.inkBox();
            row.addAll(List.of(Integer.toString(b.x()), Integer.toString(b.y()), Integer.toString(b.width()),
                    Integer.toString(b.height()), FrameRanges.format(r.frames()), r.text(), r.font(),
                    Integer.toString(r.scale()), Integer.toString(r.originX()), Integer.toString(r.originY()),
                    Integer.toString(r.value())));
        } else {
            PIXEL_COLUMNS.forEach(c -> row.add(""));
        }
        return row;
    }

    private static AnswerKeyEntry entry(CsvRow row) {
        Scope scope = Scope.of(row.text("scope")).orElseThrow(() -> row.bad("scope", "unknown scope '"
                + row.text("scope") + "' (expected one of: " + SCOPES + ")"));
        Action action = Action.of(row.text("action")).orElseThrow(() -> row.bad("action", "unknown action '"
                + row.text("action") + "' (expected one of: " + ACTIONS + ")"));
        Optional<TagPath> tagPath = tagPath(row);
        Optional<PixelRegion> region = row.isEmpty("bbox_x") ? Optional.empty() : Optional.of(region(row));
        if (region.isEmpty()) {
            for (String c : PIXEL_COLUMNS) {
                if (!row.isEmpty(c)) {
                    throw row.bad(c, "must be empty in a row without a pixel box (bbox_x is empty)");
                }
            }
        }
        if (tagPath.isPresent() == region.isPresent()) {
            throw row.bad("tag_ds", tagPath.isPresent()
                    ? "a row has a tag path or a pixel box (bbox_x), not both"
                    : "is empty, and so is bbox_x: a row has a tag path or a pixel box");
        }
        String actionText = row.unwrapped("action_text");
        if (action == Action.PIXELS_HIDDEN && region.isPresent()) {
            actionText = pixelText(row, actionText, region.get().inkBox());
        }
        return new AnswerKeyEntry(row.unwrapped("sop_instance_uid"), scope, tagPath, row.unwrapped("tag_name"),
                row.unwrapped("value"), action, actionText, row.unwrapped("category"), row.text("keyword"),
                row.text("vr"), safeHarbor(row), row.text("basic_profile_action"), row.text("location"), region);
    }

    private static Optional<TagPath> tagPath(CsvRow row) {
        String text = row.text("tag_ds");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TagPath.parseMidi(text));
        } catch (IllegalArgumentException e) {
            throw row.bad("tag_ds", e.getMessage(), e);
        }
    }

    private static PixelRegion region(CsvRow row) {
        Box box = row.bbox();
        List<Integer> frames = row.frames("frames");
        int scale = row.integer("scale");
        if (scale < 1) {
            throw row.bad("scale", "the scale is at least 1, not " + scale);
        }
        return new PixelRegion(row.text("rendered_text"), row.text("font"), scale, row.integer("origin_x"),
                row.integer("origin_y"), box, frames, row.integer("ink_value"));
    }

    private static String pixelText(CsvRow row, String json, Box inkBox) {
        MidiPixelText parsed;
        try {
            parsed = MidiPixelText.parse(json);
        } catch (IllegalArgumentException e) {
            throw row.bad("action_text", e.getMessage(), e);
        }
        if (!parsed.box().equals(inkBox)) {
            throw row.bad("action_text", "top_left and bottom_right give " + parsed.box()
                    + ", but the bbox columns give " + inkBox);
        }
        return parsed.text();
    }

    private static Optional<SafeHarbor> safeHarbor(CsvRow row) {
        String text = row.text("safe_harbor");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<SafeHarbor> c = text.length() == 1 ? SafeHarbor.ofLetter(text.charAt(0)) : Optional.empty();
        return Optional.of(c.orElseThrow(() -> row.bad("safe_harbor", "'" + text
                + "' is not a HIPAA Safe Harbor letter (A to R)")));
    }
}
