package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientMappingCsvTest {

    private static final String HEADER = "source_patient,pseudonymous_id,study_instance_uids";

    @TempDir
    Path dir;

    @Test
    void readsBackEqualMappingsWithNastyValues() throws IOException {
        List<PatientMapping> mappings = TruthSamples.patients(8, 300);
        Path file = dir.resolve(PatientMappingCsv.FILE_NAME);
        PatientMappingCsv.write(mappings, file);
        assertThat(PatientMappingCsv.read(file)).containsExactlyElementsOf(mappings);
    }

    @Test
    void joinsTheStudiesOfAPatientWithSemicolons() throws IOException {
        StringWriter out = new StringWriter();
        PatientMappingCsv.write(List.of(new PatientMapping("patient-0001", "DEID-0001", List.of("2.25.9", "2.25.10")),
                new PatientMapping("patient-0002", "DEID-0002", List.of("2.25.11")),
                new PatientMapping("patient-0003", "DEID-0003", List.of())), out);
        assertThat(out.toString()).isEqualTo(HEADER + "\n"
                + "patient-0001,DEID-0001,2.25.9;2.25.10\n"
                + "patient-0002,DEID-0002,2.25.11\n"
                + "patient-0003,DEID-0003,\n");
        assertThat(String.join(",", PatientMappingCsv.COLUMNS)).isEqualTo(HEADER);
    }

    @Test
    void rejectsRepeatedPatientsAndEmptyOrJoinedStudies() {
        PatientMapping p = new PatientMapping("patient-0001", "DEID-0001", List.of("2.25.9"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PatientMappingCsv.write(List.of(p, p), new StringWriter()))
                .withMessageContaining("appears twice");
        String repeated = HEADER + "\np1,D1,2.25.1\np2,D2,\np1,D3,2.25.3\n";
        assertThatThrownBy(() -> PatientMappingCsv.read(new StringReader(repeated), "patient-mapping.csv"))
                .isInstanceOf(TruthFileException.class)
                .hasMessage("patient-mapping.csv line 4, column source_patient: the source patient 'p1' appears in an "
                        + "earlier row");
        assertThatThrownBy(() -> PatientMappingCsv.read(new StringReader(HEADER + "\np1,D1,2.25.1;;2.25.2\n"),
                "patient-mapping.csv"))
                .hasMessage("patient-mapping.csv line 2, column study_instance_uids: an empty study instance UID in "
                        + "'2.25.1;;2.25.2'");
        assertThatIllegalArgumentException().isThrownBy(() -> new PatientMapping("p", "d", List.of("1;2")));
        assertThatIllegalArgumentException().isThrownBy(() -> new PatientMapping("p", "d", List.of("")));
    }
}
