package io.github.synthphi.junit;

import io.github.synthphi.core.study.StudyFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One generated folder of a cached study: the fixture, a stamp of every file (size, modification and status-change
 * times) taken once the folder was made read-only, and what the tests that received it did.
 *
 * <p>Read-only permission bits stop nothing when tests run as root, as they often do in CI containers, so the
 * stamps are compared before the study is handed out and after every test that received it. A stamp is a few
 * system calls per file, cheap enough for every injection; reading every byte for its SHA-256 would cost tens of
 * milliseconds per injection of a cine.
 */
final class Generation {

    private final StudyFixture fixture;
    private final Map<String, Object> stamps;
    /** Changed by a test: never handed out again. */
    volatile boolean tainted;
    /** A test that received the study failed. */
    volatile boolean failed;
    /** A test asked for {@link CleanupMode#NEVER}, or {@code synth.keep} is set. */
    volatile boolean keepAlways;
    /** A test asked for {@link CleanupMode#ON_SUCCESS}. */
    volatile boolean keepOnFailure;

    Generation(StudyFixture fixture) throws IOException {
        this.fixture = fixture;
        this.stamps = stamps(fixture.directory());
    }

    StudyFixture fixture() {
        return fixture;
    }

    /** The first difference between the folder now and when it was generated, such as a changed or added file. */
    Optional<String> change() throws IOException {
        Map<String, Object> now = stamps(fixture.directory());
        for (Map.Entry<String, Object> e : stamps.entrySet()) {
            Object current = now.get(e.getKey());
            if (current == null) {
                return Optional.of("file " + e.getKey() + " was deleted");
            }
            if (!current.equals(e.getValue())) {
                return Optional.of("file " + e.getKey() + " was changed (" + e.getValue() + " when generated, "
                        + current + " now)");
            }
        }
        for (String name : now.keySet()) {
            if (!stamps.containsKey(name)) {
                return Optional.of("file " + name + " was added");
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> stamps(Path dir) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        boolean unix = dir.getFileSystem().supportedFileAttributeViews().contains("unix");
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(dir)) {
                    continue;
                }
                try {
                    Map<String, Object> a = Files.readAttributes(p, unix ? "unix:size,lastModifiedTime,ctime"
                            : "size,lastModifiedTime");
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    out.put(rel, Files.isDirectory(p) ? "folder" : "size " + a.get("size") + ", modified "
                            + a.get("lastModifiedTime") + (unix ? ", status changed " + a.get("ctime") : ""));
                } catch (NoSuchFileException gone) {
                    // deleted while walking: absent from the stamps
                }
            }
        }
        return out;
    }
}
