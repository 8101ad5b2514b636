package io.github.synthphi.core.study;

import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.PatientMapping;
import io.github.synthphi.core.truth.PhiOverlay;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A generated study on disk: the folder, its DICOM files, the answer key, the identities planted, and the
 * ground-truth tables written beside the files.
 *
 * <p>The folder holds {@code patient-NNNN/study-NN/series-NN/instance-NNNN.dcm} (names carry no PHI), the CSV
 * files {@code answer-key.csv}, {@code phi_overlays.csv}, {@code run_manifest.csv} and
 * {@code patient-mapping.csv}, and {@code synth-fixture.txt}, written last, which lists every file with its
 * SHA-256: a folder without it is not a complete fixture. {@link FixtureFolder#open} reads one back.
 *
 * <pre>{@code
 * StudyFixture study = new StudyGenerator().generate(StudySpec.builder(Modality.CT).build(), dir);
 * for (Path file : study.files()) { ... }
 * AnswerKey key = study.answerKey();
 * }</pre>
 *
 * @param directory the fixture folder
 * @param files the DICOM files, in generation order (patient, study, series, instance)
 * @param answerKey every planted item and control
 * @param identities the identities used, one per (patient, study)
 * @param overlays the burned lines, as the ultrasound pipeline's {@code phi_overlays.csv} has them
 * @param manifest what became of each instance: processed or quarantined with the reason
 * @param patients source patient to pseudonymous key and study UIDs
 * @param spec the spec generated
 */
public record StudyFixture(Path directory, List<Path> files, AnswerKey answerKey, List<Identities> identities,
                           List<PhiOverlay> overlays, List<ManifestEntry> manifest, List<PatientMapping> patients,
                           StudySpec spec) {
    public StudyFixture {
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
        Objects.requireNonNull(answerKey, "answerKey");
        identities = List.copyOf(identities);
        overlays = List.copyOf(overlays);
        manifest = List.copyOf(manifest);
        patients = List.copyOf(patients);
        Objects.requireNonNull(spec, "spec");
    }

    /** The seed the study was generated from. */
    public long seed() {
        return spec.seed();
    }
}
