package io.github.synthphi.benchmarks;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.WriteOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes and reads a corpus of DICOM files and prints MB/s for synth's writer and reader next to {@code cp},
 * {@code cat} and {@code dcmdump} over the same bytes in the same run. A command that prints figures, not a
 * timed test.
 *
 * <pre>
 * java -Xmx3g -cp ... io.github.synthphi.benchmarks.CodecBenchmark [--out DIR] [--ct N] [--us N] [--reps N]
 *     [--keep] [--no-dcmdump]
 * </pre>
 *
 * <p>For each corpus the data sets are built in memory first (untimed). Each contender then runs once untimed
 * (JIT warm-up, page cache warm) and {@code reps} times timed; the table shows the median. The repetitions of
 * the contenders are interleaved, always in the same order, so that load from other processes falls on all of
 * them alike and each contender always follows the same other one: on an ext4 file system without journal,
 * creating files right after deleting one's own files of a second ago was markedly slower, and a rotating order
 * let that fall on one contender more often than on the other. Writer and {@code cp} both create new files in
 * the page cache and neither waits for the disk; before each of their repetitions {@code sync} runs and the
 * contender's previous output is deleted (both untimed), so that write-back of earlier files does not compete
 * with the one being timed.
 */
public final class CodecBenchmark {

    private static final double MB = 1e6;
    private static final double READER_TARGET_MB_S = 1000;
    private static final double WRITER_TARGET_RATIO = 0.8;
    private static final List<String> DCMDUMP_FLAGS = List.of("-q", "+M");

    private final PrintStream out;
    private final Options options;
    private final BenchmarkCorpus corpus = new BenchmarkCorpus();
    private final String dcmdump;
    private long sink;

    private CodecBenchmark(PrintStream out, Options options) {
        this.out = out;
        this.options = options;
        this.dcmdump = onPath("dcmdump").map(Path::toString).orElse(null);
    }

    /** The command line options. */
    record Options(Path outDir, int ct, int us, int reps, boolean keep, boolean skipDcmdump) {

        static final String USAGE = "usage: CodecBenchmark [--out DIR] [--ct FILES] [--us FILES] [--reps N] [--keep]"
                + " [--no-dcmdump]\n"
                + "  --out DIR      folder for the files; must be empty or absent (default: a fresh folder under"
                + " target/)\n"
                + "  --ct FILES     CT slices of 512x512 16-bit (default 1000; 0 skips the corpus)\n"
                + "  --us FILES     ultrasound cines of 64 frames 800x600 8-bit (default 50; 0 skips)\n"
                + "  --reps N       timed repetitions of each contender after one untimed warm-up (default 7)\n"
                + "  --keep         keep the written files (the cp copy is always deleted)\n"
                + "  --no-dcmdump   do not run dcmdump even when it is on the PATH";

        static Options parse(String[] args) {
            Path outDir = null;
            int ct = 1000;
            int us = 50;
            int reps = 7;
            boolean keep = false;
            boolean skipDcmdump = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> outDir = Path.of(value(args, ++i, a));
                    case "--ct" -> ct = count(value(args, ++i, a), a, 0);
                    case "--us" -> us = count(value(args, ++i, a), a, 0);
                    case "--reps" -> reps = count(value(args, ++i, a), a, 1);
                    case "--keep" -> keep = true;
                    case "--no-dcmdump" -> skipDcmdump = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            return new Options(outDir, ct, us, reps, keep, skipDcmdump);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int count(String text, String option, int min) {
            try {
                int v = Integer.parseInt(text);
                if (v >= min) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs an integer of at least " + min + ", got " + text);
        }
    }

    /** One corpus: its name, what its files hold, and how to build file {@code i}. */
    private record Spec(String name, String description, int files, long approxFileBytes, Builder builder) {
    }

    @FunctionalInterface
    private interface Builder {
        Dataset build(int index);
    }

    /** The timed figures of one corpus. */
    private record Result(String corpus, int files, long bytes, Timings writer, Timings cp, Timings reader,
                          Timings decode, Timings cat, Timings dcmdump) {
    }

    /** The elapsed nanoseconds of the timed repetitions of one contender. */
    private static final class Timings {
        private final List<Long> nanos = new ArrayList<>();

        void add(long n) {
            nanos.add(n);
        }

        boolean isEmpty() {
            return nanos.isEmpty();
        }

        long median() {
            long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        long min() {
            return nanos.stream().mapToLong(Long::longValue).min().orElseThrow();
        }

        long max() {
            return nanos.stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(Options.USAGE);
            System.exit(2);
            return;
        }
        new CodecBenchmark(out, options).run(args);
    }

    private void run(String[] args) throws Exception {
        for (String tool : List.of("cp", "cat", "find", "sync")) {
            if (onPath(tool).isEmpty()) {
                throw new IllegalStateException(tool + " is not on the PATH; the benchmark compares against it");
            }
        }
        printEnvironment(args);
        List<Spec> specs = new ArrayList<>();
        if (options.ct() > 0) {
            specs.add(new Spec("CT", "512x512, 16 bits allocated, 12 stored, MONOCHROME2, 1 frame", options.ct(),
                    530_000L, i -> corpus.ctSlice(i, options.ct())));
        }
        if (options.us() > 0) {
            specs.add(new Spec("US cine", "64 frames of 800x600, 8 bits, 1 sample (MONOCHROME2"
                    + " as the issue's 8-bit asks; RGB would triple the bytes, not the work per byte)", options.us(),
                    30_730_000L, corpus::usCine));
        }
        boolean created = options.outDir() == null || Files.notExists(options.outDir());
        Path root = prepareRoot();
        out.println("files:        " + root.toAbsolutePath().normalize());
        long needed = specs.stream().mapToLong(s -> 2 * s.files() * s.approxFileBytes()).max().orElse(0);
        long usable = Files.getFileStore(root).getUsableSpace();
        if (usable < needed + (256L << 20)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s has %.0f MB free; the largest corpus and its cp copy need about %.0f MB",
                    root, usable / MB, needed / MB));
        }
        out.println();
        List<Result> results = new ArrayList<>();
        try {
            for (Spec spec : specs) {
                results.add(runCorpus(spec, root.resolve(spec.name().toLowerCase(Locale.ROOT).replace(' ', '-'))));
            }
        } finally {
            if (!options.keep()) {
                for (Spec spec : specs) {
                    BenchmarkSupport.deleteTree(root.resolve(spec.name().toLowerCase(Locale.ROOT).replace(' ', '-')));
                }
                if (created) {
                    BenchmarkSupport.deleteTree(root);
                }
            }
        }
        printTable(results);
        if (options.keep()) {
            out.println("kept the written files under " + root.toAbsolutePath().normalize());
        }
    }

    private Path prepareRoot() throws IOException {
        if (options.outDir() == null) {
            Path target = Path.of(System.getProperty("synth.bench.target", "target"));
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "codec-bench-");
        }
        Path dir = options.outDir();
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + dir + " is not empty; give an empty or new folder");
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private void printEnvironment(String[] args) {
        Runtime rt = Runtime.getRuntime();
        out.println("synth codec benchmark");
        out.println("command:      java " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
                + " -cp <classpath> " + CodecBenchmark.class.getName() + (args.length == 0 ? "" : " ")
                + String.join(" ", args));
        out.println("jdk:          " + System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + ")");
        out.println("heap, gc:     max " + rt.maxMemory() / (1 << 20) + " MiB, "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")));
        out.println("processors:   " + rt.availableProcessors());
        out.println("os:           " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        out.println("cp:           " + firstLine("cp", "--version"));
        out.println("cat:          " + firstLine("cat", "--version"));
        out.println("dcmdump:      " + (options.skipDcmdump() ? "not run (--no-dcmdump)"
                : dcmdump == null ? "not on the PATH, not run" : firstLine(dcmdump, "--version")));
        out.println("method:       MB = 10^6 bytes of whole files; median of " + options.reps()
                + " timed repetitions after 1 untimed warm-up round;");
        out.println("              in each round the contenders run one after the other, always in the same order;");
        out.println("              page cache warm for every reader (files just written and read once untimed);");
        out.println("              writer and cp write new files into the page cache without fsync; before each of");
        out.println("              their repetitions an untimed sync (so no write-back of earlier files runs during");
        out.println("              the timing), then deletion of that contender's previous output");
        out.println("writer:       DicomWriter.write(Path, Dataset), Explicit VR Little Endian, one file after"
                + " another");
        out.println("cp:           cp -r WRITTEN COPY, COPY absent (GNU cp 9 copies with copy_file_range where the");
        out.println("              file system allows: in the kernel, no user-space buffer)");
        out.println("reader:       DicomReader.read(Path) of every file");
        out.println("reader+dec:   read, then PixelData.of(file).frame(i) for every frame (int samples)");
        out.println("cat:          find WRITTEN -type f -exec cat {} + > /dev/null");
        out.println("dcmdump:      find WRITTEN -type f -exec dcmdump " + String.join(" ", DCMDUMP_FLAGS)
                + " {} + > /dev/null (+M: load every value, pixel data too)");
    }

    private Result runCorpus(Spec spec, Path dir) throws Exception {
        Path written = dir.resolve("written");
        Path copy = dir.resolve("copy");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(spec.files());
        for (int i = 0; i < spec.files(); i++) {
            files.add(written.resolve(String.format(Locale.ROOT, "%s%06d.dcm",
                    spec.name().substring(0, 2).toUpperCase(Locale.ROOT).trim(), i + 1)));
        }
        out.printf(Locale.ROOT, "%s: %d files, %s%n", spec.name(), spec.files(), spec.description());

        long t0 = System.nanoTime();
        List<Dataset> datasets = new ArrayList<>(spec.files());
        for (int i = 0; i < spec.files(); i++) {
            datasets.add(spec.builder().build(i));
        }
        out.printf(Locale.ROOT, "  built the data sets in memory in %.1f s (untimed)%n",
                (System.nanoTime() - t0) / 1e9);

        DicomWriter writer = new DicomWriter(WriteOptions.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        // a first, untimed write to learn the size and check that the files read back as written
        long bytes = write(writer, datasets, files, written);
        verify(datasets, files);
        Contender writerRun = new Contender("writer", () -> {
            sync();
            BenchmarkSupport.deleteTree(written);
        }, () -> {
            long elapsed = timedWrite(writer, datasets, files, written);
            long size = totalSize(files);
            if (size != bytes) {
                throw new IllegalStateException("the writer wrote " + size + " bytes, not " + bytes);
            }
            return elapsed;
        });
        Contender cpRun = new Contender("cp", () -> {
            sync();
            BenchmarkSupport.deleteTree(copy);
        }, () -> copy(written, copy));
        repeat(List.of(writerRun, cpRun), bytes);
        datasets.clear(); // the readers need the heap
        sync();
        BenchmarkSupport.deleteTree(copy);

        DicomReader reader = new DicomReader();
        List<Contender> readers = new ArrayList<>(List.of(
                new Contender("reader", () -> { }, () -> read(reader, files)),
                new Contender("reader+decode", () -> { }, () -> readAndDecode(reader, files)),
                new Contender("cat", () -> { }, () -> cat(written))));
        Contender dcmdumpRun = new Contender("dcmdump", () -> { }, () -> dcmdump(written));
        if (dcmdump != null && !options.skipDcmdump()) {
            readers.add(dcmdumpRun);
        }
        repeat(readers, bytes);
        out.println();
        Timings writerTimes = writerRun.timings();
        Timings cpTimes = cpRun.timings();
        Timings readTimes = readers.get(0).timings();
        Timings decodeTimes = readers.get(1).timings();
        Timings catTimes = readers.get(2).timings();
        Timings dcmdumpTimes = dcmdumpRun.timings();
        return new Result(spec.name(), spec.files(), bytes, writerTimes, cpTimes, readTimes, decodeTimes, catTimes,
                dcmdumpTimes);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Timed {
        /** Runs and returns the elapsed nanoseconds of the part that counts. */
        long run() throws Exception;
    }

    /** One contender: an untimed set-up before each repetition, the timed run, and its timings. */
    private record Contender(String name, Step setUp, Timed timed, Timings timings) {
        Contender(String name, Step setUp, Timed timed) {
            this(name, setUp, timed, new Timings());
        }
    }

    /**
     * Runs every contender once untimed (warm-up: JIT, page cache) and then {@code reps} times timed, one after
     * the other in each repetition, so that drifting load from other processes falls on all of them alike and
     * each always follows the same other contender.
     */
    private void repeat(List<Contender> contenders, long bytes) throws Exception {
        for (int r = 0; r <= options.reps(); r++) {
            List<Long> nanos = new ArrayList<>();
            for (Contender c : contenders) {
                c.setUp().run();
                nanos.add(c.timed().run());
            }
            StringBuilder line = new StringBuilder(r == 0 ? "  warm-up:" : "  repetition " + r + ":");
            for (int i = 0; i < contenders.size(); i++) {
                if (r > 0) {
                    contenders.get(i).timings().add(nanos.get(i));
                }
                line.append(String.format(Locale.ROOT, " %s %.0f,", contenders.get(i).name(),
                        rate(bytes, nanos.get(i))));
            }
            line.setLength(line.length() - 1);
            out.println(line.append(" MB/s"));
        }
    }

    private long write(DicomWriter writer, List<Dataset> datasets, List<Path> files, Path dir) throws IOException {
        timedWrite(writer, datasets, files, dir);
        return totalSize(files);
    }

    private static long timedWrite(DicomWriter writer, List<Dataset> datasets, List<Path> files, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            writer.write(files.get(i), datasets.get(i));
        }
        return System.nanoTime() - t0;
    }

    /** Reads the first and the last file back and compares identity and pixels with what was written. */
    private static void verify(List<Dataset> datasets, List<Path> files) throws IOException {
        DicomReader reader = new DicomReader();
        for (int i : new int[] {0, files.size() - 1}) {
            Dataset expected = datasets.get(i);
            Dataset actual = reader.read(files.get(i)).dataset();
            if (!expected.getString(Tags.SOPInstanceUID).equals(actual.getString(Tags.SOPInstanceUID))
                    || !pixels(expected).equals(pixels(actual))
                    || expected.size() != actual.size()) {
                throw new IllegalStateException(files.get(i) + " does not read back as written");
            }
        }
    }

    private static Value pixels(Dataset ds) {
        return ds.get(Tags.PixelData).orElseThrow().value();
    }

    private long read(DicomReader reader, List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        for (Path f : files) {
            DicomFile file = reader.read(f);
            sink += file.dataset().size();
        }
        return System.nanoTime() - t0;
    }

    private long readAndDecode(DicomReader reader, List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        for (Path f : files) {
            PixelData px = PixelData.of(reader.read(f));
            for (int i = 0; i < px.frameCount(); i++) {
                Frame frame = px.frame(i);
                sink += frame.samples()[frame.samples().length / 2];
            }
        }
        return System.nanoTime() - t0;
    }

    private static long copy(Path from, Path to) throws IOException, InterruptedException {
        return exec(List.of("cp", "-r", from.toString(), to.toString()));
    }

    private static long cat(Path dir) throws IOException, InterruptedException {
        return exec(List.of("find", dir.toString(), "-type", "f", "-exec", "cat", "{}", "+"));
    }

    private long dcmdump(Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("find", dir.toString(), "-type", "f", "-exec", dcmdump));
        command.addAll(DCMDUMP_FLAGS);
        command.addAll(List.of("{}", "+"));
        return exec(command);
    }

    private static void sync() throws IOException, InterruptedException {
        exec(List.of("sync"));
    }

    /** Runs a command with its output discarded and returns the elapsed nanoseconds from start to exit. */
    private static long exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        long elapsed = System.nanoTime() - t0;
        if (code != 0) {
            throw new IOException("exit code " + code + " from " + String.join(" ", command));
        }
        return elapsed;
    }

    private static String firstLine(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] bytes;
            try (InputStream in = p.getInputStream()) {
                bytes = in.readAllBytes();
            }
            p.waitFor();
            return new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).findFirst()
                    .orElse("?").replace("$", "").trim();
        } catch (IOException e) {
            return "? (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s, tool)).filter(Files::isExecutable).findFirst();
    }

    private static long totalSize(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    private static double rate(long bytes, long nanos) {
        return bytes / MB / (nanos / 1e9);
    }

    private void printTable(List<Result> results) {
        String header = String.format(Locale.ROOT, "%-8s %6s %9s %9s %9s %9s %9s %9s %9s %9s %9s",
                "corpus", "files", "total MB", "writer", "cp", "writer/cp", "reader", "read+dec", "cat", "dcmdump",
                "dcmdump");
        String units = String.format(Locale.ROOT, "%-8s %6s %9s %9s %9s %9s %9s %9s %9s %9s %9s",
                "", "", "", "MB/s", "MB/s", "", "MB/s", "MB/s", "MB/s", "MB/s", "files/s");
        out.println("Median of " + options.reps() + " repetitions (MB = 10^6 bytes):");
        out.println(header);
        out.println(units);
        for (Result r : results) {
            double writer = rate(r.bytes(), r.writer().median());
            double cp = rate(r.bytes(), r.cp().median());
            String dcm = r.dcmdump().isEmpty() ? "n/a" : fmt(rate(r.bytes(), r.dcmdump().median()));
            String dcmFiles = r.dcmdump().isEmpty() ? "n/a"
                    : fmt(r.files() / (r.dcmdump().median() / 1e9));
            out.printf(Locale.ROOT, "%-8s %6d %9.1f %9s %9s %9.2f %9s %9s %9s %9s %9s%n", r.corpus(), r.files(),
                    r.bytes() / MB, fmt(writer), fmt(cp), writer / cp, fmt(rate(r.bytes(), r.reader().median())),
                    fmt(rate(r.bytes(), r.decode().median())), fmt(rate(r.bytes(), r.cat().median())), dcm, dcmFiles);
        }
        out.println();
        out.println("Range over the repetitions, MB/s (slowest .. fastest):");
        for (Result r : results) {
            Map<String, Timings> all = new LinkedHashMap<>();
            all.put("writer", r.writer());
            all.put("cp", r.cp());
            all.put("reader", r.reader());
            all.put("read+dec", r.decode());
            all.put("cat", r.cat());
            all.put("dcmdump", r.dcmdump());
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s", r.corpus()));
            all.forEach((name, t) -> {
                if (!t.isEmpty()) {
                    sb.append(String.format(Locale.ROOT, "  %s %s..%s", name, fmt(rate(r.bytes(), t.max())),
                            fmt(rate(r.bytes(), t.min()))));
                }
            });
            out.println(sb);
        }
        out.println();
        out.println("Targets: reader >= " + fmt(READER_TARGET_MB_S) + " MB/s, writer >= " + WRITER_TARGET_RATIO
                + " x cp");
        for (Result r : results) {
            double reader = rate(r.bytes(), r.reader().median());
            double ratio = (double) r.cp().median() / r.writer().median();
            out.printf(Locale.ROOT, "%-8s reader %s MB/s: %s; writer/cp %.2f: %s%n", r.corpus(), fmt(reader),
                    reader >= READER_TARGET_MB_S ? "met" : "MISSED", ratio,
                    ratio >= WRITER_TARGET_RATIO ? "met" : "MISSED");
        }
        out.println("(checksum " + sink + ")");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
