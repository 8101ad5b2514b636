package io.github.synthphi.benchmarks;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints how fast the evaluator judges a de-identifier's output: instances/s and MB/s for a CT corpus (1,000
 * slices by default) and ultrasound cines (20 of 64 frames 800x600), and the peak heap, which should follow
 * the largest instance, not the corpus. The output judged is the identity transform (every file copied), so
 * every check runs and every planted value is found: the slow path.
 *
 * <pre>
 * mvn -B -q install -DskipTests &amp;&amp; mvn -B -q -pl synth-benchmarks exec:exec@evaluator \
 *     -Dsynth.bench.args="--ct 200 --us 5"
 * </pre>
 */
public final class EvaluatorBenchmark {

    private EvaluatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ct = 1000;
        int us = 20;
        int frames = 64;
        int reps = 3;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ct" -> ct = Integer.parseInt(args[++i]);
                case "--us" -> us = Integer.parseInt(args[++i]);
                case "--frames" -> frames = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --ct N --us N --frames N --reps N --keep");
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("synth.bench.target", "target")).resolve("evaluator-bench");
        BenchmarkSupport.deleteTree(root);
        out.println("JDK " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " processors, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        out.println("output judged: the identity transform (files copied), profile BASIC,PIX,DESC,GRAPH");
        List<String> rows = new ArrayList<>();
        if (ct > 0) {
            rows.add(run(out, root.resolve("ct"), StudySpec.builder(Modality.CT).instancesPerSeries(ct).build(), reps));
        }
        if (us > 0) {
            rows.add(run(out, root.resolve("us"), StudySpec.builder(Modality.US_CINE).instancesPerSeries(us)
                    .frames(frames).size(800, 600).build(), reps));
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-8s %9s %9s %12s %9s %14s %14s %9s", "corpus", "instances", "MB",
                "instances/s", "MB/s", "peak heap MiB", "largest MiB", "findings"));
        rows.forEach(out::println);
        if (!keep) {
            BenchmarkSupport.deleteTree(root);
        }
    }

    private static String run(PrintStream out, Path dir, StudySpec spec, int reps) throws IOException {
        out.println("generating " + spec.modality() + " x" + spec.instanceCount() + " (untimed)");
        StudyFixture fixture = new StudyGenerator(Runtime.getRuntime().availableProcessors())
                .generate(spec, dir.resolve("source"));
        Path output = dir.resolve("output");
        Files.createDirectories(output);
        long bytes = 0;
        long largest = 0;
        for (int i = 0; i < fixture.files().size(); i++) {
            Path copy = output.resolve(String.format(Locale.ROOT, "IM%06d", i));
            Files.copy(fixture.files().get(i), copy);
            bytes += Files.size(copy);
            largest = Math.max(largest, Files.size(copy));
        }
        List<Double> seconds = new ArrayList<>();
        long peak = 0;
        int findings = 0;
        for (int r = 0; r <= reps; r++) {
            System.gc();
            BenchmarkSupport.resetHeapPeaks();
            long t0 = System.nanoTime();
            Evaluation e = DeidOutput.of(fixture, output).evaluation();
            double s = (System.nanoTime() - t0) / 1e9;
            peak = Math.max(peak, BenchmarkSupport.peakHeap());
            findings = e.findings().size();
            out.println(String.format(Locale.ROOT, "  %s %.2f s", r == 0 ? "warm-up" : "repetition " + r, s));
            if (r > 0) {
                seconds.add(s);
            }
        }
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        int n = fixture.files().size();
        return String.format(Locale.ROOT, "%-8s %9d %9.1f %12.1f %9.1f %14d %14.1f %9d", spec.modality(), n,
                bytes / 1e6, n / median, bytes / 1e6 / median, peak >> 20, largest / (double) (1 << 20), findings);
    }
}
