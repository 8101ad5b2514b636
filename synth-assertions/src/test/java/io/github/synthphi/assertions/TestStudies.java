package io.github.synthphi.assertions;

import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.stream.Stream;

/**
 * The small studies the tests judge outputs of, generated once per test run under {@code target/} and shared:
 * tests never change them, they only read them.
 */
final class TestStudies {

    static final long SEED = 7L;

    private static final Path ROOT = Path.of("target", "assertions-test-studies").toAbsolutePath();

    private static StudyFixture headers;
    private static StudyFixture burned;

    private TestStudies() {
    }

    /**
     * Two CT instances of 64x64 pixels with PHI in standard attributes, dates and UIDs, and nothing burned in: a
     * copy leaks more than 50 values, and {@link ToyDeidentifier} cleans it completely.
     */
    static synchronized StudyFixture headers() {
        if (headers == null) {
            headers = generate("headers", StudySpec.builder(Modality.CT).size(64, 64).instancesPerSeries(2)
                    .burnIn(false).locations(EnumSet.of(PlantingLocation.STANDARD_ATTRIBUTES, PlantingLocation.DATES,
                            PlantingLocation.UIDS))
                    .seed(SEED).build());
        }
        return headers;
    }

    /** One CT instance of 256x256 pixels with a burned-in banner, an overlay that spells it, and UIDs. */
    static synchronized StudyFixture burned() {
        if (burned == null) {
            burned = generate("burned", StudySpec.builder(Modality.CT).size(256, 256).burnIn(true)
                    .locations(EnumSet.of(PlantingLocation.BURNED_IN, PlantingLocation.OVERLAY, PlantingLocation.UIDS))
                    .seed(SEED).build());
        }
        return burned;
    }

    /** A copy of every file of {@code study} into {@code out}: the de-identifier that does nothing. */
    static Path copy(StudyFixture study, Path out) throws IOException {
        Files.createDirectories(out);
        for (Path file : study.files()) {
            Path target = out.resolve(study.directory().relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return out;
    }

    private static StudyFixture generate(String name, StudySpec spec) {
        Path dir = ROOT.resolve(name);
        try {
            delete(dir);
            return new StudyGenerator().generate(spec, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the test study " + name + " in " + dir, e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
