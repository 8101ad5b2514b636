package io.github.synthphi.maven;

import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.maven.internal.ConfigurationException;
import io.github.synthphi.maven.internal.LogLines;
import io.github.synthphi.maven.internal.Verdicts;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Judges a de-identifier's output against the answer keys of the fixtures it was given, writes the reports
 * ({@code report.html}, {@code discrepancy-report.csv}, {@code validation-results.csv}, {@code summary.csv}),
 * logs a summary table by action and category, and fails the build when PHI is left.
 *
 * <p>The de-identifier runs before this goal (in {@code integration-test}, say) and reads
 * {@code fixturesDirectory}. When that folder is the output of {@code generate-fixtures}, a folder with one fixture
 * per study, the de-identifier's output must mirror it: {@code deidOutputDirectory/<study>/} for each study, and
 * the reports go to {@code reportDirectory/<study>/}. When {@code fixturesDirectory} is one fixture, the output
 * and the reports are the folders themselves.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>generate-fixtures</goal><goal>evaluate</goal></goals>
 *   <configuration>
 *     <studies><study><modality>CT</modality></study></studies>
 *     <deidOutputDirectory>${project.build.directory}/deid</deidOutputDirectory>
 *     <profile>BASIC,PIX,DESC,MOD</profile>
 *   </configuration>
 * </execution>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractMojo {

    /**
     * The fixtures the de-identifier was given: by default where {@code generate-fixtures} writes them. The
     * property is shared with {@code generate-fixtures}' {@code outputDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.fixturesDirectory", defaultValue = "${project.build.directory}/synthetic-fixtures")
    private File fixturesDirectory;

    /**
     * The de-identifier's output: one sub-folder per study, named as the study's folder in
     * {@code fixturesDirectory} (or the output itself when {@code fixturesDirectory} is one fixture). Files are
     * paired with their sources by content and by {@code uidMapping}, not by name. Required; it is checked when
     * the goal runs, after {@code skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.deidOutputDirectory")
    private File deidOutputDirectory;

    /**
     * The de-identification profile the de-identifier claims, as PS3.15 option codes separated by commas:
     * {@code BASIC} and any of {@code SAFE}, {@code UIDS}, {@code DEV}, {@code INST}, {@code PAT}, {@code FULL},
     * {@code MOD}, {@code DESC}, {@code STRUCT}, {@code GRAPH}, {@code PIX} (Clean Pixel Data). What each planted
     * item must become follows from it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.profile", defaultValue = "BASIC,PIX,DESC,GRAPH")
    private String profile;

    /**
     * The de-identifier's UID mapping in MIDI's {@code id_old,id_new} CSV format, if it writes one; used to pair
     * output files with their sources. One file may cover every study.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.uidMapping")
    private File uidMapping;

    /**
     * Where the reports are written ({@code <study>/report.html} and the CSV files).
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.reportDirectory", defaultValue = "${project.build.directory}/synth-reports")
    private File reportDirectory;

    /**
     * Fails the build when a finding means PHI may be left: a planted identifier not removed or replaced, residual
     * PHI found anywhere in an output file, burned-in text still readable, an unreadable or unexpected output file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.failOnResidualPhi", defaultValue = "true")
    private boolean failOnResidualPhi;

    /**
     * Fails the build on every finding, also those that lose clinical content rather than leak PHI (a description
     * emptied that should be cleaned, a control attribute removed, a missing instance, pixels changed outside the
     * planted regions).
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.failOnAnyFinding", defaultValue = "false")
    private boolean failOnAnyFinding;

    /**
     * Skips the goal (and {@code generate-fixtures}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "synth.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Maven's switch that skips compiling and running tests ({@code -Dmaven.test.skip=true}), which the goal
     * honours as {@code generate-fixtures} does.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || mavenTestSkip) {
            getLog().info("synth: evaluate skipped (" + (skip ? "synth.skip" : "maven.test.skip")
                    + " is true; set it to false to evaluate the de-identifier's output)");
            return;
        }
        if (deidOutputDirectory == null) {
            throw new MojoFailureException("synth: evaluate needs the de-identifier's output folder: set "
                    + "<deidOutputDirectory> in the plugin's configuration or -Dsynth.deidOutputDirectory=...");
        }
        long start = System.nanoTime();
        Profile claimed;
        List<Verdicts.Pair> pairs;
        try {
            claimed = Profile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("synth: bad <profile>: " + e.getMessage(), e);
        }
        try {
            pairs = Verdicts.pairs(fixturesDirectory.toPath().toAbsolutePath().normalize(),
                    deidOutputDirectory.toPath().toAbsolutePath().normalize());
        } catch (ConfigurationException e) {
            throw new MojoFailureException("synth: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("synth: cannot list " + fixturesDirectory + ": " + e.getMessage(), e);
        }
        if (uidMapping != null && !uidMapping.isFile()) {
            throw new MojoFailureException("synth: uidMapping " + uidMapping + " is not a file");
        }
        Optional<java.nio.file.Path> mapping = Optional.ofNullable(uidMapping).map(File::toPath);
        List<Verdicts.Verdict> verdicts = new ArrayList<>();
        for (Verdicts.Pair pair : pairs) {
            Verdicts.Verdict v;
            try {
                v = Verdicts.judge(pair, claimed, mapping, reportDirectory.toPath().toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new MojoExecutionException("synth: evaluating " + pair.output() + " against " + pair.fixture()
                        + " failed: " + e.getMessage(), e);
            }
            verdicts.add(v);
            String label = v.name().isEmpty() ? v.fixture().getFileName().toString() : v.name();
            getLog().info("synth: " + label + " (profile " + claimed.code() + "): " + v.summary().oneLine());
            for (String line : LogLines.table(v.summary()).split("\n")) {
                getLog().info("  " + line);
            }
            getLog().info("  report: " + v.reports().html());
        }
        int findings = 0;
        int leaks = 0;
        List<String> failing = new ArrayList<>();
        for (Verdicts.Verdict v : verdicts) {
            findings += v.findings();
            leaks += v.leaks();
            boolean fails = failOnAnyFinding ? v.findings() > 0 : failOnResidualPhi && v.leaks() > 0;
            if (fails) {
                failing.add((v.name().isEmpty() ? "" : v.name() + ": ") + LogLines.count(v.findings(), "finding",
                        "findings") + " (" + v.leaks() + " leaving PHI), see " + v.reports().html());
            }
        }
        String total = LogLines.count(findings, "finding", "findings") + ", " + leaks + " of them leaving PHI, in "
                + LogLines.count(verdicts.size(), "study", "studies") + ", evaluated in "
                + LogLines.seconds(System.nanoTime() - start);
        if (!failing.isEmpty()) {
            throw new MojoFailureException("synth: the de-identifier's output in " + deidOutputDirectory + " fails: "
                    + total + "; " + String.join("; ", failing));
        }
        getLog().info("synth: evaluate: " + total + (findings > 0 ? " (not failing: failOnResidualPhi="
                + failOnResidualPhi + ", failOnAnyFinding=" + failOnAnyFinding + ")" : ""));
    }
}
