package io.github.synthphi.junit;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Makes a study folder read-only, and writable again before it is deleted. */
final class FilePermissions {

    private static final Set<PosixFilePermission> READ_ONLY_FILE = PosixFilePermissions.fromString("r--r--r--");
    private static final Set<PosixFilePermission> READ_ONLY_DIR = PosixFilePermissions.fromString("r-xr-xr-x");
    private static final Set<PosixFilePermission> WRITABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> WRITABLE_DIR = PosixFilePermissions.fromString("rwxr-xr-x");

    private FilePermissions() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Files 0444 and folders 0555 on POSIX; elsewhere files read-only. Folders last, so they can be entered. */
    static void makeReadOnly(Path root) throws IOException {
        List<Path> all = walk(root);
        for (int i = all.size() - 1; i >= 0; i--) {
            set(all.get(i), false);
        }
    }

    /** Undoes {@link #makeReadOnly}: folders first, so their files can be changed. */
    static void makeWritable(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        set(root, true);
        for (Path p : walk(root)) {
            set(p, true);
        }
    }

    /** Deletes {@code root} and everything under it, making it writable first. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        makeWritable(root);
        List<Path> all = walk(root);
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }

    private static void set(Path p, boolean writable) throws IOException {
        boolean dir = Files.isDirectory(p);
        if (posix()) {
            Files.setPosixFilePermissions(p, dir ? (writable ? WRITABLE_DIR : READ_ONLY_DIR)
                    : (writable ? WRITABLE_FILE : READ_ONLY_FILE));
        } else if (!dir && !p.toFile().setWritable(writable)) {
            throw new IOException("cannot make " + p + (writable ? " writable" : " read-only"));
        }
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.toList());
        }
    }
}
