package io.github.synthphi.maven;

import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.maven.internal.ConfigurationException;
import io.github.synthphi.maven.internal.Fingerprint;
import io.github.synthphi.maven.internal.FixtureSet;
import io.github.synthphi.maven.internal.LogLines;
import io.github.synthphi.maven.internal.PlannedStudy;
import io.github.synthphi.maven.internal.StudyPlans;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates synthetic DICOM studies with planted fake PHI and their answer keys, one sub-folder of
 * {@code outputDirectory} per {@code <study>}, for the tests of a de-identifier.
 *
 * <p>Each sub-folder is a complete synth fixture: {@code patient-NNNN/study-NN/series-NN/instance-NNNN.dcm}, the
 * answer key {@code answer-key.csv}, {@code phi_overlays.csv}, {@code run_manifest.csv},
 * {@code patient-mapping.csv}, and {@code synth-fixture.txt}, which lists every file with its size and SHA-256.
 * The same configuration gives byte-identical files on every machine.
 *
 * <p>Incremental: the studies are generated into a temporary folder that replaces {@code outputDirectory} only
 * when all are complete, and a fingerprint of every effective input (each study's resolved spec with its seed,
 * the plugin's version) is written last, as {@code synth-fingerprint.txt}. A later run with the same inputs whose
 * files are all intact (sizes and SHA-256 checked) does nothing but say so; a changed configuration, a changed,
 * added or missing file, or {@code -Dsynth.force=true} regenerates.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-fixtures", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class GenerateFixturesMojo extends AbstractMojo {

    /**
     * The seed from which each study's seed is derived: a study's seed is its own {@code <seed>}, else the first
     * 8 bytes of SHA-256 of {@code "<seed>|study/<name>"} (synth's per-case seed rule), so studies differ from
     * each other and a study keeps its files when others are added. The default is {@code StudySpec.DEFAULT_SEED}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.seed", defaultValue = "20240131")
    private long seed;

    /**
     * The studies to generate, one {@code <study>} each, into a sub-folder named by its {@code <name>} (default:
     * the modality in lower case, {@code us-cine} for {@code US_CINE}). Elements of a {@code <study>}:
     * {@code modality} (required: {@code CT}, {@code MR}, {@code US}, {@code US_CINE}, {@code CR}, {@code DX},
     * {@code MG}, {@code SC}), {@code count} (patients, default 1), {@code studiesPerPatient} (default 1),
     * {@code series} (per study, default 1), {@code instances} (per series, default 1), {@code frames},
     * {@code rows}, {@code columns} (default: the modality's), {@code transferSyntax}
     * ({@code EXPLICIT_VR_LITTLE_ENDIAN} (default), {@code IMPLICIT_VR_LITTLE_ENDIAN},
     * {@code DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN}, {@code RLE_LOSSLESS}), {@code locale} ({@code en-US} (default),
     * {@code de-DE}, {@code ja-JP}), {@code burnIn} (default true), {@code burnVariants} ({@code LOW_CONTRAST},
     * {@code SMALL_TEXT}, {@code INSIDE_IMAGE}, {@code SOME_FRAMES}), {@code locations} (where PHI is planted,
     * default all: {@code STANDARD_ATTRIBUTES}, {@code NESTED_SEQUENCES}, {@code PRIVATE_BLOCKS},
     * {@code FREE_TEXT}, {@code OVERLAY}, {@code UIDS}, {@code DATES}, {@code BURNED_IN}), {@code seed} and
     * {@code sources} (a folder of PHI-free DICOM, PNG or JPEG images to take pixels from). A value that is not
     * allowed fails the build naming the allowed ones.
     *
     * <pre>{@code
     * <studies>
     *   <study><modality>CT</modality><count>2</count><instances>3</instances></study>
     *   <study><modality>US_CINE</modality><frames>8</frames><locale>de-DE</locale></study>
     * </studies>
     * }</pre>
     *
     * <p>From the command line, when the POM does not configure {@code <studies>}: {@code
     * -Dsynth.studies=CT:count=2:instances=3,US_CINE:frames=8:locale=de-DE} (studies separated by commas, each
     * the modality and then {@code key=value} items separated by colons, with the element names as keys).
     *
     * <p>Required; it is checked when the goal runs, after {@code skip}, so that a skipped build needs none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.studies")
    private List<Study> studies;

    /**
     * The folder the studies are written into, one sub-folder each, which the goal owns: it is replaced as a
     * whole, and the goal refuses a folder holding files it did not write. The property is shared with the
     * {@code evaluate} goal's {@code fixturesDirectory}, so one property moves both.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.fixturesDirectory", defaultValue = "${project.build.directory}/synthetic-fixtures")
    private File outputDirectory;

    /**
     * Whether to add {@code outputDirectory} as a test resource folder (unfiltered, fingerprint excluded), so
     * that the fixtures are copied to {@code target/test-classes/<outputDirectory's name>/} and tests can reach
     * them on the class path. Off by default: large corpora are better passed to tests as a path.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.addTestResource", defaultValue = "false")
    private boolean addTestResource;

    /**
     * Generates even when the fixtures are up to date.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.force", defaultValue = "false")
    private boolean force;

    /**
     * Whether each study also gets {@code answer-key.db}, its answer key as a MIDI answer-key database that MIDI's
     * validation script reads.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.midiKey", defaultValue = "true")
    private boolean midiKey;

    /**
     * Threads that write instances; 0 means one per available processor. The files do not depend on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.threads", defaultValue = "0")
    private int threads;

    /**
     * Skips the goal (and {@code evaluate}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Maven's own switch that skips compiling and running tests ({@code -Dmaven.test.skip=true}), which the goal
     * honours: without tests there is nothing to generate fixtures for. {@code -DskipTests} does not skip it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    /** The plugin's version, part of the fingerprint. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || mavenTestSkip) {
            getLog().info("synth: generate-fixtures skipped (" + (skip ? "synth.skip" : "maven.test.skip")
                    + " is true; set it to false to generate the fixtures)");
            return;
        }
        long start = System.nanoTime();
        List<PlannedStudy> planned;
        try {
            planned = StudyPlans.resolve(seed, studies);
        } catch (ConfigurationException e) {
            throw new MojoFailureException("synth: bad <studies> configuration: " + e.getMessage(), e);
        }
        if (threads < 0 || threads > 256) {
            throw new MojoFailureException("synth: threads must be 0 (one per processor) to 256, got " + threads);
        }
        FixtureSet set = new FixtureSet(outputDirectory.toPath());
        FixtureSet.Outcome outcome;
        try {
            Fingerprint fingerprint = Fingerprint.of(pluginVersion, codeJars(), planned, midiKey);
            FixtureSet.Check check = force ? null : set.check(fingerprint, planned);
            if (check != null && check.current().isPresent()) {
                outcome = check.current().get();
            } else {
                int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
                StudyGenerator generator = new StudyGenerator(Math.min(n, 256)).withMidiKey(midiKey);
                outcome = set.generate(fingerprint, planned, generator::generate,
                        check == null ? "synth.force is true" : check.reason());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("synth: generating fixtures into " + set.directory() + " failed: "
                    + e.getMessage(), e);
        }
        if (addTestResource) {
            Resource r = new Resource();
            r.setDirectory(set.directory().toString());
            r.setTargetPath(set.directory().getFileName().toString());
            r.setFiltering(false);
            r.addExclude(Fingerprint.FILE_NAME);
            project.addTestResource(r);
        }
        getLog().info(LogLines.generation(outcome, System.nanoTime() - start));
        if (outcome.quarantined() > 0) {
            getLog().warn("synth: " + outcome.quarantined() + " planned instances were quarantined, not written; "
                    + "each study's run_manifest.csv says why (an image too small for the burned-in banner, say)");
        }
    }

    /** The jars of the plugin and of synth-core, hashed into the fingerprint of a snapshot. */
    private static List<Path> codeJars() {
        List<Path> out = new ArrayList<>();
        for (Class<?> c : List.of(GenerateFixturesMojo.class, StudySpec.class)) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    out.add(Path.of(source.getLocation().toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: nothing to hash
                }
            }
        }
        return out;
    }
}
