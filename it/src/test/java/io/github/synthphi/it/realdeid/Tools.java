package io.github.synthphi.it.realdeid;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and runs the de-identifiers these tests drive. A missing program skips the test with the reason, unless
 * {@value #REQUIRE_VARIABLE} is {@code true} (CI sets it): then the test fails, so CI cannot pass by skipping.
 */
final class Tools {

    /** The environment variable that turns a missing tool from a skip into a failure. */
    static final String REQUIRE_VARIABLE = "SYNTH_REQUIRE_INTEROP";

    private static final long TIMEOUT_SECONDS = 300;

    /** Where programs are looked for after PATH. */
    private static final List<String> FALLBACK_DIRS = List.of("/usr/bin", "/usr/local/bin", "/bin");

    private Tools() {
    }

    /** The program {@code name}, or skips (fails when required) naming the Debian package that provides it. */
    static Path require(String name, String debianPackage) {
        return require(name, debianPackage, System.getenv(REQUIRE_VARIABLE));
    }

    /** As {@link #require(String, String)} with the variable's value given, so that the rule can be tested. */
    static Path require(String name, String debianPackage, String requireValue) {
        Optional<Path> p = find(name);
        if (p.isEmpty()) {
            String reason = name + " is not installed (Debian package " + debianPackage + ")";
            if (requireValue != null && requireValue.strip().equalsIgnoreCase("true")) {
                Assertions.fail(reason + " — " + REQUIRE_VARIABLE + "=true, so the real de-identifier tests must "
                        + "run, not skip");
            }
            Assumptions.abort(reason + " — real de-identifier test skipped (set " + REQUIRE_VARIABLE
                    + "=true to make this a failure)");
        }
        return p.orElseThrow();
    }

    /** The JDK's keytool, which makes the throw-away certificate gdcmanon encrypts the original attributes for. */
    static Path keytool() {
        Path p = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(p)) {
            Assertions.fail("the JDK running the tests has no keytool at " + p);
        }
        return p;
    }

    private static Optional<Path> find(String name) {
        Set<String> dirs = new LinkedHashSet<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    dirs.add(dir);
                }
            }
        }
        dirs.addAll(FALLBACK_DIRS);
        for (String dir : dirs) {
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code command} in {@code workDir} with empty standard input and fails the test, with the command and
     * its output, unless it exits with 0 within the time limit; returns standard output and error.
     */
    static String runOk(Path workDir, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
        FutureTask<byte[]> output = new FutureTask<>(() -> {
            try (InputStream in = process.getInputStream()) {
                return in.readAllBytes();
            }
        });
        Thread drain = new Thread(output, "drain " + command.get(0));
        drain.setDaemon(true);
        drain.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                Assertions.fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String text = new String(output.get(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                Assertions.fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("cannot read the output of " + String.join(" ", command),
                    new IOException(e.getCause()));
        }
    }
}
