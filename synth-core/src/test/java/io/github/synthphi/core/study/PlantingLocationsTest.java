package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.TagPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The answer key has entries for each planting location a spec enables and none for the others. */
class PlantingLocationsTest {

    /** The location of the controls, which are recorded whatever the spec plants. */
    private static final String CONTROL = "control";
    /** The UIDs every instance has; recorded (as location {@code uids}) even when UIDS is not planted. */
    private static final Set<TagPath> REQUIRED_UIDS = Set.of(TagPath.of(Tags.StudyInstanceUID),
            TagPath.of(Tags.SeriesInstanceUID), TagPath.of(Tags.SOPInstanceUID), TagPath.of(Tags.FrameOfReferenceUID));
    /** The UID attributes only UIDS plants. */
    private static final List<Tag> OPTIONAL_UIDS = List.of(Tags.InstanceCreatorUID, Tags.DeviceUID,
            Tags.AcquisitionUID, Tags.IrradiationEventUID, Tags.ReferencedImageSequence, Tags.SourceImageSequence,
            Tags.ReferencedStudySequence, Tags.ReferencedPerformedProcedureStepSequence);

    @TempDir
    Path dir;

    /** Two studies of two instances: so that every kind of reference exists when UIDS is planted. */
    private static StudySpec.Builder base() {
        return StudySpec.builder(Modality.CT).size(384, 384).studiesPerPatient(2).instancesPerSeries(2).seed(51L);
    }

    static Stream<Set<PlantingLocation>> subsets() {
        return Stream.of(EnumSet.allOf(PlantingLocation.class),
                EnumSet.of(PlantingLocation.STANDARD_ATTRIBUTES, PlantingLocation.PRIVATE_BLOCKS,
                        PlantingLocation.OVERLAY, PlantingLocation.BURNED_IN),
                EnumSet.of(PlantingLocation.NESTED_SEQUENCES, PlantingLocation.FREE_TEXT, PlantingLocation.UIDS,
                        PlantingLocation.DATES),
                EnumSet.noneOf(PlantingLocation.class));
    }

    @ParameterizedTest
    @MethodSource("subsets")
    void theKeyHasEntriesForEachEnabledLocationAndNoneForTheOthers(Set<PlantingLocation> enabled) throws IOException {
        StudyFixture fixture = new StudyGenerator().generate(base().locations(enabled).build(), dir.resolve("study"));
        assertThat(fixture.files()).hasSize(4);

        Map<String, List<AnswerKeyEntry>> byLocation = new TreeMap<>();
        fixture.answerKey().entries().forEach(e -> byLocation.computeIfAbsent(e.location(), l -> new ArrayList<>())
                .add(e));
        assertThat(byLocation).as("locations with entries").containsKey(CONTROL);
        for (PlantingLocation location : PlantingLocation.values()) {
            List<AnswerKeyEntry> entries = byLocation.getOrDefault(location.label(), List.of());
            if (enabled.contains(location)) {
                assertThat(entries).as("entries of the enabled location %s", location.label()).isNotEmpty();
            } else if (location == PlantingLocation.UIDS) {
                Set<TagPath> paths = new TreeSet<>((a, b) -> a.toMidi().compareTo(b.toMidi()));
                entries.forEach(e -> paths.add(e.tagPath().orElseThrow()));
                assertThat(paths).as("UID entries with UIDS disabled: only the UIDs every instance has")
                        .containsExactlyInAnyOrderElementsOf(REQUIRED_UIDS);
            } else {
                assertThat(entries).as("entries of the disabled location %s", location.label()).isEmpty();
            }
        }
        Set<String> known = new TreeSet<>(List.of(CONTROL));
        for (PlantingLocation l : PlantingLocation.values()) {
            known.add(l.label());
        }
        assertThat(known).as("locations named in the key").containsAll(byLocation.keySet());

        boolean burned = enabled.contains(PlantingLocation.BURNED_IN);
        assertThat(fixture.answerKey().pixelEntries().isEmpty()).as("no pixel entries").isEqualTo(!burned);
        for (DicomFile file : StudyFiles.bySopInstanceUid(fixture).values()) {
            Dataset ds = file.dataset();
            assertThat(ds.getString(Tags.BurnedInAnnotation)).as("Burned In Annotation")
                    .contains(burned ? "YES" : "NO");
            if (!enabled.contains(PlantingLocation.UIDS)) {
                for (Tag tag : OPTIONAL_UIDS) {
                    assertThat(ds.contains(tag)).as("%s with UIDS disabled", tag.keyword().orElse("")).isFalse();
                }
            }
            if (!enabled.contains(PlantingLocation.PRIVATE_BLOCKS)) {
                assertThat(ds.elements()).as("private elements with PRIVATE_BLOCKS disabled")
                        .noneMatch(e -> e.tag().isPrivate());
            }
            if (!enabled.contains(PlantingLocation.OVERLAY)) {
                assertThat(ds.contains(Tags.OverlayData)).as("Overlay Data with OVERLAY disabled").isFalse();
            }
        }
    }

    @Test
    void withoutDatesNoStudyDateAndNoUnrecordedDateRemainsInTheFiles() throws IOException {
        Set<PlantingLocation> noDates = EnumSet.allOf(PlantingLocation.class);
        noDates.remove(PlantingLocation.DATES);
        StudyFixture fixture = new StudyGenerator().generate(base().locations(noDates).build(), dir.resolve("study"));
        assertThat(fixture.files()).hasSize(4);
        assertThat(fixture.answerKey().entries()).as("entries of the location dates")
                .noneMatch(e -> e.location().equals(PlantingLocation.DATES.label()));

        for (Path file : fixture.files()) {
            Dataset ds = StudyFiles.read(file).dataset();
            String sop = ds.getString(Tags.SOPInstanceUID).orElseThrow();
            // the files are patient-0001/study-0S/..., the identities one per study in the same order
            int study = Integer.parseInt(fixture.directory().relativize(file).getName(1).toString()
                    .substring("study-".length())) - 1;
            String studyDate = fixture.identities().get(study).study().studyDate().toString().replace("-", "");
            Set<String> recorded = new TreeSet<>();
            fixture.answerKey().forInstance(sop).forEach(e -> recorded.add(e.value()));
            List<String> problems = new ArrayList<>();
            StudyFiles.forEachElement(ds, (parent, e) -> {
                if (!e.vr().isText()) {
                    return;
                }
                String value = String.join("\\", parent.getStrings(e.tag()));
                if (value.contains(studyDate)) {
                    problems.add(e.name() + " " + e.vr() + " holds the study date: " + value);
                }
                if ((e.vr() == Vr.DA || e.vr() == Vr.DT || e.vr() == Vr.TM) && !value.isEmpty()
                        && !recorded.contains(value)) {
                    problems.add(e.name() + " " + e.vr() + " holds a date or time the answer key does not record: "
                            + value);
                }
            });
            assertThat(problems)
                    .as("dates left in %s with DATES disabled (study date %s)", file.getFileName(), studyDate)
                    .isEmpty();
        }
    }

    @Test
    void withoutBurnedInNothingIsBurnedAndTheFilesEqualThoseOfASpecWithoutBurnIn() throws IOException {
        Set<PlantingLocation> noBurn = EnumSet.allOf(PlantingLocation.class);
        noBurn.remove(PlantingLocation.BURNED_IN);
        StudyFixture withoutLocation = new StudyGenerator().generate(base().locations(noBurn).build(),
                dir.resolve("without-location"));
        StudyFixture withoutBurnIn = new StudyGenerator().generate(base().locations(noBurn).burnIn(false).build(),
                dir.resolve("without-burn-in"));

        assertThat(withoutLocation.answerKey().pixelEntries()).as("pixel entries").isEmpty();
        assertThat(withoutLocation.overlays()).as("burned lines").isEmpty();
        assertThat(withoutLocation.answerKey().entries()).as("entries").isEqualTo(withoutBurnIn.answerKey().entries());
        assertThat(withoutLocation.files()).hasSize(4);
        for (int i = 0; i < withoutLocation.files().size(); i++) {
            Path a = withoutLocation.files().get(i);
            Path b = withoutBurnIn.files().get(i);
            assertThat(FolderDigests.sha256(a)).as("%s without BURNED_IN and without burnIn", a.getFileName())
                    .isEqualTo(FolderDigests.sha256(b));
        }
    }
}
