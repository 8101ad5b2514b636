package io.github.synthphi.core.dicom.interop;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and runs the external programs the interoperability tests compare synth with.
 *
 * <p>A missing program skips the test with the reason, unless {@value #REQUIRE_VARIABLE} is {@code true}
 * (CI sets it): then the test fails, so CI can never pass by skipping.
 */
public final class ExternalTools {

    /** The environment variable that turns a missing tool from a skip into a failure. */
    public static final String REQUIRE_VARIABLE = "SYNTH_REQUIRE_INTEROP";

    /** How long any one program may run. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** Where programs are looked for after PATH: Debian puts dcmtk, dicom3tools and its python3 there. */
    private static final List<String> FALLBACK_DIRS = List.of("/usr/bin", "/usr/local/bin", "/bin");

    /** The first python3 on PATH may be a separate installation without Debian's pydicom, so try several. */
    private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3", "python3.13", "python3.12",
            "python3.11", "python3.10", "python3.9", "python", "/usr/local/bin/python3");

    private ExternalTools() {
    }

    /** The executable {@code name} on PATH or in the usual directories; a name with a slash is taken as a path. */
    static Optional<Path> find(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
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

    /** The program {@code name}, or skips (fails when required) naming the package that provides it. */
    public static Path require(String name, String debianPackage) {
        Optional<Path> p = find(name);
        if (p.isEmpty()) {
            unavailable(name + " is not installed (Debian package " + debianPackage + ")");
        }
        return p.orElseThrow();
    }

    /** A Python interpreter that can import pydicom and numpy, or skips (fails when required). */
    public static Path requirePydicomPython() {
        Optional<Path> p = PydicomPython.FOUND;
        if (p.isEmpty()) {
            unavailable("no Python interpreter can import pydicom and numpy (tried " + String.join(", ", PYTHONS)
                    + "; Debian packages python3-pydicom python3-numpy)");
        }
        return p.orElseThrow();
    }

    /** Any Python 3 interpreter, preferring one with pydicom; skips (fails when required) if there is none. */
    static Path requirePython() {
        Optional<Path> p = PydicomPython.FOUND.or(() -> PYTHONS.stream()
                .flatMap(name -> find(name).stream()).filter(py -> probe(py, "import sys, uuid; sys.exit(sys.version_info[0] != 3)")).findFirst());
        if (p.isEmpty()) {
            unavailable("no Python 3 interpreter found (tried " + String.join(", ", PYTHONS) + ")");
        }
        return p.orElseThrow();
    }

    /**
     * The first Python interpreter (of those {@link #requirePydicomPython} tries) for which {@code code} exits with
     * 0, such as {@code import nltk}; skips (fails when required) naming {@code debianPackage} if there is none.
     */
    public static Path requirePythonThat(String code, String debianPackage) {
        List<Path> tried = new ArrayList<>();
        for (String name : PYTHONS) {
            Optional<Path> py = find(name);
            if (py.isPresent() && !tried.contains(py.get())) {
                tried.add(py.get());
                if (probe(py.get(), code)) {
                    return py.get();
                }
            }
        }
        unavailable("no Python interpreter runs '" + code + "' (tried " + String.join(", ", PYTHONS)
                + "; Debian package " + debianPackage + ")");
        throw new IllegalStateException("unreachable: unavailable() skips or fails");
    }

    /** Skips the test with {@code reason}, or fails it when {@value #REQUIRE_VARIABLE} is true. */
    public static void unavailable(String reason) {
        unavailable(reason, System.getenv(REQUIRE_VARIABLE));
    }

    /** As {@link #unavailable(String)} with the variable's value given, so the rule itself can be tested. */
    static void unavailable(String reason, String requireValue) {
        if ("true".equalsIgnoreCase(requireValue == null ? "" : requireValue.strip())) {
            Assertions.fail(reason + " — " + REQUIRE_VARIABLE + "=true, so interoperability tests must run, "
                    + "not skip");
        }
        Assumptions.abort(reason + " — interoperability test skipped (set " + REQUIRE_VARIABLE
                + "=true to make this a failure)");
    }

    /** Runs {@code command} in {@code workDir} with {@link #TIMEOUT}. */
    public static ToolResult run(Path workDir, List<String> command) {
        return run(workDir, command, TIMEOUT);
    }

    /** Runs {@code command} in {@code workDir} with {@link #TIMEOUT} and {@code environment} added to ours. */
    public static ToolResult run(Path workDir, List<String> command, Map<String, String> environment) {
        return run(workDir, command, TIMEOUT, environment);
    }

    /** Runs {@code command} in {@code workDir}; standard input is empty; a program past the timeout is killed. */
    static ToolResult run(Path workDir, List<String> command, Duration timeout) {
        return run(workDir, command, timeout, Map.of());
    }

    private static ToolResult run(Path workDir, List<String> command, Duration timeout,
                                  Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(environment);
        // Python's own text streams in UTF-8 whatever the locale; no bytecode caches in the work directory
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("PYTHONUTF8", "1");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process;
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
        FutureTask<byte[]> out = drain(process.getInputStream());
        FutureTask<byte[]> err = drain(process.getErrorStream());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                Assertions.fail(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new ToolResult(List.copyOf(command), process.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("cannot read the output of " + String.join(" ", command),
                    new IOException(e.getCause()));
        }
    }

    /** Runs {@code command} and fails the test unless it exits with 0. */
    public static ToolResult runOk(Path workDir, List<String> command) {
        ToolResult r = run(workDir, command);
        if (r.exitCode() != 0) {
            Assertions.fail("external program failed:\n" + r.describe());
        }
        return r;
    }

    /** Copies the test resource {@code name} (a script next to this class) into {@code dir}. */
    static Path copyResource(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ExternalTools.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing next to " + ExternalTools.class.getName());
            }
            Files.copy(in, target);
        }
        return target;
    }

    private static FutureTask<byte[]> drain(InputStream in) {
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            try (in) {
                return in.readAllBytes();
            }
        });
        Thread t = new Thread(task, "drain external tool output");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static boolean probe(Path python, String code) {
        try {
            return run(Path.of(".").toAbsolutePath(), List.of(python.toString(), "-c", code), Duration.ofSeconds(60))
                    .exitCode() == 0;
        } catch (RuntimeException | AssertionError e) {
            return false; // not runnable as a Python interpreter, or hanging: try the next one
        }
    }

    /** The first interpreter that imports pydicom and numpy, found once per test run. */
    private static final class PydicomPython {
        static final Optional<Path> FOUND = search();

        private static Optional<Path> search() {
            List<Path> tried = new ArrayList<>();
            for (String name : PYTHONS) {
                Optional<Path> py = find(name);
                if (py.isPresent() && !tried.contains(py.get())) {
                    tried.add(py.get());
                    if (probe(py.get(), "import pydicom, numpy")) {
                        return py;
                    }
                }
            }
            return Optional.empty();
        }
    }
}
