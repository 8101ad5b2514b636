package io.github.synthphi.core.midi;

import java.io.IOException;

/**
 * A MIDI answer-key database cannot be read or written: the {@code answer_data} table or one of its required
 * columns is missing, a row's {@code AnswerData} is not the JSON MIDI writes, a check names an unknown action
 * or a tag path that is not MIDI syntax, or SQLite itself fails.
 *
 * <p>The message names the file and, where one row is at fault, its SOP Instance UID and the check's key:
 * {@code key.db row SOPInstanceUID=1.2.3 check "4" field action: unknown action '<text_erased>'}.
 *
 * <pre>{@code
 * try (MidiAnswerDb db = MidiAnswerDb.open(file)) {
 *     db.forEachRow(row -> ...);
 * } catch (MidiKeyException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class MidiKeyException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception with a complete message. */
    public MidiKeyException(String message) {
        super(message);
    }

    /** An exception with a complete message and the failure that caused it. */
    public MidiKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
