package io.github.synthphi.core.study.source;

import io.github.synthphi.core.study.Modality;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of sources listed deterministically: the items that become instances, and the files that cannot be
 * sources at all.
 *
 * <p>Every regular file under the folder is listed by its relative path with {@code /} separators, sorted by
 * the path's UTF-8 bytes, except what macOS archives add: {@code __MACOSX} folders and {@code ._*} files, which
 * are ignored as the ultrasound pipeline ignores them. A file is
 * <ul>
 *   <li>DICOM when it has {@code DICM} at byte 128, or its name ends with {@code .dcm} or {@code .dicom};</li>
 *   <li>an image when it starts with the PNG signature or a JPEG SOI marker ({@code FF D8 FF}), or its name
 *       ends with {@code .png}, {@code .jpg} or {@code .jpeg} (case ignored);</li>
 *   <li>otherwise unusable, with the reason {@value #NOT_A_SOURCE}.</li>
 * </ul>
 * Each DICOM file is one item. For a multi-frame modality ({@link Modality#US_CINE}) the images of one folder
 * are one {@linkplain SourceItem.Kind#CINE cine}, frames in {@linkplain NaturalOrder natural order}; for the
 * other modalities each image is one item. Items are sorted by their id (a file's path, a cine's folder).
 * Whether an item's pixels can be used is only known when it is loaded ({@link SourceLoader}).
 *
 * <pre>{@code
 * SourceFolder folder = SourceFolder.scan(Path.of("src/test/resources/pocus"), Modality.US_CINE);
 * int instances = folder.items().size();
 * String cacheKey = SourceFolder.fingerprint(Path.of("src/test/resources/pocus"));
 * }</pre>
 *
 * @param root the folder
 * @param items the items, sorted by id
 * @param unusable the files that are no source, in path order
 */
public record SourceFolder(Path root, List<SourceItem> items, List<UnusableSource> unusable) {

    /** The reason given for a file that is neither an image nor DICOM. */
    public static final String NOT_A_SOURCE = "not an image or DICOM file";

    private static final Comparator<String> BY_UTF8 = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private enum FileType { DICOM, IMAGE, OTHER }

    public SourceFolder {
        Objects.requireNonNull(root, "root");
        items = List.copyOf(items);
        unusable = List.copyOf(unusable);
    }

    /**
     * Lists the items of {@code root} for {@code modality}.
     *
     * @throws IOException when {@code root} is not a folder or cannot be listed
     */
    public static SourceFolder scan(Path root, Modality modality) throws IOException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(modality, "modality");
        Map<String, List<String>> cines = new TreeMap<>(BY_UTF8);
        List<SourceItem> items = new ArrayList<>();
        List<UnusableSource> unusable = new ArrayList<>();
        for (String rel : files(root)) {
            FileType type = classify(root.resolve(rel), rel);
            if (type == FileType.DICOM) {
                items.add(new SourceItem(rel, SourceItem.Kind.DICOM, List.of(rel)));
            } else if (type == FileType.IMAGE && modality.isMultiFrame()) {
                cines.computeIfAbsent(parent(rel), k -> new ArrayList<>()).add(rel);
            } else if (type == FileType.IMAGE) {
                items.add(new SourceItem(rel, SourceItem.Kind.IMAGE, List.of(rel)));
            } else {
                unusable.add(new UnusableSource(rel, NOT_A_SOURCE));
            }
        }
        for (Map.Entry<String, List<String>> cine : cines.entrySet()) {
            List<String> frames = new ArrayList<>(cine.getValue());
            frames.sort(Comparator.comparing(SourceFolder::name, NaturalOrder.INSTANCE));
            items.add(new SourceItem(cine.getKey(), SourceItem.Kind.CINE, frames));
        }
        items.sort(Comparator.comparing(SourceItem::id, BY_UTF8));
        return new SourceFolder(root, items, unusable);
    }

    /**
     * The SHA-256, in lower-case hexadecimal, of the files that {@link #scan} looks at: for each file in path
     * order, its relative path in UTF-8, a zero byte, its length as 8 bytes big-endian, and its bytes. Equal
     * fingerprints mean equal sources, so a build tool can use it (with the spec's canonical form) as a cache
     * key.
     *
     * @throws IOException when {@code root} is not a folder or a file cannot be read
     */
    public static String fingerprint(Path root) throws IOException {
        Objects.requireNonNull(root, "root");
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        for (String rel : files(root)) {
            Path file = root.resolve(rel);
            sha.update(rel.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(8).putLong(Files.size(file)).array());
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every regular file under {@code root} that is not ignored, relative, {@code /}-separated, UTF-8 sorted. */
    static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder; sources must be a folder of DICOM, PNG or JPEG files");
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/");
                if (!ignored(rel)) {
                    out.add(rel);
                }
            });
        }
        out.sort(BY_UTF8);
        return out;
    }

    /** True for what macOS archives add: anything under {@code __MACOSX}, and {@code ._*} files. */
    static boolean ignored(String rel) {
        for (String segment : rel.split("/")) {
            if (segment.equals("__MACOSX")) {
                return true;
            }
        }
        return name(rel).startsWith("._");
    }

    private static FileType classify(Path file, String rel) {
        byte[] head = head(file);
        if (head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
            return FileType.DICOM;
        }
        if (startsWith(head, PNG_SIGNATURE) || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return FileType.IMAGE;
        }
        String lower = name(rel).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".dcm") || lower.endsWith(".dicom")) {
            return FileType.DICOM;
        }
        if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return FileType.IMAGE;
        }
        return FileType.OTHER;
    }

    /** The first 132 bytes, or fewer; none when the file cannot be read (loading it then says why). */
    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(132);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    static String name(String rel) {
        return rel.substring(rel.lastIndexOf('/') + 1);
    }

    private static String parent(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "." : rel.substring(0, slash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
