package io.github.synthphi.cli;

import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.IncompleteFixtureException;
import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synth run}: runs a de-identifier command on a fixture folder into a fresh folder, then evaluates what
 * it wrote.
 *
 * <pre>{@code
 * synth run --fixtures fixtures/us --profile BASIC,PIX -- python3 deid.py {in} {out}
 * }</pre>
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs COMMAND with {in} replaced by the fixture folder and {out} by a fresh output folder "
                + "(also in the environment as SYNTH_IN and SYNTH_OUT), then evaluates the output as evaluate does.",
                "The command's own output goes to standard error. A command that exits with a status other than 0, "
                        + "or runs past --timeout, fails the run (exit code 1) after its output is evaluated."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--fixtures", required = true, paramLabel = "DIR", description = "The fixture folder ({in}).")
    Path fixtures;

    @Option(names = "--output", paramLabel = "DIR",
            description = "The output folder ({out}); it must not exist or be empty (default: a new temporary "
                    + "folder, kept and printed).")
    Path output;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
            description = "How long the command may run (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    EvaluationOptions options;

    @Parameters(arity = "1..*", paramLabel = "COMMAND",
            description = "The de-identifier and its arguments, after --; {in} and {out} are replaced.")
    List<String> commandLine;

    @Override
    public Integer call() throws IOException {
        if (timeoutSeconds < 1) {
            throw new CliException("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        StudyFixture fixture = Verdict.fixture(fixtures);
        Path in = fixture.directory().toAbsolutePath();
        Path out = prepareOutput();
        List<String> argv = new ArrayList<>();
        for (String arg : commandLine) {
            argv.add(arg.replace("{in}", in.toString()).replace("{out}", out.toString()));
        }
        PrintWriter err = command.commandLine().getErr();
        err.println("synth run: " + String.join(" ", argv));
        err.flush();
        List<String> notes = new ArrayList<>();
        execute(argv, in, out, err, notes);
        try {
            FixtureFolder.open(in);
        } catch (IncompleteFixtureException e) {
            throw new CliException("the de-identifier changed the fixture folder " + in + " (" + e.getMessage()
                    + "); it must write only into {out}", e);
        }
        Optional<Path> mapping = Optional.ofNullable(options.uidMapping)
                .map(m -> Path.of(m.replace("{out}", out.toString()).replace("{in}", in.toString())));
        return Verdict.judge(fixture, out, options, mapping, command.commandLine().getOut(), err, notes);
    }

    private Path prepareOutput() throws IOException {
        if (output == null) {
            return Files.createTempDirectory("synth-run-").toAbsolutePath();
        }
        Path out = output.toAbsolutePath().normalize();
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new CliException("--output " + output + " is a file, not a folder");
            }
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new CliException("--output " + output + " is not empty; run writes into a fresh folder so "
                            + "that nothing from an earlier run is judged");
                }
            }
        }
        Files.createDirectories(out);
        return out;
    }

    private void execute(List<String> argv, Path in, Path out, PrintWriter err, List<String> notes)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
        builder.environment().put("SYNTH_IN", in.toString());
        builder.environment().put("SYNTH_OUT", out.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new CliException("cannot start the de-identifier '" + argv.get(0) + "': " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        Thread pump = new Thread(() -> copy(process.getInputStream(), err), "synth run output");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                notes.add("the de-identifier did not finish within " + Duration.ofSeconds(timeoutSeconds).toSeconds()
                        + " s and was stopped");
            } else if (process.exitValue() != 0) {
                notes.add("the de-identifier exited with status " + process.exitValue());
            }
            pump.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new CliException("interrupted while the de-identifier ran", e);
        }
        for (String note : notes) {
            err.println("synth run: " + note);
        }
        err.flush();
    }

    private static void copy(InputStream in, PrintWriter err) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int n; (n = r.read(buffer)) > 0; ) {
                synchronized (err) {
                    err.write(buffer, 0, n);
                    err.flush();
                }
            }
        } catch (IOException e) {
            synchronized (err) {
                err.println("synth run: cannot read the de-identifier's output: " + e.getMessage());
            }
        }
    }
}
