package io.github.synthphi.core.truth;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes and reads {@code patient-mapping.csv}: one row per source patient, with the columns
 * {@code source_patient, pseudonymous_id, study_instance_uids}.
 *
 * <p>{@code study_instance_uids} holds all of the patient's Study Instance UIDs in one cell, joined by
 * {@code ;} in the order of {@link PatientMapping#studyInstanceUids()} (empty when there are none); UIDs have
 * no {@code ;}, so the cell splits back exactly. A source patient appears once. Rows are written in list order
 * and read back in file order; the CSV dialect is that of {@link AnswerKeyCsv}, and every text is literal.
 *
 * <pre>{@code
 * PatientMappingCsv.write(mappings, out.resolve(PatientMappingCsv.FILE_NAME));
 * List<PatientMapping> again = PatientMappingCsv.read(out.resolve(PatientMappingCsv.FILE_NAME));
 * }</pre>
 */
public final class PatientMappingCsv {

    /** The usual name of the file. */
    public static final String FILE_NAME = "patient-mapping.csv";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("source_patient", "pseudonymous_id", "study_instance_uids");

    private PatientMappingCsv() {
    }

    /**
     * Writes {@code mappings} to {@code file} (replacing it) as UTF-8.
     *
     * @throws IllegalArgumentException when a source patient appears twice
     */
    public static void write(List<PatientMapping> mappings, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        CsvTable.write(file, COLUMNS, rows(mappings));
    }

    /**
     * Writes {@code mappings} to {@code out} and flushes it; {@code out} stays open.
     *
     * @throws IllegalArgumentException when a source patient appears twice
     */
    public static void write(List<PatientMapping> mappings, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvTable.write(out, COLUMNS, rows(mappings));
    }

    /**
     * Reads the mappings of a UTF-8 file, in file order.
     *
     * @throws TruthFileException naming the file, line and column of the first thing that is not right,
     *     including a source patient that appears twice
     */
    public static List<PatientMapping> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return List.copyOf(CsvTable.read(file, COLUMNS, true, new Mapper()));
    }

    /**
     * Reads mappings in input order; {@code in} stays open.
     *
     * @param source the name errors give the input, such as its file name
     * @throws TruthFileException naming the source, line and column of the first thing that is not right,
     *     including a source patient that appears twice
     */
    public static List<PatientMapping> read(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return List.copyOf(CsvTable.read(in, source, COLUMNS, true, new Mapper()));
    }

    private static List<List<String>> rows(List<PatientMapping> mappings) {
        Objects.requireNonNull(mappings, "mappings");
        Set<String> seen = new HashSet<>();
        List<List<String>> rows = new ArrayList<>(mappings.size());
        for (PatientMapping m : mappings) {
            if (!seen.add(m.sourcePatient())) {
                throw new IllegalArgumentException("the source patient '" + m.sourcePatient() + "' appears twice");
            }
            rows.add(List.of(m.sourcePatient(), m.pseudonymousId(), String.join(";", m.studyInstanceUids())));
        }
        return rows;
    }

    /** Reads rows, rejecting a source patient seen in an earlier row. */
    private static final class Mapper implements Function<CsvRow, PatientMapping> {
        private final Set<String> seen = new HashSet<>();

        @Override
        public PatientMapping apply(CsvRow row) {
            String patient = row.text("source_patient");
            if (!seen.add(patient)) {
                throw row.bad("source_patient", "the source patient '" + patient + "' appears in an earlier row");
            }
            String uids = row.text("study_instance_uids");
            List<String> studies = uids.isEmpty() ? List.of() : Arrays.asList(uids.split(";", -1));
            if (studies.contains("")) {
                throw row.bad("study_instance_uids", "an empty study instance UID in '" + uids + "'");
            }
            return new PatientMapping(patient, row.text("pseudonymous_id"), studies);
        }
    }
}
