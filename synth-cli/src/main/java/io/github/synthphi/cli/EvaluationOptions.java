package io.github.synthphi.cli;

import io.github.synthphi.core.evaluate.Profile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code evaluate} and {@code run} that say how to judge and where to report. */
final class EvaluationOptions {

    @Option(names = "--profile", paramLabel = "CODES", defaultValue = "BASIC,PIX,DESC,GRAPH",
            description = "The PS3.15 profile the de-identifier claims: BASIC plus options, comma-separated "
                    + "(PIX, DESC, GRAPH, STRUCT, SAFE, UIDS, DEV, INST, PAT, and FULL or MOD dates); "
                    + "default ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--uid-mapping", paramLabel = "CSV",
            description = "The de-identifier's UID mapping, MIDI's id_old,id_new format; with run, {out} in it is "
                    + "the output folder.")
    String uidMapping;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "synth-report",
            description = "Where report.html and the CSV reports go (default ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "25",
            description = "Findings listed on standard output; the report has all (default ${DEFAULT-VALUE}).")
    int maxFindings;

    @Option(names = "--json", description = "Print the verdict as JSON, with every finding.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    boolean quiet;

    /**
     * The profile.
     *
     * @throws CliException for an unknown option, naming the known ones
     */
    Profile parsedProfile() {
        try {
            return Profile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new CliException("--profile: " + e.getMessage(), e);
        }
    }
}
