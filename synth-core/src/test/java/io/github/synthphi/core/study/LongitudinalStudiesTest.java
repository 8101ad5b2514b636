package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.truth.PatientMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studies of one patient are longitudinal data: one identity, later dates, and each study refers to the one
 * before it; the instances of one study share what a study shares.
 */
class LongitudinalStudiesTest {

    private static final int PATIENTS = 2;
    private static final int STUDIES = 3;
    private static final int INSTANCES = 2;

    @TempDir
    static Path dir;

    private static StudyFixture fixture;
    /** patient index -> study index -> the study's files, in instance order. */
    private static Map<Integer, Map<Integer, List<Dataset>>> studies;

    @BeforeAll
    static void generate() throws IOException {
        StudySpec spec = StudySpec.builder(Modality.CT).size(320, 320).patients(PATIENTS).studiesPerPatient(STUDIES)
                .instancesPerSeries(INSTANCES).seed(21L).build();
        fixture = new StudyGenerator().generate(spec, dir.resolve("longitudinal"));
        studies = new TreeMap<>();
        for (Path file : fixture.files()) {
            Path rel = fixture.directory().relativize(file);
            int patient = index(rel.getName(0).toString(), "patient-");
            int study = index(rel.getName(1).toString(), "study-");
            studies.computeIfAbsent(patient, p -> new TreeMap<>()).computeIfAbsent(study, s -> new ArrayList<>())
                    .add(StudyFiles.read(file).dataset());
        }
        assertThat(fixture.files()).hasSize(PATIENTS * STUDIES * INSTANCES);
    }

    private static int index(String name, String prefix) {
        assertThat(name).startsWith(prefix);
        return Integer.parseInt(name.substring(prefix.length())) - 1;
    }

    @Test
    void everyFileOfAPatientCarriesTheSameIdentity() {
        Set<String> patientIds = new TreeSet<>();
        for (int p = 0; p < PATIENTS; p++) {
            List<Dataset> all = new ArrayList<>();
            studies.get(p).values().forEach(all::addAll);
            Dataset first = all.get(0);
            for (Tag tag : List.of(Tags.PatientName, Tags.PatientID, Tags.PatientBirthDate, Tags.PatientSex,
                    Tags.OtherPatientNames, Tags.PatientMotherBirthName)) {
                String expected = String.join("\\", first.getStrings(tag));
                assertThat(expected).as("%s of patient %d", tag.keyword().orElse(tag.toString()), p).isNotEmpty();
                for (Dataset ds : all) {
                    assertThat(String.join("\\", ds.getStrings(tag)))
                            .as("%s of patient %d in study %s", tag.keyword().orElse(""), p, studyUid(ds))
                            .isEqualTo(expected);
                }
            }
            patientIds.add(first.getString(Tags.PatientID).orElseThrow());
        }
        assertThat(patientIds).as("the patients' IDs").hasSize(PATIENTS);
    }

    @Test
    void laterStudiesOfAPatientHaveLaterStudyDates() {
        for (int p = 0; p < PATIENTS; p++) {
            LocalDate previous = LocalDate.MIN;
            for (int s = 0; s < STUDIES; s++) {
                LocalDate date = null;
                for (Dataset ds : studies.get(p).get(s)) {
                    LocalDate d = LocalDate.parse(ds.getString(Tags.StudyDate).orElseThrow(),
                            DateTimeFormatter.BASIC_ISO_DATE);
                    assertThat(date == null || d.equals(date)).as("one StudyDate in study %d of patient %d", s, p)
                            .isTrue();
                    date = d;
                }
                assertThat(date).as("StudyDate of study %d of patient %d", s + 1, p + 1).isAfter(previous);
                LocalDate birth = LocalDate.parse(studies.get(p).get(s).get(0).getString(Tags.PatientBirthDate)
                        .orElseThrow(), DateTimeFormatter.BASIC_ISO_DATE);
                assertThat(date).as("StudyDate after the birth date").isAfter(birth);
                previous = date;
            }
        }
    }

    @Test
    void eachLaterStudyRefersToTheStudyBeforeIt() {
        for (int p = 0; p < PATIENTS; p++) {
            for (int s = 0; s < STUDIES; s++) {
                for (Dataset ds : studies.get(p).get(s)) {
                    List<Dataset> refs = ds.getItems(Tags.ReferencedStudySequence);
                    if (s == 0) {
                        assertThat(refs).as("ReferencedStudySequence of the first study of patient %d", p).isEmpty();
                        continue;
                    }
                    String prior = studyUid(studies.get(p).get(s - 1).get(0));
                    assertThat(refs).as("ReferencedStudySequence of study %d of patient %d", s, p).hasSize(1);
                    assertThat(refs.get(0).getString(Tags.ReferencedSOPInstanceUID))
                            .as("the study study %d of patient %d refers to", s, p).contains(prior);
                    assertThat(refs.get(0).getString(Tags.ReferencedSOPClassUID)).as("its SOP Class")
                            .contains("1.2.840.10008.3.1.2.3.1");
                }
            }
        }
    }

    @Test
    void thePatientMappingListsEachPatientsStudiesInOrder() {
        List<PatientMapping> mapping = fixture.patients();
        assertThat(mapping).hasSize(PATIENTS);
        for (int p = 0; p < PATIENTS; p++) {
            List<String> uids = new ArrayList<>();
            for (int s = 0; s < STUDIES; s++) {
                uids.add(studyUid(studies.get(p).get(s).get(0)));
            }
            assertThat(mapping.get(p).studyInstanceUids()).as("studies of patient %d", p).isEqualTo(uids);
            assertThat(mapping.get(p).sourcePatient()).isEqualTo("patient/" + p);
        }
    }

    /**
     * The instances of one study share its UID, its device, the creator of its instances and its performed
     * procedure step; another study has other ones.
     */
    @Test
    void theInstancesOfAStudyShareWhatTheStudyHasOnce() {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (Map<Integer, List<Dataset>> patient : studies.values()) {
            for (List<Dataset> study : patient.values()) {
                for (String what : List.of("StudyInstanceUID", "DeviceUID", "InstanceCreatorUID",
                        "performed procedure step", "AccessionNumber", "StudyDate")) {
                    Set<String> values = new TreeSet<>();
                    study.forEach(ds -> values.add(studyValue(ds, what)));
                    assertThat(values).as("%s in the instances of study %s", what, studyUid(study.get(0)))
                            .hasSize(1);
                    boolean unique = seen.computeIfAbsent(what, w -> new TreeSet<>()).add(values.iterator().next());
                    if (!what.equals("StudyDate")) { // two patients may be seen on one day
                        assertThat(unique).as("%s %s of study %s is also another study's", what, values,
                                studyUid(study.get(0))).isTrue();
                    }
                }
                Set<String> sops = new TreeSet<>();
                study.forEach(ds -> sops.add(ds.getString(Tags.SOPInstanceUID).orElseThrow()));
                assertThat(sops).as("SOP Instance UIDs of one study").hasSize(INSTANCES);
            }
        }
    }

    private static String studyValue(Dataset ds, String what) {
        Optional<String> value;
        switch (what) {
            case "StudyInstanceUID":
                value = ds.getString(Tags.StudyInstanceUID);
                break;
            case "DeviceUID":
                value = ds.getString(Tags.DeviceUID);
                break;
            case "InstanceCreatorUID":
                value = ds.getString(Tags.InstanceCreatorUID);
                break;
            case "AccessionNumber":
                value = ds.getString(Tags.AccessionNumber);
                break;
            case "StudyDate":
                value = ds.getString(Tags.StudyDate);
                break;
            default:
                value = ds.getItems(Tags.ReferencedPerformedProcedureStepSequence).stream().findFirst()
                        .flatMap(item -> item.getString(Tags.ReferencedSOPInstanceUID));
                break;
        }
        return value.orElseThrow(() -> new AssertionError(what + " is missing in " + studyUid(ds)));
    }

    private static String studyUid(Dataset ds) {
        return ds.getString(Tags.StudyInstanceUID).orElse("(no Study Instance UID)");
    }
}
