package io.github.synthphi.core.midi;

import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.UidMappingCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Templates of the two mapping files MIDI's validation script needs from the party being tested, {@code id_old,
 * id_new} with every old identifier listed and id_new left empty for the de-identifier to fill in: the UIDs
 * (every instance's Study, Series and SOP Instance UID and every UID a uid_consistent check targets; MIDI fails a
 * uid_consistent check whose UID is missing from the map, and finds output files through it) and the Patient IDs
 * (every instance's and every patid_consistent check's).
 *
 * <pre>{@code
 * MidiMappingTemplates.write(fixture.answerKey(), instances, dir);   // uid_mapping_template.csv, patid_mapping_template.csv
 * }</pre>
 */
public final class MidiMappingTemplates {

    /** The UID template's file name. */
    public static final String UID_FILE = "uid_mapping_template.csv";
    /** The Patient ID template's file name. */
    public static final String PATIENT_ID_FILE = "patid_mapping_template.csv";

    private MidiMappingTemplates() {
    }

    /** The old UIDs, sorted, each mapped to the empty text. */
    public static SortedMap<String, String> uids(AnswerKey key, Collection<MidiInstance> instances) {
        SortedMap<String, String> out = new TreeMap<>();
        for (MidiInstance i : instances) {
            put(out, i.studyInstanceUid());
            put(out, i.seriesInstanceUid());
            put(out, i.sopInstanceUid());
        }
        key.instances().forEach(sop -> put(out, sop));
        for (AnswerKeyEntry e : key.byAction(Action.UID_CONSISTENT)) {
            put(out, e.value());
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** The old Patient IDs, sorted, each mapped to the empty text. */
    public static SortedMap<String, String> patientIds(AnswerKey key, Collection<MidiInstance> instances) {
        SortedMap<String, String> out = new TreeMap<>();
        instances.forEach(i -> put(out, i.patientId()));
        for (AnswerKeyEntry e : key.byAction(Action.PATID_CONSISTENT)) {
            put(out, e.value());
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private static void put(SortedMap<String, String> out, String id) {
        if (!id.isEmpty()) {
            out.put(id, "");
        }
    }

    /** Writes both templates into {@code dir} (created if needed), replacing them. */
    public static void write(AnswerKey key, Collection<MidiInstance> instances, Path dir) throws IOException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(instances, "instances");
        Files.createDirectories(dir);
        UidMappingCsv.write(uids(key, instances), dir.resolve(UID_FILE));
        UidMappingCsv.write(patientIds(key, instances), dir.resolve(PATIENT_ID_FILE));
    }
}
