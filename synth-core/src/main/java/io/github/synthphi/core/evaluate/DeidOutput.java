package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A de-identifier's output next to the study it was given: the source fixture with its answer key, the output
 * file or folder, the profile the de-identifier claims, and optionally its UID mapping in MIDI's
 * {@code id_old,id_new} format. Evaluating it gives the {@link Evaluation}; it is computed once and kept.
 *
 * <pre>{@code
 * DeidOutput out = DeidOutput.of(study, outputDir).withProfile(Profile.parse("BASIC,PIX,DESC,MOD"));
 * Evaluation e = out.evaluation();
 * assertThat(out).hasNoResidualPhi();    // from synth-assertions
 * }</pre>
 */
public final class DeidOutput {

    private final StudyFixture source;
    private final Path output;
    private final Profile profile;
    private final Optional<Path> uidMapping;
    private volatile Evaluation evaluation;

    private DeidOutput(StudyFixture source, Path output, Profile profile, Optional<Path> uidMapping) {
        this.source = Objects.requireNonNull(source, "source");
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
        this.profile = Objects.requireNonNull(profile, "profile");
        this.uidMapping = Objects.requireNonNull(uidMapping, "uidMapping");
    }

    /** The output of a de-identifier run on {@code source}, judged under {@link Profile#DEFAULT}. */
    public static DeidOutput of(StudyFixture source, Path output) {
        return new DeidOutput(source, output, Profile.DEFAULT, Optional.empty());
    }

    /**
     * The output of a de-identifier run on the fixture folder {@code fixtures} (read with
     * {@link FixtureFolder#open}, which refuses an incomplete or changed folder).
     */
    public static DeidOutput of(Path fixtures, Path output) throws IOException {
        return of(FixtureFolder.open(fixtures), output);
    }

    /** The same output judged under {@code profile}. */
    public DeidOutput withProfile(Profile profile) {
        return new DeidOutput(source, output, profile, uidMapping);
    }

    /** The same output with the de-identifier's UID mapping file ({@code id_old,id_new}), used to pair files. */
    public DeidOutput withUidMapping(Path mappingFile) {
        return new DeidOutput(source, output, profile, Optional.of(mappingFile));
    }

    /** The generated study the de-identifier was given. */
    public StudyFixture source() {
        return source;
    }

    /** The output file or folder. */
    public Path output() {
        return output;
    }

    /** The claimed profile. */
    public Profile profile() {
        return profile;
    }

    /** The UID mapping file, if given. */
    public Optional<Path> uidMapping() {
        return uidMapping;
    }

    /**
     * The verdicts, computed on first use and then kept.
     *
     * @throws IOException when the fixture holds no instance, the output cannot be listed at all or the mapping
     *     file cannot be read; an unreadable output file is a finding, not an exception
     */
    public Evaluation evaluation() throws IOException {
        Evaluation e = evaluation;
        if (e == null) {
            synchronized (this) {
                e = evaluation;
                if (e == null) {
                    e = new Evaluator().evaluate(this);
                    evaluation = e;
                }
            }
        }
        return e;
    }

    @Override
    public String toString() {
        return "DeidOutput[" + output + " of " + source.directory() + ", profile " + profile + "]";
    }
}
