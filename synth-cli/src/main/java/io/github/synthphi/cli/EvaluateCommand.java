package io.github.synthphi.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synth evaluate}: the verdict on a de-identifier's output folder, with the HTML and CSV reports.
 *
 * <pre>{@code
 * synth evaluate --fixtures fixtures/us --output deid-out --profile BASIC,PIX,DESC --report target/report
 * }</pre>
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Judges a de-identifier's output against a fixture folder's answer key: every planted value "
                + "at its place, every element of every file searched for planted tokens, burned-in text by exact "
                + "pixel boxes. Exit code 0 when everything passes, 1 with findings, 2 for unusable input."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--fixtures", required = true, paramLabel = "DIR", description = "The fixture folder.")
    Path fixtures;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "The de-identifier's output folder (searched at any depth).")
    Path output;

    @Mixin
    EvaluationOptions options;

    @Override
    public Integer call() throws IOException {
        return Verdict.judge(Verdict.fixture(fixtures), output, options,
                Optional.ofNullable(options.uidMapping).map(Path::of), command.commandLine().getOut(),
                command.commandLine().getErr(), List.of());
    }
}
