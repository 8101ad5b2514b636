package io.github.synthphi.maven.internal;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The output folder of the {@code generate-fixtures} goal: one fixture folder per study and the
 * {@linkplain Fingerprint fingerprint} of the run that made them.
 *
 * <p>It is up to date when the fingerprint's inputs equal the current ones, the folder holds nothing but the
 * studies and the fingerprint, each study's marker has the SHA-256 the fingerprint recorded, and each study
 * opens with {@link FixtureFolder#open}, which checks the size and SHA-256 of every file. Otherwise every study
 * is generated into a temporary sibling folder, which replaces the output folder only when all are complete;
 * the fingerprint is written last. A failed run leaves the previous output as it was.
 */
public final class FixtureSet {

    /**
     * What a run found or did.
     *
     * @param directory the output folder
     * @param generated true when the studies were generated, false when they were up to date
     * @param reason why they were generated, or empty
     * @param studies the study names
     * @param instances instance files
     * @param bytes bytes of every file of the studies
     * @param quarantined instances quarantined or failed (listed in {@code run_manifest.csv}, not written)
     */
    public record Outcome(Path directory, boolean generated, String reason, List<String> studies, long instances,
                          long bytes, long quarantined) {
        public Outcome {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(reason, "reason");
            studies = List.copyOf(studies);
        }
    }

    /**
     * The result of an up-to-date check.
     *
     * @param current the outcome when the folder is up to date
     * @param reason why it is not, or empty
     */
    public record Check(Optional<Outcome> current, String reason) {
        public Check {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(reason, "reason");
        }

        static Check stale(String reason) {
            return new Check(Optional.empty(), reason);
        }
    }

    /** What writes one study into a folder: {@code StudyGenerator::generate}, or a test's stand-in. */
    @FunctionalInterface
    public interface Writer {
        /** Writes {@code spec} into {@code directory}, which it creates. */
        StudyFixture write(StudySpec spec, Path directory) throws IOException;
    }

    private final Path directory;

    /** The output folder {@code directory}. */
    public FixtureSet(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    /** The output folder. */
    public Path directory() {
        return directory;
    }

    /**
     * Whether the folder is up to date for {@code fingerprint} and {@code studies}, and if not, why.
     *
     * @throws IOException when the fingerprint exists and cannot be read
     */
    public Check check(Fingerprint fingerprint, List<PlannedStudy> studies) throws IOException {
        Optional<Fingerprint.Stored> stored = Fingerprint.read(directory.resolve(Fingerprint.FILE_NAME));
        if (stored.isEmpty()) {
            return Check.stale(Files.isDirectory(directory) ? "no fingerprint of a completed run in " + directory
                    : directory + " does not exist");
        }
        Optional<String> difference = fingerprint.difference(stored.get());
        if (difference.isPresent()) {
            return Check.stale("the configuration changed: " + difference.get());
        }
        Set<String> expected = new TreeSet<>();
        studies.forEach(s -> expected.add(s.name()));
        expected.add(Fingerprint.FILE_NAME);
        Set<String> present = entries(directory);
        if (!present.equals(expected)) {
            Set<String> extra = new TreeSet<>(present);
            extra.removeAll(expected);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(present);
            return Check.stale(directory + (missing.isEmpty() ? "" : " lacks " + missing)
                    + (extra.isEmpty() ? "" : " holds " + extra + ", which no study generated"));
        }
        List<StudyFixture> fixtures = new ArrayList<>();
        for (PlannedStudy s : studies) {
            Path dir = directory.resolve(s.name());
            if (!FixtureFolder.hasMarker(dir)) {
                return Check.stale(s.name() + "/" + FixtureFolder.MARKER + " is missing");
            }
            String marker = Hashes.sha256(dir.resolve(FixtureFolder.MARKER));
            if (!marker.equals(stored.get().markers().get(s.name()))) {
                return Check.stale(s.name() + "/" + FixtureFolder.MARKER + " is not the one the last run wrote");
            }
            try {
                fixtures.add(FixtureFolder.open(dir));
            } catch (IOException e) {
                return Check.stale(e.getMessage());
            }
        }
        return new Check(Optional.of(outcome(false, "", studies, fixtures)), "");
    }

    /**
     * Generates every study into a temporary sibling folder, replaces the output folder with it, and writes the
     * fingerprint.
     *
     * @param reason why, for the outcome
     * @throws IOException when a file cannot be written or the output folder holds files synth did not write;
     *     the output folder is then as it was
     */
    public Outcome generate(Fingerprint fingerprint, List<PlannedStudy> studies, Writer writer, String reason)
            throws IOException {
        requireOurs();
        Path parent = directory.getParent();
        Files.createDirectories(parent);
        Path temporary = parent.resolve("." + directory.getFileName() + ".synth-tmp");
        FixtureFolder.deleteRecursively(temporary);
        Files.createDirectories(temporary);
        List<StudyFixture> fixtures = new ArrayList<>();
        Map<String, String> markers = new TreeMap<>();
        try {
            for (PlannedStudy s : studies) {
                Path dir = temporary.resolve(s.name());
                fixtures.add(writer.write(s.spec(), dir));
                markers.put(s.name(), Hashes.sha256(dir.resolve(FixtureFolder.MARKER)));
            }
            FixtureFolder.deleteRecursively(directory);
            Files.move(temporary, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                FixtureFolder.deleteRecursively(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        Path partial = directory.resolve(Fingerprint.FILE_NAME + ".partial");
        Files.writeString(partial, fingerprint.text(markers), StandardCharsets.UTF_8);
        Files.move(partial, directory.resolve(Fingerprint.FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        return outcome(true, reason, studies, fixtures);
    }

    /**
     * Refuses to replace a folder that holds anything synth did not write: a folder is synth's when it is
     * missing or empty, holds a fingerprint, or holds only fixture folders.
     */
    private void requireOurs() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + " is a file, not a folder; set outputDirectory to a folder synth may "
                    + "own");
        }
        if (Files.exists(directory.resolve(Fingerprint.FILE_NAME))) {
            return;
        }
        List<String> foreign = new ArrayList<>();
        for (String name : entries(directory)) {
            Path p = directory.resolve(name);
            if (!(Files.isDirectory(p) && FixtureFolder.hasMarker(p))) {
                foreign.add(name);
            }
        }
        if (!foreign.isEmpty()) {
            throw new IOException(directory + " holds " + foreign + ", which synth did not write; the goal replaces "
                    + "its output folder as a whole, so set outputDirectory (-Dsynth.fixturesDirectory) to a new or "
                    + "empty folder, or delete it");
        }
    }

    private Outcome outcome(boolean generated, String reason, List<PlannedStudy> studies, List<StudyFixture> fixtures)
            throws IOException {
        long instances = 0;
        long quarantined = 0;
        for (StudyFixture f : fixtures) {
            instances += f.files().size();
            for (ManifestEntry m : f.manifest()) {
                if (m.status() != ManifestEntry.Status.PROCESSED) {
                    quarantined++;
                }
            }
        }
        long bytes = 0;
        List<String> names = new ArrayList<>();
        for (PlannedStudy s : studies) {
            names.add(s.name());
            try (Stream<Path> walk = Files.walk(directory.resolve(s.name()))) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    bytes += Files.size(p);
                }
            }
        }
        return new Outcome(directory, generated, reason, names, instances, bytes, quarantined);
    }

    private static Set<String> entries(Path dir) throws IOException {
        Set<String> out = new TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.forEach(p -> out.add(p.getFileName().toString()));
            }
        }
        return out;
    }
}
