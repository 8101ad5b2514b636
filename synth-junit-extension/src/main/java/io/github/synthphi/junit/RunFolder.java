package io.github.synthphi.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run's folder of studies, made on first use in {@code synth.fixtures.dir} or the system's temporary folder,
 * and deleted at the end of the run when no kept study is left in it.
 */
final class RunFolder implements AutoCloseable {

    private final Optional<Path> parent;
    private Path folder;

    RunFolder(Optional<Path> parent) {
        this.parent = parent;
    }

    /** The folder, made now if this is the first call. */
    synchronized Path path() {
        if (folder == null) {
            try {
                if (parent.isPresent()) {
                    Files.createDirectories(parent.get());
                    folder = Files.createTempDirectory(parent.get(), "synth-fixtures-");
                } else {
                    folder = Files.createTempDirectory("synth-fixtures-");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a folder for synthetic studies in "
                        + parent.map(Path::toString).orElse("the temporary folder") + " (configuration parameter "
                        + Settings.FIXTURES_DIR + ")", e);
            }
        }
        return folder;
    }

    /** Deletes the folder if it is empty; kept studies keep it. */
    @Override
    public synchronized void close() throws IOException {
        deleteIfEmpty(folder);
    }

    static void deleteIfEmpty(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                return;
            }
        }
        Files.deleteIfExists(dir);
    }
}
