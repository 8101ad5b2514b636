package io.github.synthphi.core.midi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/**
 * A MIDI answer key, an SQLite database with the table {@code answer_data} (one row per instance, its checks
 * as JSON in {@code AnswerData}), opened read-only and read one row at a time, so keys of a few gigabytes are
 * read in bounded memory.
 *
 * <p>Columns are found by name, ignoring case. {@code SOPInstanceUID} and {@code AnswerData} are required;
 * {@code index, group, Modality, SOPClassUID, PatientID, StudyInstanceUID, SeriesInstanceUID} are read when
 * present (a missing column or a NULL reads as the empty text; a value wrapped in angle brackets, as check texts
 * are, is unwrapped), {@code Digest} is ignored as MIDI's script
 * ignores it, and an optional row-level {@code scope} column is reported by {@link #hasScopeColumn()}.
 *
 * <pre>{@code
 * try (MidiAnswerDb db = MidiAnswerDb.open(Path.of("MIDI-B-Answer-Key-Validation.db"))) {
 *     db.forEachRow(row -> count[0] += row.checks().size());
 * }
 * }</pre>
 */
public final class MidiAnswerDb implements AutoCloseable {

    /** The table MIDI's script reads. */
    public static final String TABLE = "answer_data";

    private final Path file;
    private final Connection connection;
    private final Map<String, String> columns;

    private MidiAnswerDb(Path file, Connection connection, Map<String, String> columns) {
        this.file = file;
        this.connection = connection;
        this.columns = columns;
    }

    /** Reads one row; may throw {@link IOException}, which stops the reading. */
    @FunctionalInterface
    public interface RowHandler {
        /** Handles one row. */
        void accept(MidiRow row) throws IOException;
    }

    /**
     * Opens a key read-only and checks that it has the table and the required columns.
     *
     * @throws MidiKeyException when the file is not an SQLite database with the {@code answer_data} table and its
     *     {@code SOPInstanceUID} and {@code AnswerData} columns
     */
    public static MidiAnswerDb open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new MidiKeyException(file + ": no such MIDI answer-key file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection c;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new MidiKeyException(file + ": cannot open as an SQLite database: " + e.getMessage(), e);
        }
        try {
            Map<String, String> columns = columns(c, file);
            for (String required : new String[] {"sopinstanceuid", "answerdata"}) {
                if (!columns.containsKey(required)) {
                    throw new MidiKeyException(file + ": table " + TABLE + " has no column " + required
                            + " (it has " + columns.values() + ")");
                }
            }
            return new MidiAnswerDb(file, c, columns);
        } catch (IOException | RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    private static Map<String, String> columns(Connection c, Path file) throws MidiKeyException {
        Map<String, String> out = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + TABLE + "\")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                out.put(name.toLowerCase(Locale.ROOT), name);
            }
        } catch (SQLException e) {
            throw new MidiKeyException(file + ": cannot read the tables (" + e.getMessage()
                    + "); is it an SQLite database?", e);
        }
        if (out.isEmpty()) {
            throw new MidiKeyException(file + ": no table " + TABLE + "; it is not a MIDI answer key");
        }
        return out;
    }

    private static void closeQuietly(Connection c, Exception primary) {
        try {
            c.close();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** True when the table has MIDI's optional row-level {@code scope} column. */
    public boolean hasScopeColumn() {
        return columns.containsKey("scope");
    }

    /** True when the file also holds synth's own fields, written by {@link MidiKeyWriter}. */
    public boolean hasSynthChecks() throws IOException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                     + SynthChecksTable.TABLE + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw new MidiKeyException(file + ": cannot read the tables: " + e.getMessage(), e);
        }
    }

    /** The number of rows. */
    public long rowCount() throws IOException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + TABLE + "\"")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new MidiKeyException(file + ": cannot count the rows of " + TABLE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every row in table order (as MIDI's {@code SELECT *}), handing each to {@code handler} before the
     * next is read.
     *
     * @throws MidiKeyException naming the row and check when a row's JSON is not a MIDI check list
     */
    public void forEachRow(RowHandler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(256);
            try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + TABLE + "\"")) {
                Map<String, Integer> at = positions(rs.getMetaData());
                long position = 0;
                while (rs.next()) {
                    handler.accept(row(rs, at, position++));
                }
            }
        } catch (SQLException e) {
            throw new MidiKeyException(file + ": cannot read " + TABLE + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> positions(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> at = new TreeMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            at.putIfAbsent(meta.getColumnName(i).toLowerCase(Locale.ROOT), i);
        }
        return at;
    }

    /** A row; identifier columns lose one pair of angle brackets if a key wraps them as it wraps check texts. */
    private MidiRow row(ResultSet rs, Map<String, Integer> at, long position) throws SQLException, MidiKeyException {
        String sop = text(rs, at, "sopinstanceuid");
        Integer indexColumn = at.get("index");
        long index = position;
        if (indexColumn != null) {
            long v = rs.getLong(indexColumn);
            index = rs.wasNull() ? position : v;
        }
        String json = text(rs, at, "answerdata");
        List<MidiCheck> checks;
        try {
            checks = json.isEmpty() ? List.of() : AnswerDataJson.parse(json);
        } catch (AnswerDataJson.BadCheck e) {
            throw new MidiKeyException(file + " row " + position + " SOPInstanceUID=" + sop + ": " + e.getMessage(),
                    e.getCause());
        }
        Optional<String> scope = at.containsKey("scope")
                ? Optional.of(text(rs, at, "scope")) : Optional.empty();
        return new MidiRow(index, text(rs, at, "group"), text(rs, at, "modality"), text(rs, at, "sopclassuid"),
                text(rs, at, "patientid"), text(rs, at, "studyinstanceuid"), text(rs, at, "seriesinstanceuid"),
                sop, scope, checks);
    }

    private static String text(ResultSet rs, Map<String, Integer> at, String column) throws SQLException {
        Integer i = at.get(column);
        if (i == null) {
            return "";
        }
        String s = rs.getString(i);
        return s == null ? "" : column.equals("answerdata") ? s : AnswerDataJson.unwrap(s);
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new MidiKeyException(file + ": cannot close: " + e.getMessage(), e);
        }
    }
}
