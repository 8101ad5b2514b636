package io.github.synthphi.core.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The SHA-256 of every regular file under a folder, by relative path with {@code /} separators, and the
 * comparison of two such maps that names the first file that differs.
 *
 * @param folder the folder digested
 * @param digests relative path to lower-case hex SHA-256, sorted by path
 */
record FolderDigests(Path folder, SortedMap<String, String> digests) {

    /** Digests every regular file under {@code folder}, at any depth. */
    static FolderDigests of(Path folder) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            out.put(folder.relativize(file).toString().replace('\\', '/'), sha256(file));
        }
        return new FolderDigests(folder, out);
    }

    /** The number of DICOM files. */
    long dicomFiles() {
        return digests.keySet().stream().filter(p -> p.endsWith(".dcm")).count();
    }

    /**
     * Empty when {@code other} holds the same files with the same bytes; otherwise a message naming the first
     * differing relative path (in path order), its digests, and every path that differs.
     *
     * @param label what this run was, such as {@code "1 thread"}
     * @param otherLabel what the other run was
     */
    Optional<String> firstDifference(FolderDigests other, String label, String otherLabel) {
        TreeSet<String> paths = new TreeSet<>(digests.keySet());
        paths.addAll(other.digests.keySet());
        List<String> differing = new ArrayList<>();
        for (String path : paths) {
            if (!Optional.ofNullable(digests.get(path)).equals(Optional.ofNullable(other.digests.get(path)))) {
                differing.add(path);
            }
        }
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        String first = differing.get(0);
        return Optional.of("first differing file: " + first + " (SHA-256 " + describe(digests, first) + " from "
                + label + ", " + describe(other.digests, first) + " from " + otherLabel + "); " + differing.size()
                + " of " + paths.size() + " files differ: " + differing);
    }

    private static String describe(Map<String, String> digests, String path) {
        String d = digests.get(path);
        return d == null ? "absent" : d;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
