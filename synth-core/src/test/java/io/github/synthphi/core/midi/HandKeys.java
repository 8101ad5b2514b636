package io.github.synthphi.core.midi;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds MIDI answer-key databases by hand with plain SQL, in the layout the reference document gives (table
 * {@code answer_data}; columns index, group, Modality, SOPClassUID, PatientID, StudyInstanceUID,
 * SeriesInstanceUID, SOPInstanceUID, Digest, AnswerData), without any synth code.
 */
final class HandKeys {

    /** One row: the old identifiers and the AnswerData JSON, written by hand. */
    record Row(String patientId, String study, String series, String sop, String modality, String json) {
    }

    private final List<Row> rows = new ArrayList<>();

    HandKeys row(String patientId, String study, String series, String sop, String modality, String json) {
        rows.add(new Row(patientId, study, series, sop, modality, json));
        return this;
    }

    void write(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE answer_data (\"index\" INTEGER, \"group\" TEXT, Modality TEXT, SOPClassUID TEXT,"
                        + " PatientID TEXT, StudyInstanceUID TEXT, SeriesInstanceUID TEXT, SOPInstanceUID TEXT,"
                        + " Digest TEXT, AnswerData TEXT)");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO answer_data VALUES (?, 'g', ?, '1.2.840.10008.5.1.4.1.1.2', ?, ?, ?, ?, 'd', ?)")) {
                int i = 0;
                for (Row r : rows) {
                    p.setInt(1, i++);
                    p.setString(2, r.modality());
                    p.setString(3, r.patientId());
                    p.setString(4, r.study());
                    p.setString(5, r.series());
                    p.setString(6, r.sop());
                    p.setString(7, r.json());
                    p.executeUpdate();
                }
            }
        }
    }

    /** One check's JSON, fields as MIDI writes them; a null argument is JSON null, others are wrapped. */
    static String check(String key, String action, String tagDs, String tagName, String value, String actionText,
                        String hipaaZ, String tciaP15) {
        return "\"" + key + "\": {\"action\": \"<" + action + ">\", \"tag\": " + json(tagDs, false)
                + ", \"tag_ds\": " + json(tagDs, false) + ", \"tag_name\": " + json(tagName, true)
                + ", \"value\": " + json(value, true) + ", \"action_text\": " + json(actionText, true)
                + ", \"scope\": \"<Instance>\", \"answer_category\": [\"<x>\"], \"answer_category_v2\": "
                + "{\"hipaa\": {\"z\": " + json(hipaaZ, true) + ", \"m\": null}, \"dicom\": {\"p15\": null, "
                + "\"iod\": \"<DICOM-IOD-1>\", \"safe\": null}, \"tcia\": {\"ptkb\": null, \"p15\": "
                + json(tciaP15, true) + ", \"rev\": null}, \"prev_cat\": null}}";
    }

    private static String json(String text, boolean wrap) {
        if (text == null) {
            return "null";
        }
        String t = wrap ? "<" + text + ">" : text;
        return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String object(String... checks) {
        return "{" + String.join(", ", checks) + "}";
    }
}
