package io.github.synthphi.benchmarks;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.IdentityFactory;
import io.github.synthphi.core.identity.Seeds;
import io.github.synthphi.core.phi.ClinicalLabels;
import io.github.synthphi.core.phi.PlantContext;
import io.github.synthphi.core.phi.PlantingCatalogue;
import io.github.synthphi.core.pixel.Banner;
import io.github.synthphi.core.pixel.BannerLayout;
import io.github.synthphi.core.pixel.BannerLine;
import io.github.synthphi.core.pixel.BitmapFont;
import io.github.synthphi.core.pixel.BurnSafety;
import io.github.synthphi.core.pixel.BurnVerdict;
import io.github.synthphi.core.pixel.Contrast;
import io.github.synthphi.core.pixel.CtPhantom;
import io.github.synthphi.core.pixel.FrameBuffer;
import io.github.synthphi.core.pixel.Phantom;
import io.github.synthphi.core.pixel.PlacedText;
import io.github.synthphi.core.pixel.UltrasoundPhantom;
import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.study.iod.InstanceUids;
import io.github.synthphi.core.study.iod.IodTemplate;
import io.github.synthphi.core.study.iod.TechnicalParameters;
import io.github.synthphi.core.study.iod.Timestamps;
import io.github.synthphi.core.study.iod.UltrasoundRegion;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Generates synthetic studies with {@link StudyGenerator} and prints instances/s and MB/s, on one thread and on
 * every processor, and checks that both give byte-identical output. A command that prints figures, not a timed
 * test.
 *
 * <pre>
 * java -Xmx3g -cp ... io.github.synthphi.benchmarks.GeneratorBenchmark [--ct N] [--us N] [--frames N]
 *     [--reps N] [--keep] [--no-breakdown]
 * </pre>
 *
 * <p>Two corpora: one CT series of {@code --ct} slices (512x512, 16 bits, the generator's defaults) and one
 * ultrasound series of {@code --us} cines of {@code --frames} frames of 800x600 (8-bit RGB, the generator's
 * default for US_CINE), each with every planting location and the burned-in banner (the defaults). Each
 * corpus's study is generated once per thread count untimed (the JIT compiler, and the kernel's first
 * allocation of page cache for that many bytes, made the first runs markedly slower), then {@code reps} times per
 * thread count, one thread count after the other in each repetition. The time is that
 * of the whole {@link StudyGenerator#generate} call: pixels, banner, header, planting, DICOM files, CSV tables
 * and {@code synth-fixture.txt} (which hashes every file). MB/s counts the bytes of the DICOM files written.
 * Besides the wall time the table shows the CPU time of the whole process: on a machine shared with other
 * work, CPU time well below threads x wall time means the cores were busy elsewhere.
 * Each study is deleted right after its run; before each timed run the garbage collector runs and
 * {@code sync} flushes earlier files, both untimed. Files go to the page cache and are not fsynced.
 *
 * <p>Then, unless {@code --no-breakdown}, the work of one instance is redone step by step through the public
 * API (phantom, burn check and banner, header and planting, Pixel Data assembly, file write, SHA-256 for the
 * marker) to show where the time goes.
 */
public final class GeneratorBenchmark {

    private static final double MB = 1e6;
    /** Cines are 800 x 600, as the issue asks. */
    private static final int US_COLUMNS = 800;
    private static final int US_ROWS = 600;

    private final PrintStream out;
    private final Options options;
    private final List<Integer> threadCounts;
    private long sink;

    private GeneratorBenchmark(PrintStream out, Options options) {
        this.out = out;
        this.options = options;
        int processors = Runtime.getRuntime().availableProcessors();
        this.threadCounts = processors > 1 ? List.of(1, processors) : List.of(1);
    }

    /** The command line options. */
    record Options(int ct, int us, int frames, int reps, boolean keep, boolean breakdown) {

        static final String USAGE = "usage: GeneratorBenchmark [--ct N] [--us N] [--frames N] [--reps N] [--keep]"
                + " [--no-breakdown]\n"
                + "  --ct N          CT slices of 512x512 in one series (default 200; 0 skips the corpus)\n"
                + "  --us N          ultrasound cines of 800x600 RGB in one series (default 20; 0 skips)\n"
                + "  --frames N      frames per cine (default 64)\n"
                + "  --reps N        timed repetitions per thread count after one untimed warm-up (default 5)\n"
                + "  --keep          keep the last repetition's studies under target/ (one folder per corpus and"
                + " thread count)\n"
                + "  --no-breakdown  skip the step-by-step timing of one instance";

        static Options parse(String[] args) {
            int ct = 200;
            int us = 20;
            int frames = 64;
            int reps = 5;
            boolean keep = false;
            boolean breakdown = true;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--ct" -> ct = count(value(args, ++i, a), a, 0);
                    case "--us" -> us = count(value(args, ++i, a), a, 0);
                    case "--frames" -> frames = count(value(args, ++i, a), a, 1);
                    case "--reps" -> reps = count(value(args, ++i, a), a, 1);
                    case "--keep" -> keep = true;
                    case "--no-breakdown" -> breakdown = false;
                    default -> throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            if (ct > StudySpec.MAX_COUNT || us > StudySpec.MAX_COUNT || frames > StudySpec.MAX_COUNT) {
                throw new IllegalArgumentException("--ct, --us and --frames are at most " + StudySpec.MAX_COUNT);
            }
            return new Options(ct, us, frames, reps, keep, breakdown);
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

    /** One corpus: its name, what it holds and the spec timed. */
    private record Corpus(String name, String description, StudySpec spec) {

        String folder() {
            return name.toLowerCase(Locale.ROOT).replace(' ', '-');
        }

        int instances() {
            return spec.patients() * spec.studiesPerPatient() * spec.seriesPerStudy() * spec.instancesPerSeries();
        }

        /** About the bytes of one study's DICOM files. */
        long approxBytes() {
            long perInstance = (long) spec.rows() * spec.columns() * spec.frames()
                    * (spec.photometricInterpretation().equals("RGB") ? 3 : 1) * (spec.bitsAllocated() / 8);
            return instances() * (perInstance + 64_000L);
        }
    }

    /**
     * One timed generation: wall time, CPU time of the calling thread (all the work when there is one thread)
     * and of the process (every thread, the JIT compiler and the garbage collector too), time in garbage
     * collection pauses, bytes of the DICOM files and their number.
     */
    private record Run(int threads, long nanos, long threadCpuNanos, long threadUserNanos, long processCpuNanos,
                       long gcNanos, long bytes, int instances) {
    }

    /** Wall time and CPU time (all, and in user mode) of the calling thread from a start, lap by lap. */
    private static final class Clock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long wall;
        private long cpu;
        private long user;

        static Clock start() {
            Clock c = new Clock();
            c.wall = System.nanoTime();
            c.cpu = threadCpu();
            c.user = threadUser();
            return c;
        }

        /** The wall, CPU and user-mode CPU nanoseconds since the start or the last lap. */
        long[] lap() {
            long w = System.nanoTime();
            long c = threadCpu();
            long u = threadUser();
            long[] out = {w - wall, c - cpu, u - user};
            wall = w;
            cpu = c;
            user = u;
            return out;
        }

        private static long threadCpu() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
        }

        private static long threadUser() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadUserTime() : 0;
        }

        long[] stop() {
            return lap();
        }
    }

    /** The timed runs of one corpus, by thread count, and the identity check. */
    private record Result(Corpus corpus, Map<Integer, List<Run>> runs, String identity) {
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
        boolean identical = new GeneratorBenchmark(out, options).run(args);
        if (!identical) {
            System.exit(1);
        }
    }

    /** Runs everything; false when some output differed between thread counts or repetitions. */
    private boolean run(String[] args) throws Exception {
        List<Corpus> corpora = new ArrayList<>();
        if (options.ct() > 0) {
            StudySpec ct = StudySpec.builder(Modality.CT).instancesPerSeries(options.ct()).build();
            corpora.add(new Corpus("CT", String.format(Locale.ROOT, "1 patient, 1 study, 1 series of %d slices,"
                            + " %dx%d, %d bits allocated, %d stored, %s", options.ct(), ct.columns(), ct.rows(),
                            ct.bitsAllocated(), ct.bitsStored(), ct.photometricInterpretation()), ct));
        }
        if (options.us() > 0) {
            StudySpec us = StudySpec.builder(Modality.US_CINE).instancesPerSeries(options.us())
                    .frames(options.frames()).size(US_COLUMNS, US_ROWS).build();
            corpora.add(new Corpus("US cine", String.format(Locale.ROOT, "1 patient, 1 study, 1 series of %d cines"
                            + " of %d frames, %dx%d, %d bits, %s", options.us(), options.frames(), us.columns(),
                            us.rows(), us.bitsAllocated(), us.photometricInterpretation()), us));
        }
        printEnvironment(args, corpora);
        Path root = Files.createTempDirectory(createdTarget(), "generator-bench-");
        out.println("output:       " + root.toAbsolutePath().normalize());
        // one study on disk at a time, or with --keep the last one of every corpus and thread count
        long needed = options.keep()
                ? corpora.stream().mapToLong(c -> threadCounts.size() * c.approxBytes()).sum()
                : corpora.stream().mapToLong(Corpus::approxBytes).max().orElse(0);
        long usable = Files.getFileStore(root).getUsableSpace();
        if (usable < needed + (256L << 20)) {
            BenchmarkSupport.deleteTree(root);
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s has %.0f MB free; the studies need about %.0f MB", root, usable / MB, needed / MB));
        }
        out.println();
        List<Result> results = new ArrayList<>();
        try {
            for (Corpus c : corpora) {
                results.add(runCorpus(c, root.resolve(c.folder())));
            }
            if (options.breakdown()) {
                for (Corpus c : corpora) {
                    breakdown(c, results.stream().filter(r -> r.corpus() == c).findFirst().orElseThrow(),
                            root.resolve(c.folder() + "-steps"));
                }
            }
        } finally {
            if (!options.keep()) {
                BenchmarkSupport.deleteTree(root);
            }
        }
        printTable(results);
        if (options.keep()) {
            out.println("kept the last repetition's studies under " + root.toAbsolutePath().normalize());
        }
        out.println("(checksum " + sink + ")");
        return results.stream().allMatch(r -> r.identity().startsWith("byte-identical"));
    }

    private static Path createdTarget() throws IOException {
        Path target = Path.of(System.getProperty("synth.bench.target", "target"));
        return Files.createDirectories(target);
    }

    private void printEnvironment(String[] args, List<Corpus> corpora) {
        Runtime rt = Runtime.getRuntime();
        out.println("synth generator benchmark");
        out.println("command:      java " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
                + " -cp <classpath> " + GeneratorBenchmark.class.getName() + (args.length == 0 ? "" : " ")
                + String.join(" ", args));
        out.println("jdk:          " + System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + ")");
        out.println("heap, gc:     max " + rt.maxMemory() / (1 << 20) + " MiB, "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")));
        out.println("processors:   " + rt.availableProcessors() + " (thread counts timed: "
                + threadCounts.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        out.println("os:           " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        for (Corpus c : corpora) {
            out.printf(Locale.ROOT, "%-13s %s; every planting location, burned-in banner, %s%n", c.name() + ":",
                    c.description(), c.spec().transferSyntax());
        }
        out.println("method:       new StudyGenerator(threads).generate(spec, freshFolder), timed as a whole (pixels,");
        out.println("              banner, header, planting, DICOM files, CSV tables, synth-fixture.txt with the");
        out.println("              SHA-256 of every file); MB = 10^6 bytes of the DICOM files written; the same");
        out.println("              study once per thread count untimed (warm-up), then " + options.reps()
                + " timed repetition(s), thread counts interleaved;");
        out.println("              after each run, untimed: read synth-fixture.txt, delete the study, System.gc(), sync;");
        out.println("              files go to the page cache, not fsynced");
    }

    private Result runCorpus(Corpus corpus, Path dir) throws Exception {
        out.printf(Locale.ROOT, "%s: %d instances, about %.0f MB per study%n", corpus.name(), corpus.instances(),
                corpus.approxBytes() / MB);
        Files.createDirectories(dir);
        for (int threads : threadCounts) {
            Path warm = dir.resolve("warm-up-" + threads);
            sync();
            long t0 = System.nanoTime();
            new StudyGenerator(threads).generate(corpus.spec(), warm);
            out.printf(Locale.ROOT, "  warm-up, %d thread(s): %.2f s (untimed)%n", threads,
                    (System.nanoTime() - t0) / 1e9);
            BenchmarkSupport.deleteTree(warm);
        }
        Map<Integer, List<Run>> runs = new LinkedHashMap<>();
        threadCounts.forEach(t -> runs.put(t, new ArrayList<>()));
        Map<String, String> markers = new LinkedHashMap<>();
        for (int r = 1; r <= options.reps(); r++) {
            StringBuilder line = new StringBuilder("  repetition " + r + ":");
            for (int threads : threadCounts) {
                Path study = dir.resolve("threads-" + threads + "-rep-" + r);
                System.gc();
                sync();
                long gc0 = gcNanos();
                long process0 = processCpu();
                Clock clock = Clock.start();
                StudyFixture fixture = new StudyGenerator(threads).generate(corpus.spec(), study);
                long[] lap = clock.stop();
                long nanos = lap[0];
                long process = processCpu() - process0;
                long gc = gcNanos() - gc0;
                long quarantined = fixture.manifest().stream()
                        .filter(m -> m.status() == ManifestEntry.Status.QUARANTINED).count();
                if (quarantined > 0) {
                    throw new IllegalStateException(quarantined + " instances of " + corpus.name()
                            + " were quarantined; the benchmark expects every instance written");
                }
                long bytes = 0;
                for (Path f : fixture.files()) {
                    bytes += Files.size(f);
                }
                Run run = new Run(threads, nanos, lap[1], lap[2], process, gc, bytes, fixture.files().size());
                runs.get(threads).add(run);
                markers.put(threads + " thread(s), repetition " + r,
                        Files.readString(study.resolve(FixtureFolder.MARKER), StandardCharsets.UTF_8));
                if (options.keep() && r == options.reps()) {
                    Files.move(study, dir.resolve("threads-" + threads));
                } else {
                    BenchmarkSupport.deleteTree(study);
                }
                line.append(String.format(Locale.ROOT, " %d thread(s) %.2f s = %.1f instances/s = %.0f MB/s"
                                + " (cpu %.2f s, gc %.2f s),", threads, nanos / 1e9, run.instances() / (nanos / 1e9),
                        rate(bytes, nanos), process / 1e9, gc / 1e9));
            }
            line.setLength(line.length() - 1);
            out.println(line);
        }
        String identity = identity(markers);
        out.println("  output: " + identity);
        out.println();
        return new Result(corpus, runs, identity);
    }

    /** Compares the markers (which list every file with its SHA-256) of all runs of a corpus. */
    private static String identity(Map<String, String> markers) {
        Map.Entry<String, String> first = markers.entrySet().iterator().next();
        List<String> reference = first.getValue().lines().toList();
        for (Map.Entry<String, String> e : markers.entrySet()) {
            if (!e.getValue().equals(first.getValue())) {
                List<String> other = e.getValue().lines().toList();
                int i = 0;
                while (i < Math.min(reference.size(), other.size()) && reference.get(i).equals(other.get(i))) {
                    i++;
                }
                return "DIFFERENT: " + FixtureFolder.MARKER + " of " + e.getKey() + " differs from that of "
                        + first.getKey() + " at line " + (i + 1) + ": '"
                        + (i < other.size() ? other.get(i) : "<end>") + "' vs '"
                        + (i < reference.size() ? reference.get(i) : "<end>") + "'";
            }
        }
        long files = reference.stream().filter(l -> l.startsWith("file ")).count();
        return "byte-identical in all " + markers.size() + " runs (" + String.join("; ", markers.keySet())
                + "): " + FixtureFolder.MARKER + " lists the same " + files + " files with the same SHA-256, marker"
                + " SHA-256 " + sha256(first.getValue().getBytes(StandardCharsets.UTF_8)).substring(0, 16) + "...";
    }

    // ---------------------------------------------------------------------------------------------------------
    // breakdown of one instance

    /** The steps of one instance, in the order the generator takes them. */
    private static final List<String> STEPS = List.of("phantom", "burn check + banner burn", "header + planting",
            "Pixel Data assembly", "file write", "SHA-256 for the marker");
    private static final String ONE_FRAME = "phantom of one frame";
    private static final String SECTOR = "fan geometry";

    /**
     * Redoes the work of the first instances of {@code corpus} step by step with the public API the generator
     * uses, times each step, and compares the sum with the generator's own time per instance on one thread.
     */
    private void breakdown(Corpus corpus, Result result, Path dir) throws Exception {
        StudySpec spec = corpus.spec();
        int instances = spec.modality().isMultiFrame() ? 1 : Math.min(corpus.instances(), 50);
        Files.createDirectories(dir);
        Phantom phantom = spec.modality() == Modality.CT ? new CtPhantom() : new UltrasoundPhantom();
        Identities ids = new IdentityFactory(spec.seed(), spec.locale()).identities(0, 0);
        IodTemplate template = IodTemplate.of(spec.modality());
        DicomWriter writer = new DicomWriter(WriteOptions.of(spec.transferSyntax()));

        // once per series in the generator: the banner's layout and mask
        Clock series = Clock.start();
        BitmapFont font = BitmapFont.large();
        BannerLayout layout = new BannerLayout(font, 1, 4);
        List<PlacedText> phi = layout.place(List.of("DOE, JANE", "MRN 4651775", "DOB 1964-03-05",
                "2026-01-14 09:28", "Synthetic General Hospital"), phantom.bannerArea(spec.rows(), spec.columns()),
                BannerLayout.Corner.TOP_LEFT, 4);
        List<BannerLine> lines = new ArrayList<>();
        phi.forEach(p -> lines.add(BannerLine.phi(p, "PatientName", phantom.ink(Contrast.HIGH))));
        layout.place(ClinicalLabels.of(spec.modality()), phantom.labelArea(spec.rows(), spec.columns()),
                BannerLayout.Corner.BOTTOM_RIGHT, 4).forEach(p -> lines.add(BannerLine.label(p,
                phantom.ink(Contrast.HIGH))));
        Banner banner = Banner.render(spec.columns(), spec.rows(), lines);
        long[] seriesTimes = series.stop();

        int reps = Math.max(3, options.reps());
        // per step: the wall and CPU nanoseconds of each timed repetition, per instance
        Map<String, List<long[]>> times = new LinkedHashMap<>();
        for (String s : STEPS) {
            times.put(s, new ArrayList<>());
        }
        times.put(ONE_FRAME, new ArrayList<>());
        times.put(SECTOR, new ArrayList<>());
        for (int r = 0; r <= reps; r++) {
            long[][] step = new long[STEPS.size()][3];
            for (int i = 0; i < instances; i++) {
                System.gc();
                long seriesSeed = Seeds.caseSeed(spec.seed(), "patient/0/study/0/series/0/pixels");
                long instanceSeed = Seeds.caseSeed(spec.seed(), "patient/0/study/0/series/0/instance/" + i
                        + "/pixels");
                Clock clock = Clock.start();
                List<FrameBuffer> frames = spec.modality().isMultiFrame()
                        ? phantom.frames(instanceSeed, spec.frames(), spec.rows(), spec.columns())
                        : List.of(phantom.frame(seriesSeed, i, spec.rows(), spec.columns()));
                add(step[0], clock.lap());
                BurnVerdict verdict = BurnSafety.check(frames, BannerLayout.bounds(phi), phi,
                        phantom.brightnessLimit());
                if (!verdict.safe()) {
                    throw new IllegalStateException("the banner is not safe: " + verdict.reason().orElse("?"));
                }
                sink += banner.burn(frames).size();
                add(step[1], clock.lap());
                Dataset ds = header(spec, template, ids, phantom, i);
                sink += PlantingCatalogue.plant(ds, context(spec, template, ids, i), phi).size();
                add(step[2], clock.lap());
                byte[] pixels = FrameBuffer.pixelData(frames);
                ds.setBytes(Tags.PixelData, spec.bitsAllocated() == 8 ? Vr.OB : Vr.OW, pixels);
                add(step[3], clock.lap());
                Path file = dir.resolve(String.format(Locale.ROOT, "instance-%04d.dcm", i + 1));
                writer.write(file, ds);
                add(step[4], clock.lap());
                sink += sha256(file).charAt(0);
                add(step[5], clock.lap());
            }
            sync();
            BenchmarkSupport.deleteTree(dir);
            Files.createDirectories(dir);
            Clock clock = Clock.start();
            if (phantom instanceof UltrasoundPhantom us) {
                sink += us.sector(spec.rows(), spec.columns()).dataRegion().width();
            }
            long[] sector = clock.lap();
            // the part of a cine's phantom that is not per frame: one frame costs it plus one frame's rendering
            if (spec.modality().isMultiFrame()) {
                sink += phantom.frames(1, 1, spec.rows(), spec.columns()).size();
            }
            long[] oneFrame = clock.lap();
            if (r > 0) {
                for (int k = 0; k < STEPS.size(); k++) {
                    times.get(STEPS.get(k)).add(new long[] {step[k][0] / instances, step[k][1] / instances,
                            step[k][2] / instances});
                }
                times.get(SECTOR).add(sector);
                times.get(ONE_FRAME).add(oneFrame);
            }
        }
        BenchmarkSupport.deleteTree(dir);

        List<Run> single = result.runs().get(1);
        long[] whole = {median(single.stream().map(Run::nanos).toList()) / corpus.instances(),
                median(single.stream().map(Run::threadCpuNanos).toList()) / corpus.instances(),
                median(single.stream().map(Run::threadUserNanos).toList()) / corpus.instances()};
        out.printf(Locale.ROOT, "Where the time of one %s instance goes (%s), one thread, median of %d repetitions"
                        + " (cpu: CPU time of the thread, which other processes disturb less than wall time):%n",
                corpus.name(), spec.modality().isMultiFrame()
                        ? String.format(Locale.ROOT, "%d frames of %dx%d %s", spec.frames(), spec.columns(),
                        spec.rows(), spec.photometricInterpretation())
                        : String.format(Locale.ROOT, "%dx%d, mean of %d slices", spec.columns(), spec.rows(),
                        instances), reps);
        out.printf(Locale.ROOT, "  %-26s %9s %9s %9s%n", "step", "wall ms", "cpu ms", "% of cpu");
        long[] sum = new long[3];
        for (String s : STEPS) {
            long[] m = medians(times.get(s));
            add(sum, m);
            out.println(row(s, m, whole[1]) + detail(s, spec, m[1], medians(times.get(ONE_FRAME))[1],
                    medians(times.get(SECTOR))[1]));
        }
        out.println(row("sum of the steps", sum, whole[1]));
        out.println(row("generate(), per instance", whole, whole[1]) + "  (the single-thread runs above / "
                + corpus.instances() + " instances)");
        out.println(row("rest", new long[] {whole[0] - sum[0], whole[1] - sum[1], whole[2] - sum[2]}, whole[1])
                + "  (identities, UIDs, answer key, CSV tables, folders, and for wall time other processes;"
                + " negative: noise)");
        out.println(row("banner layout + render", seriesTimes, 0) + "  (once per series: banner layout and mask)");
        // user time is counted in the kernel's ticks (10 ms): meaningful for runs of seconds, not for single steps
        if (whole[1] * corpus.instances() >= 2_000_000_000L) {
            out.printf(Locale.ROOT, "  in the kernel: %.1f ms of the %.1f ms CPU time per instance of the single-thread"
                    + " runs (%.0f %%: writing and reading the page cache, page faults)%n", (whole[1] - whole[2]) / 1e6,
                    whole[1] / 1e6, 100.0 * (whole[1] - whole[2]) / whole[1]);
        }
        out.println();
    }

    /** A line of the breakdown: wall and CPU milliseconds and the share of {@code total} CPU time. */
    private static String row(String name, long[] t, long total) {
        return String.format(Locale.ROOT, "  %-26s %9.1f %9.1f %9s", name, t[0] / 1e6, t[1] / 1e6,
                total == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * t[1] / total));
    }

    /** The median of each of the three figures (wall, CPU, user) over the repetitions. */
    private static long[] medians(List<long[]> laps) {
        long[] out = new long[3];
        for (int k = 0; k < out.length; k++) {
            int i = k;
            out[k] = median(laps.stream().map(t -> t[i]).toList());
        }
        return out;
    }

    private static void add(long[] sum, long[] lap) {
        for (int k = 0; k < sum.length; k++) {
            sum[k] += lap[k];
        }
    }

    private static String detail(String step, StudySpec spec, long nanos, long oneFrame, long sector) {
        switch (step) {
            case "phantom":
                if (spec.modality().isMultiFrame() && spec.frames() > 1) {
                    long perFrame = (nanos - oneFrame) / (spec.frames() - 1);
                    return String.format(Locale.ROOT, "  (%.1f ms per frame, %.1f ns per pixel, + %.1f ms per cine"
                            + " for the fan map and speckle field)", perFrame / 1e6,
                            (double) perFrame / ((long) spec.rows() * spec.columns()), (oneFrame - perFrame) / 1e6);
                }
                return String.format(Locale.ROOT, "  (%.1f ns per pixel)",
                        (double) nanos / ((long) spec.rows() * spec.columns() * spec.frames()));
            case "header + planting":
                return spec.modality().isMultiFrame() ? String.format(Locale.ROOT, "  (of which %.1f ms cpu for the"
                        + " ultrasound region's fan geometry, UltrasoundPhantom.sector)", sector / 1e6) : "";
            case "Pixel Data assembly":
                return "  (FrameBuffer.pixelData: one copy of every frame)";
            case "file write":
            case "SHA-256 for the marker":
                long bytes = (long) spec.rows() * spec.columns() * spec.frames()
                        * (spec.photometricInterpretation().equals("RGB") ? 3 : 1) * (spec.bitsAllocated() / 8);
                return String.format(Locale.ROOT, "  (%.0f MB/s of cpu)", rate(bytes, nanos));
            default:
                return "";
        }
    }

    /** The data set InstanceWriter starts from: the IOD template with this instance's technical values. */
    private static Dataset header(StudySpec spec, IodTemplate template, Identities ids, Phantom phantom, int i) {
        TechnicalParameters.Builder b = TechnicalParameters.builder(spec.modality(), uids(spec, i), times(ids, i))
                .size(spec.columns(), spec.rows())
                .frames(spec.frames())
                .bits(spec.bitsAllocated(), spec.bitsStored())
                .photometricInterpretation(spec.photometricInterpretation())
                .pixelRepresentation(phantom.format().signed() ? 1 : 0)
                .numbers(1, i + 1)
                .burnedInAnnotation(true);
        if (phantom instanceof UltrasoundPhantom us) {
            b.ultrasoundRegion(UltrasoundRegion.of(us.sector(spec.rows(), spec.columns()).dataRegion()));
        }
        Dataset ds = template.dataset(b.build());
        if (!spec.specificCharacterSet().isEmpty()) {
            ds.setString(Tags.SpecificCharacterSet, Vr.CS, spec.specificCharacterSet().toArray(new String[0]));
        }
        return ds;
    }

    private static PlantContext context(StudySpec spec, IodTemplate template, Identities ids, int i) {
        List<PlantContext.Reference> refs = List.of(new PlantContext.Reference(spec.modality().sopClassUid(),
                uids(spec, i + 1).sopInstance()));
        return new PlantContext(spec.modality(), ids, 0, i, uids(spec, i), times(ids, i),
                spec.modality().sopClassUid(), refs, Optional.empty(), template.phiAttributes(), spec.locations(),
                Seeds.caseSeed(spec.seed(), "patient/0/study/0/series/0/instance/" + i + "/planting"));
    }

    private static InstanceUids uids(StudySpec spec, int i) {
        return InstanceUids.derive(spec.seed(), "bench/instance/" + i);
    }

    private static Timestamps times(Identities ids, int i) {
        LocalDateTime study = ids.study().studyDate().atTime(ids.study().studyTime());
        LocalDateTime acquisition = study.plusMinutes(2).plusSeconds(5 + 20L * i);
        return new Timestamps(study, study.plusMinutes(2), acquisition, acquisition.plusSeconds(1));
    }

    // ---------------------------------------------------------------------------------------------------------
    // table

    private void printTable(List<Result> results) {
        out.println("Median of " + options.reps() + " repetition(s); range is slowest..fastest; MB = 10^6 bytes of"
                + " DICOM files:");
        out.printf(Locale.ROOT, "%-8s %7s %9s %9s %11s %15s %7s %13s %8s %7s %7s %6s%n", "corpus", "threads",
                "instances", "total MB", "instances/s", "range", "MB/s", "range", "speed-up", "wall s", "cpu s",
                "gc s");
        for (Result r : results) {
            double single = 0;
            for (Map.Entry<Integer, List<Run>> e : r.runs().entrySet()) {
                List<Run> runs = e.getValue();
                Run any = runs.get(0);
                long median = median(runs.stream().map(Run::nanos).toList());
                long slowest = runs.stream().mapToLong(Run::nanos).max().orElseThrow();
                long fastest = runs.stream().mapToLong(Run::nanos).min().orElseThrow();
                double perSecond = any.instances() / (median / 1e9);
                if (e.getKey() == 1) {
                    single = perSecond;
                }
                out.printf(Locale.ROOT, "%-8s %7d %9d %9.1f %11.1f %15s %7.0f %13s %8s %7.2f %7.2f %6.2f%n",
                        r.corpus().name(),
                        e.getKey(), any.instances(), any.bytes() / MB, perSecond,
                        String.format(Locale.ROOT, "%.1f..%.1f", any.instances() / (slowest / 1e9),
                                any.instances() / (fastest / 1e9)),
                        rate(any.bytes(), median),
                        String.format(Locale.ROOT, "%.0f..%.0f", rate(any.bytes(), slowest),
                                rate(any.bytes(), fastest)),
                        e.getKey() == 1 ? "" : String.format(Locale.ROOT, "%.2fx", perSecond / single),
                        median / 1e9, median(runs.stream().map(Run::processCpuNanos).toList()) / 1e9,
                        median(runs.stream().map(Run::gcNanos).toList()) / 1e9);
            }
        }
        out.println("(wall s, cpu s, gc s: medians of the wall time, of the CPU time of the whole process and of the"
                + " garbage collector's pauses; cpu below threads x wall means other processes had the cores)");
        for (Result r : results) {
            out.println(r.corpus().name() + " output: " + r.identity());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static long median(List<Long> values) {
        long[] s = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double rate(long bytes, long nanos) {
        return bytes / MB / (nanos / 1e9);
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long gcNanos() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis * 1_000_000L;
    }

    /** The SHA-256 of a file, read as {@link FixtureFolder} reads it for the marker. */
    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Flushes written files to disk (untimed), so that their write-back does not fall into the next timing. */
    private static void sync() throws IOException, InterruptedException {
        if (onPath("sync")) {
            Process p = new ProcessBuilder("sync").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s, tool)).anyMatch(Files::isExecutable);
    }
}
