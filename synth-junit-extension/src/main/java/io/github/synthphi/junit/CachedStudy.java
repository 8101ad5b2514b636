package io.github.synthphi.junit;

import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The study of one spec and seed for the whole run, kept in the root store. The store only holds this small
 * object; the study is generated on the first {@link #get}, outside the store's own locking, and every other
 * caller waits for that one generation. Closed at the end of the run: each folder is deleted or kept as the tests
 * that received it asked.
 */
final class CachedStudy implements AutoCloseable {

    private final StudySpec spec;
    private final RunFolder run;
    private final boolean midiKey;
    private final List<Generation> generations = new ArrayList<>();
    private Generation current;

    CachedStudy(StudySpec spec, RunFolder run, boolean midiKey) {
        this.spec = spec;
        this.run = run;
        this.midiKey = midiKey;
    }

    StudySpec spec() {
        return spec;
    }

    /**
     * The study, generated now if no test had it yet, or if a test changed the one it had.
     *
     * @param report receives report entries: a key and a value
     */
    synchronized Generation get(BiConsumer<String, String> report) throws IOException {
        if (current != null && !current.tainted) {
            current.change().ifPresent(change -> {
                current.tainted = true;
                report.accept("synth.regenerated", current.fixture().directory() + " was changed after generation ("
                        + change + "); a new copy is generated");
            });
        }
        if (current == null || current.tainted) {
            long start = System.nanoTime();
            Path dir = run.path().resolve(folderName(spec, generations.size()));
            int threads = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                    Math.min(spec.instanceCount(), 8)));
            StudyFixture fixture = new StudyGenerator(threads).withMidiKey(midiKey).generate(spec, dir);
            if (fixture.files().isEmpty()) {
                FilePermissions.delete(dir);
                throw new IllegalArgumentException("every instance was quarantined, so the study has no files: "
                        + fixture.manifest().stream().map(m -> m.itemId() + " " + m.reason()).distinct().limit(3)
                        .collect(Collectors.joining("; ")));
            }
            FilePermissions.makeReadOnly(dir);
            current = new Generation(fixture);
            generations.add(current);
            report.accept("synth.generated", Specs.shortName(spec) + " in " + (System.nanoTime() - start) / 1_000_000
                    + " ms into " + dir);
        }
        return current;
    }

    /** A folder name that tells studies apart: modality, seed, a hash of the spec, and the regeneration count. */
    static String folderName(StudySpec spec, int generation) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(spec.canonicalForm().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        return spec.modality().name().toLowerCase(Locale.ROOT) + "-seed" + spec.seed() + "-" + hash
                + (generation == 0 ? "" : "-" + (generation + 1));
    }

    @Override
    public synchronized void close() throws IOException {
        IOException failure = null;
        for (Generation g : generations) {
            Path dir = g.fixture().directory();
            try {
                if (g.keepAlways || g.keepOnFailure && g.failed) {
                    FilePermissions.makeWritable(dir);
                    System.out.println("synth: kept " + dir + " (" + (g.keepAlways ? "cleanup NEVER or synth.keep=true"
                            : "cleanup ON_SUCCESS and a test that received it failed") + "); spec "
                            + spec.canonicalForm());
                } else {
                    FilePermissions.delete(dir);
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = new IOException("cannot delete the synthetic study " + dir, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (!generations.isEmpty()) {
            // the run folder is closed after the studies, but a store that closes in another order must not leave it
            RunFolder.deleteIfEmpty(generations.get(0).fixture().directory().getParent());
        }
        if (failure != null) {
            throw failure;
        }
    }
}
