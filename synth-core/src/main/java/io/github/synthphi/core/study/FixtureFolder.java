package io.github.synthphi.core.study;

import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.IdentityFactory;
import io.github.synthphi.core.truth.AnswerKeyCsv;
import io.github.synthphi.core.truth.PatientMappingCsv;
import io.github.synthphi.core.truth.PhiOverlaysCsv;
import io.github.synthphi.core.truth.RunManifestCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fixture folder on disk and its completion marker, {@code synth-fixture.txt}: the format version, the
 * spec in canonical form, and every other file with its size and SHA-256, in path order. The marker is
 * written last, so its presence means the folder is complete; {@link #open} checks that every file is there
 * and unchanged.
 *
 * <pre>{@code
 * StudyFixture fixture = FixtureFolder.open(Path.of("target/synthetic-fixtures/ct"));
 * }</pre>
 */
public final class FixtureFolder {

    /** The marker's file name. */
    public static final String MARKER = "synth-fixture.txt";
    /** The first line of a marker of this format. */
    static final String FORMAT = "synth-fixture 1";

    private FixtureFolder() {
    }

    /**
     * Reads a complete fixture folder: the spec from the marker, the identities regenerated from it, the CSV
     * files, and the DICOM files, after checking every listed file's size and SHA-256.
     *
     * @throws IncompleteFixtureException when the marker is missing or a file is missing, added or changed
     */
    public static StudyFixture open(Path directory) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        Path marker = dir.resolve(MARKER);
        List<String> lines;
        try {
            lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IncompleteFixtureException(dir + " has no " + MARKER + ": it is not a complete synth fixture "
                    + "(its generation did not finish, or it was made by something else)");
        }
        if (lines.size() < 2 || !lines.get(0).equals(FORMAT) || !lines.get(1).startsWith("spec ")) {
            throw new IncompleteFixtureException(marker + " is not a synth fixture marker of format '" + FORMAT + "'");
        }
        StudySpec spec;
        try {
            spec = StudySpec.parseCanonicalForm(lines.get(1).substring(5));
        } catch (IllegalArgumentException e) {
            throw new IncompleteFixtureException(marker + " line 2: " + e.getMessage());
        }
        List<Path> dicom = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            String[] f = lines.get(i).split(" ", 4);
            if (f.length != 4 || !f[0].equals("file")) {
                throw new IncompleteFixtureException(marker + " line " + (i + 1) + ": expected 'file SHA256 SIZE PATH'");
            }
            Path file = dir.resolve(f[3]);
            listed.add(f[3]);
            if (!Files.isRegularFile(file)) {
                throw new IncompleteFixtureException(file + " is listed in " + MARKER + " but missing");
            }
            if (Files.size(file) != Long.parseLong(f[2]) || !sha256(file).equals(f[1])) {
                throw new IncompleteFixtureException(file + " was changed after generation (its size or SHA-256 "
                        + "differs from " + MARKER + ")");
            }
            if (f[3].endsWith(".dcm")) {
                dicom.add(file);
            }
        }
        List<String> present = relativeFiles(dir);
        present.remove(MARKER);
        if (!present.equals(listed)) {
            List<String> extra = new ArrayList<>(present);
            extra.removeAll(listed);
            throw new IncompleteFixtureException(dir + " holds files " + MARKER + " does not list: " + extra);
        }
        // the generator's order: patient, study, series, instance, by number (instance-10000 after instance-9999)
        dicom.sort((x, y) -> NaturalOrder.compare(dir.relativize(x).toString(), dir.relativize(y).toString()));
        IdentityFactory factory = new IdentityFactory(spec.seed(), spec.locale());
        List<Identities> identities = new ArrayList<>();
        for (int p = 0; p < spec.patients(); p++) {
            for (int s = 0; s < spec.studiesPerPatient(); s++) {
                identities.add(factory.identities(p, s));
            }
        }
        return new StudyFixture(dir, dicom, AnswerKeyCsv.read(dir.resolve(AnswerKeyCsv.FILE_NAME)), identities,
                PhiOverlaysCsv.read(dir.resolve(PhiOverlaysCsv.FILE_NAME)),
                RunManifestCsv.read(dir.resolve(RunManifestCsv.FILE_NAME)),
                PatientMappingCsv.read(dir.resolve(PatientMappingCsv.FILE_NAME)), spec);
    }

    /** True when {@code dir} holds a marker, whether or not its files are intact. */
    public static boolean hasMarker(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER));
    }

    static void writeMarker(Path dir, StudySpec spec, StudyFixture fixture) throws IOException {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n').append("spec ").append(spec.canonicalForm()).append('\n');
        for (String rel : relativeFiles(dir)) {
            Path file = dir.resolve(rel);
            sb.append("file ").append(sha256(file)).append(' ').append(Files.size(file)).append(' ').append(rel)
                    .append('\n');
        }
        Files.writeString(dir.resolve(MARKER), sb.toString(), StandardCharsets.UTF_8);
    }

    /** Every regular file under {@code dir}, relative, with {@code /} separators, sorted. */
    static List<String> relativeFiles(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        out.sort(null);
        return out;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Deletes {@code dir} with everything under it (a fixture folder, or the partial folder of a generation that
     * failed); nothing when it does not exist. Files must be writable.
     */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = new ArrayList<>(walk.toList());
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.delete(all.get(i));
        }
    }
}
