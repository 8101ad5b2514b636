package io.github.synthphi.maven.internal;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.evaluate.Reports;
import io.github.synthphi.core.evaluate.ScoreSummary;
import io.github.synthphi.core.study.FixtureFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The work of the {@code evaluate} goal: which fixture goes with which de-identifier output, and the verdict on
 * each.
 *
 * <p>The fixtures folder is either one fixture (it holds {@code synth-fixture.txt}), judged against the output
 * folder itself, or the output of {@code generate-fixtures}, a folder of fixtures, each judged against the
 * output's sub-folder of the same name.
 */
public final class Verdicts {

    /**
     * The verdict on one study.
     *
     * @param name the study's name, or empty text when the fixtures folder is one fixture
     * @param fixture the fixture folder
     * @param output the de-identifier's output folder
     * @param evaluation the verdicts
     * @param reports the reports written
     */
    public record Verdict(String name, Path fixture, Path output, Evaluation evaluation, Reports.Written reports) {
        public Verdict {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fixture, "fixture");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(reports, "reports");
        }

        /** Every finding. */
        public int findings() {
            return evaluation.findings().size();
        }

        /** The findings that mean PHI may have leaked ({@link Finding#isLeak()}). */
        public int leaks() {
            return (int) evaluation.findings().stream().filter(Finding::isLeak).count();
        }

        /** The summary of the evaluation. */
        public ScoreSummary summary() {
            return reports.summary();
        }
    }

    /**
     * A fixture and the output folder it is judged against.
     *
     * @param name the study's name, or empty text for a single fixture
     * @param fixture the fixture folder
     * @param output the output folder
     */
    public record Pair(String name, Path fixture, Path output) {
    }

    private Verdicts() {
    }

    /**
     * The fixtures of {@code fixtures} paired with their outputs under {@code outputs}.
     *
     * @throws ConfigurationException when {@code fixtures} holds no fixture or an output folder is missing
     * @throws IOException when a folder cannot be listed
     */
    public static List<Pair> pairs(Path fixtures, Path outputs) throws ConfigurationException, IOException {
        if (!Files.isDirectory(fixtures)) {
            throw new ConfigurationException("fixturesDirectory " + fixtures + " does not exist: run "
                    + "generate-fixtures first (it runs in generate-test-resources), or point "
                    + "-Dsynth.fixturesDirectory at a folder of synth fixtures");
        }
        if (!Files.isDirectory(outputs)) {
            throw new ConfigurationException("deidOutputDirectory " + outputs + " does not exist: it must hold the "
                    + "de-identifier's output, run before this goal (default phase verify)");
        }
        if (FixtureFolder.hasMarker(fixtures)) {
            return List.of(new Pair("", fixtures, outputs));
        }
        List<Pair> out = new ArrayList<>();
        List<Path> children;
        try (Stream<Path> list = Files.list(fixtures)) {
            children = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path child : children) {
            if (!FixtureFolder.hasMarker(child)) {
                continue;
            }
            String name = child.getFileName().toString();
            Path output = outputs.resolve(name);
            if (!Files.isDirectory(output)) {
                throw new ConfigurationException("no output for study '" + name + "': expected the folder " + output
                        + " (the output of a folder of fixtures has one sub-folder per study, named as in "
                        + fixtures + ")");
            }
            out.add(new Pair(name, child, output));
        }
        if (out.isEmpty()) {
            throw new ConfigurationException("fixturesDirectory " + fixtures + " holds no synth fixture (a folder with "
                    + FixtureFolder.MARKER + "), neither itself nor any sub-folder");
        }
        return List.copyOf(out);
    }

    /**
     * Evaluates one pair and writes its reports into {@code reports}, or its sub-folder of the study's name.
     *
     * @param uidMapping the de-identifier's UID mapping ({@code id_old,id_new}), if any
     * @throws IOException when the fixture is incomplete or changed, or a report cannot be written
     */
    public static Verdict judge(Pair pair, Profile profile, Optional<Path> uidMapping, Path reports)
            throws IOException {
        DeidOutput output = DeidOutput.of(pair.fixture(), pair.output()).withProfile(profile);
        if (uidMapping.isPresent()) {
            output = output.withUidMapping(uidMapping.get());
        }
        Evaluation evaluation = output.evaluation();
        Path dir = pair.name().isEmpty() ? reports : reports.resolve(pair.name());
        Reports.Written written = Reports.write(evaluation, output, dir);
        return new Verdict(pair.name(), pair.fixture(), pair.output(), evaluation, written);
    }
}
