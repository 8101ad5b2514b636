package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.identity.IdentityFactory;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.pixel.Banner;
import io.github.synthphi.core.pixel.Phantom;
import io.github.synthphi.core.pixel.PixelFormat;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.midi.MidiInstance;
import io.github.synthphi.core.midi.MidiKeyWriter;
import io.github.synthphi.core.truth.AnswerKeyCsv;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.ManifestEntry;
import io.github.synthphi.core.truth.PatientMapping;
import io.github.synthphi.core.truth.PatientMappingCsv;
import io.github.synthphi.core.truth.PhiOverlay;
import io.github.synthphi.core.truth.PhiOverlaysCsv;
import io.github.synthphi.core.truth.RunManifestCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates the studies a {@link StudySpec} describes into a folder, with their answer key and ground-truth
 * tables, deterministically: the same spec gives byte-identical files on every JVM, locale, time zone and
 * number of threads.
 *
 * <p>The study is written into a sibling folder named {@code .<name>.partial} and moved into place only when
 * every file and {@code synth-fixture.txt} (the list of files with their SHA-256) are written, so a
 * half-written folder is never taken for a fixture. An instance whose banner cannot be burned safely (the
 * region does not fit or its background is too bright) is quarantined: listed in {@code run_manifest.csv} with
 * the reason and not written.
 *
 * <p>A spec with {@linkplain StudySpec.Builder#sources(Path) sources} takes each instance's pixels from one item
 * of the folder instead of a phantom. An item that cannot be used (unreadable, undecodable, of another
 * modality, a malformed EXIF, frames of different sizes, a banner that cannot be burned safely) is quarantined
 * with its reason in {@code run_manifest.csv} and not written, as is every file that is no source at all (item
 * id {@code source/<path>}); a source file that cannot be read is {@code failed} with {@code load_error: ...}.
 * The package {@link io.github.synthphi.core.study.source} lists the reasons.
 *
 * <pre>{@code
 * StudySpec spec = StudySpec.builder(Modality.CT).instancesPerSeries(20).seed(42).build();
 * StudyFixture ct = new StudyGenerator().generate(spec, Path.of("target/fixtures/ct"));
 * }</pre>
 */
public final class StudyGenerator {

    /** The work of writing one instance, which the generator runs on one of its threads. */
    interface InstanceTask {
        InstanceResult write() throws IOException;
    }

    private final int threads;
    private final InstanceFileWriter fileWriter;
    private final GenerationProgress progress;
    private final boolean midiKey;

    /** A generator that uses one thread. */
    public StudyGenerator() {
        this(1);
    }

    /** A generator that writes instances on {@code threads} threads; the output does not depend on it. */
    public StudyGenerator(int threads) {
        this(threads, InstanceFileWriter.DICOM);
    }

    /** A generator that writes each instance's file with {@code fileWriter}: the seam tests make writing fail at. */
    StudyGenerator(int threads, InstanceFileWriter fileWriter) {
        this(threads, fileWriter, GenerationProgress.NONE);
    }

    private StudyGenerator(int threads, InstanceFileWriter fileWriter, GenerationProgress progress) {
        this(threads, fileWriter, progress, true);
    }

    private StudyGenerator(int threads, InstanceFileWriter fileWriter, GenerationProgress progress, boolean midiKey) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be 1 to 256, got " + threads);
        }
        this.threads = threads;
        this.fileWriter = Objects.requireNonNull(fileWriter, "fileWriter");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.midiKey = midiKey;
    }

    /** A generator like this one that tells {@code progress} of every instance done; the files do not change. */
    public StudyGenerator withProgress(GenerationProgress progress) {
        return new StudyGenerator(threads, fileWriter, progress, midiKey);
    }

    /**
     * A generator like this one that writes, or with {@code false} does not write, the answer key also as a MIDI
     * answer-key database, {@link MidiKeyWriter#FILE_NAME answer-key.db} beside {@code answer-key.csv}, so MIDI's
     * validation script can score a de-identifier on the fixture. It is written by default; its bytes depend only
     * on the spec, like every other file of the fixture, and it is listed in {@code synth-fixture.txt}.
     */
    public StudyGenerator withMidiKey(boolean write) {
        return new StudyGenerator(threads, fileWriter, progress, write);
    }

    /**
     * Generates {@code spec} into {@code directory}, which must not exist or be empty.
     *
     * @throws IOException when the folder exists and is not empty, or a file cannot be written; nothing is
     *     left in {@code directory} then
     */
    public StudyFixture generate(StudySpec spec, Path directory) throws IOException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(directory, "directory");
        Path target = directory.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !FixtureFolder.isEmpty(target))) {
            throw new IOException(target + " exists and is not an empty folder; the generator writes only into a new "
                    + "or empty folder");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        FixtureFolder.deleteRecursively(partial);
        Files.createDirectories(partial);
        StudyFixture fixture;
        try {
            fixture = generateInto(spec, partial);
            FixtureFolder.writeMarker(partial, spec, fixture);
            Files.deleteIfExists(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                FixtureFolder.deleteRecursively(partial);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        List<Path> files = new ArrayList<>();
        fixture.files().forEach(f -> files.add(target.resolve(partial.relativize(f).toString())));
        return new StudyFixture(target, files, fixture.answerKey(), fixture.identities(), fixture.overlays(),
                fixture.manifest(), fixture.patients(), spec);
    }

    /** A run identifier that depends only on the spec: the UID of its canonical form. */
    static String runId(StudySpec spec) {
        return Uids.generate(spec.seed(), "run/" + spec.canonicalForm());
    }

    private StudyFixture generateInto(StudySpec spec, Path folder) throws IOException {
        IdentityFactory factory = new IdentityFactory(spec.seed(), spec.locale());
        InstanceWriter writer = new InstanceWriter(spec, folder, runId(spec), fileWriter);
        Phantom phantom = Phantoms.of(spec.modality());
        PixelFormat format = Phantoms.format(spec, phantom);
        List<InstancePlan> plans = new ArrayList<>();
        Map<String, SeriesContext> series = new HashMap<>();
        List<Identities> identities = new ArrayList<>();
        List<PatientMapping> patients = new ArrayList<>();
        for (int p = 0; p < spec.patients(); p++) {
            List<String> studies = new ArrayList<>();
            for (int s = 0; s < spec.studiesPerPatient(); s++) {
                Identities ids = factory.identities(p, s);
                identities.add(ids);
                studies.add(InstancePlan.studyUid(spec.seed(), p, s));
                for (int se = 0; se < spec.seriesPerStudy(); se++) {
                    InstancePlan first = new InstancePlan(spec, p, s, se, 0);
                    if (spec.sources().isEmpty()) {
                        series.put(first.seriesKey(), seriesContext(spec, ids, phantom, format));
                    }
                    for (int i = 0; i < spec.instancesPerSeries(); i++) {
                        plans.add(new InstancePlan(spec, p, s, se, i));
                    }
                }
            }
            patients.add(new PatientMapping("patient/" + p, identities.get(identities.size() - 1).patient()
                    .pseudonymousKey(), studies));
        }
        List<InstanceTask> tasks = new ArrayList<>(plans.size());
        List<ManifestEntry> unassigned = new ArrayList<>();
        if (spec.sources().isPresent()) {
            SourceTasks.add(spec, folder, runId(spec), plans, identities, tasks, unassigned);
        } else {
            for (InstancePlan plan : plans) {
                tasks.add(() -> writer.write(plan, series.get(plan.seriesKey())));
            }
        }
        List<InstanceResult> results = run(tasks);
        List<Path> files = new ArrayList<>();
        List<AnswerKeyEntry> entries = new ArrayList<>();
        List<PhiOverlay> overlays = new ArrayList<>();
        List<ManifestEntry> manifest = new ArrayList<>();
        for (InstanceResult r : results) {
            r.file().ifPresent(f -> files.add(folder.resolve(f)));
            entries.addAll(r.entries());
            overlays.addAll(r.overlays());
            manifest.add(r.manifest());
        }
        manifest.addAll(unassigned);
        AnswerKey key = AnswerKey.of(entries);
        AnswerKeyCsv.write(key, folder.resolve(AnswerKeyCsv.FILE_NAME));
        if (midiKey) {
            List<MidiInstance> instances = new ArrayList<>();
            results.forEach(r -> r.midiInstance().ifPresent(instances::add));
            MidiKeyWriter.write(key, instances, folder.resolve(MidiKeyWriter.FILE_NAME));
        }
        PhiOverlaysCsv.write(overlays, folder.resolve(PhiOverlaysCsv.FILE_NAME));
        RunManifestCsv.write(manifest, folder.resolve(RunManifestCsv.FILE_NAME));
        PatientMappingCsv.write(patients, folder.resolve(PatientMappingCsv.FILE_NAME));
        return new StudyFixture(folder, files, key, identities, overlays, manifest, patients, spec);
    }

    private static SeriesContext seriesContext(StudySpec spec, Identities ids, Phantom phantom, PixelFormat format) {
        if (!spec.burnIn() || !spec.locations().contains(PlantingLocation.BURNED_IN)) {
            return new SeriesContext(ids, phantom, format, Optional.empty(), Optional.empty(), "");
        }
        List<String> labels = io.github.synthphi.core.phi.ClinicalLabels.of(spec.modality());
        BannerPlan plan = BannerPlan.of(spec, ids, phantom, format, labels);
        try {
            return new SeriesContext(ids, phantom, format, Optional.of(plan),
                    Optional.of(Banner.render(spec.columns(), spec.rows(), plan.lines())), "");
        } catch (IllegalArgumentException e) {
            // the instances of this series are quarantined with the reason
            return new SeriesContext(ids, phantom, format, Optional.of(plan), Optional.empty(),
                    "banner_does_not_fit: " + e.getMessage());
        }
    }

    private List<InstanceResult> run(List<InstanceTask> all) throws IOException {
        int total = all.size();
        AtomicInteger done = new AtomicInteger();
        List<InstanceTask> tasks = new ArrayList<>(total);
        for (InstanceTask task : all) {
            tasks.add(() -> {
                InstanceResult r = task.write();
                progress.instanceDone(done.incrementAndGet(), total);
                return r;
            });
        }
        if (threads == 1) {
            List<InstanceResult> out = new ArrayList<>(tasks.size());
            for (InstanceTask task : tasks) {
                out.add(task.write());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<InstanceResult>> futures = new ArrayList<>(tasks.size());
            for (InstanceTask task : tasks) {
                futures.add(pool.submit(task::write));
            }
            List<InstanceResult> out = new ArrayList<>(tasks.size());
            for (Future<InstanceResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("generating an instance failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    /**
     * Waits for the instances still being written when one failed, so that none writes into the partial folder
     * after it is deleted.
     */
    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
