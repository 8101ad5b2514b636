package io.github.synthphi.cli;

import io.github.synthphi.core.dicom.DicomParseException;
import io.github.synthphi.core.study.IncompleteFixtureException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code synth} command: generate fixtures, evaluate a de-identifier's output, run a de-identifier and
 * evaluate it in one step, and dump what synth's reader sees in a file.
 *
 * <pre>{@code
 * java -jar synth-cli-0.1.0-all.jar generate --out fixtures --modality CT --count 2 --seed 7
 * java -jar synth-cli-0.1.0-all.jar run --fixtures fixtures -- python3 deid.py {in} {out}
 * }</pre>
 *
 * <p>Exit codes: {@value ExitCodes#PASSED} when every check passes (or a command other than an evaluation
 * succeeds), {@value ExitCodes#FINDINGS} when the evaluation has findings, {@value ExitCodes#USAGE_OR_INPUT}
 * for a usage error or input that cannot be used; the message says which option or file.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Synthetic DICOM studies with planted fake PHI, and the verdict on a de-identifier's output.",
        subcommands = {GenerateCommand.class, EvaluateCommand.class, RunCommand.class, DumpCommand.class,
                MidiScoreCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed, or the command succeeded", "1:the evaluation found something",
                "2:usage error, or input that cannot be used (the message names the option or file)"})
public final class SynthCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line with {@code out} for results and {@code err} for messages and progress, and returns
     * the exit code; the entry point for tests and for programs that embed the CLI.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured command line: enum values case-insensitive, errors turned into exit code 2. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SynthCli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(SynthCli::handle);
        cl.setParameterExceptionHandler(SynthCli::handleParameter);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: generate, evaluate, "
                + "run or dump (see synth --help)");
    }

    private static int handleParameter(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("synth: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
        }
        err.flush();
        return ExitCodes.USAGE_OR_INPUT;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("synth " + cl.getCommandName() + ": " + describe(e));
        err.flush();
        return ExitCodes.USAGE_OR_INPUT;
    }

    /** The message of an error, with the causes that add to it; no stack trace, which would only hide it. */
    static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        StringBuilder sb = new StringBuilder();
        if (!(t instanceof CliException || t instanceof IOException || t instanceof DicomParseException
                || t instanceof IncompleteFixtureException || t instanceof IllegalArgumentException)) {
            sb.append(t.getClass().getSimpleName()).append(": ");
        }
        sb.append(t.getMessage() == null ? t.getClass().getName() : t.getMessage());
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append("; caused by ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
