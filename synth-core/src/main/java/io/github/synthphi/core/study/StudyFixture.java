package io.github.synthphi.core.study;

import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.PatientMapping;
import io.github.synthphi.core.truth.PhiOverlay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * StudyFixture mine = study.copyTo(tempDir);   // a writable copy, for a test that edits files in place
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

    /**
     * Copies the fixture folder, marker included, into {@code target} and returns the copy: the same study with
     * its files under {@code target}, every file writable by its owner whatever the original's permissions, so a
     * test can edit files in place while the original stays untouched. {@link FixtureFolder#open} accepts the copy
     * as long as nothing in it has changed.
     *
     * <pre>{@code
     * @Test
     * void rewritesInPlace(@SyntheticStudy StudyFixture shared, @TempDir Path dir) throws IOException {
     *     StudyFixture mine = shared.copyTo(dir);
     *     myDeidentifier.runInPlace(mine.directory());
     * }
     * }</pre>
     *
     * @param target a folder that does not exist or is empty
     * @throws IOException when {@code target} exists and is not an empty folder, or a file cannot be copied
     */
    public StudyFixture copyTo(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Path to = target.toAbsolutePath().normalize();
        Path from = directory.toAbsolutePath().normalize();
        if (to.startsWith(from)) {
            throw new IOException("cannot copy the fixture " + from + " into " + to + ", a folder inside it");
        }
        if (Files.exists(to) && (!Files.isDirectory(to) || !FixtureFolder.isEmpty(to))) {
            throw new IOException(to + " exists and is not an empty folder; a fixture is copied only into a new or "
                    + "empty folder");
        }
        Files.createDirectories(to);
        for (String rel : FixtureFolder.relativeFiles(from)) {
            Path copy = to.resolve(rel);
            Files.createDirectories(copy.getParent());
            // a stream copy, not Files.copy: that keeps the source's mode, and a shared fixture's files are read-only
            try (var in = Files.newInputStream(from.resolve(rel))) {
                Files.copy(in, copy);
            }
            if (!Files.isWritable(copy) && !copy.toFile().setWritable(true, true)) {
                throw new IOException("cannot make the copy " + copy + " writable");
            }
        }
        List<Path> copies = new ArrayList<>(files.size());
        for (Path file : files) {
            copies.add(to.resolve(from.relativize(file.toAbsolutePath().normalize()).toString()));
        }
        return new StudyFixture(to, copies, answerKey, identities, overlays, manifest, patients, spec);
    }
}
