package io.github.synthphi.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the fixtures of the {@code generate-fixtures} goal were made from, written as {@value #FILE_NAME} into
 * the output folder after a successful run, and what they came out as.
 *
 * <p>Format 1, UTF-8, one item a line, {@code \n} line ends:
 * <pre>
 * synth-maven-plugin fingerprint 1
 * plugin 0.1.0
 * code synth-core-0.1.0-SNAPSHOT.jar 3f5e...        (only for a -SNAPSHOT plugin: SHA-256 of its jars)
 * study ct modality=CT;patients=2;...;seed=-4212...  (StudySpec.cacheKey(), one line a study, by name)
 * marker ct 9ac1...                                  (SHA-256 of ct/synth-fixture.txt)
 * </pre>
 * The lines before the markers are the inputs: the resolved configuration of every study (its canonical form,
 * which holds the effective seed, and the SHA-256 of its sources if it has some), the plugin's version and, for
 * a snapshot, its code. The number of threads is not an input: the files do not depend on it. A fingerprint of
 * another format, or none, means the fixtures are regenerated.
 */
public final class Fingerprint {

    /** The file's name in the output folder. */
    public static final String FILE_NAME = "synth-fingerprint.txt";
    /** The first line of a fingerprint of this format. */
    static final String FORMAT = "synth-maven-plugin fingerprint 1";

    /**
     * A fingerprint read back from a file.
     *
     * @param inputs the input lines
     * @param markers the SHA-256 of each study's marker, by study name
     */
    public record Stored(List<String> inputs, Map<String, String> markers) {
        public Stored {
            inputs = List.copyOf(inputs);
            markers = java.util.Collections.unmodifiableMap(new TreeMap<>(markers));
        }
    }

    private final List<String> inputs;

    private Fingerprint(List<String> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /**
     * The fingerprint of the inputs.
     *
     * @param pluginVersion the plugin's version
     * @param code the plugin's jars to hash, when its version is a snapshot: a rebuilt snapshot regenerates
     * @param studies the studies
     * @throws IOException when a jar or a study's sources cannot be read
     */
    public static Fingerprint of(String pluginVersion, List<Path> code, List<PlannedStudy> studies)
            throws IOException {
        return of(pluginVersion, code, studies, true);
    }

    /**
     * The fingerprint of the inputs, with whether each study also gets {@code answer-key.db}.
     *
     * @param midiKey whether the MIDI answer-key database is written beside {@code answer-key.csv}
     * @throws IOException when a jar or a study's sources cannot be read
     */
    public static Fingerprint of(String pluginVersion, List<Path> code, List<PlannedStudy> studies, boolean midiKey)
            throws IOException {
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        List<String> lines = new ArrayList<>();
        lines.add("plugin " + pluginVersion);
        lines.add("midi-key " + midiKey);
        if (pluginVersion.endsWith("-SNAPSHOT")) {
            Map<String, String> jars = new TreeMap<>();
            for (Path jar : code) {
                if (Files.isRegularFile(jar)) {
                    jars.put(jar.getFileName().toString(), Hashes.sha256(jar));
                }
            }
            jars.forEach((name, sha) -> lines.add("code " + name + " " + sha));
        }
        Map<String, String> byName = new TreeMap<>();
        for (PlannedStudy s : studies) {
            byName.put(s.name(), s.spec().cacheKey());
        }
        byName.forEach((name, key) -> lines.add("study " + name + " " + key));
        return new Fingerprint(lines);
    }

    /** The input lines, after the format line. */
    public List<String> inputs() {
        return inputs;
    }

    /** The file's text with the SHA-256 of each study's marker. */
    public String text(Map<String, String> markers) {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        inputs.forEach(l -> sb.append(l).append('\n'));
        new TreeMap<>(markers).forEach((name, sha) -> sb.append("marker ").append(name).append(' ').append(sha)
                .append('\n'));
        return sb.toString();
    }

    /**
     * Reads a fingerprint file.
     *
     * @return empty when there is none or it is of another format
     * @throws IOException when it exists and cannot be read
     */
    public static Optional<Stored> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            return Optional.empty();
        }
        List<String> inputs = new ArrayList<>();
        Map<String, String> markers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("marker ")) {
                String[] f = line.split(" ", 3);
                if (f.length == 3) {
                    markers.put(f[1], f[2]);
                }
            } else {
                inputs.add(line);
            }
        }
        return Optional.of(new Stored(inputs, markers));
    }

    /**
     * How the inputs differ from those of {@code stored}, in words, such as {@code study ct changed: seed=1 ->
     * seed=2}; empty when they are the same.
     */
    public Optional<String> difference(Stored stored) {
        if (stored.inputs().equals(inputs)) {
            return Optional.empty();
        }
        Map<String, String> before = keyed(stored.inputs());
        Map<String, String> now = keyed(inputs);
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                changes.add(e.getKey() + " is new");
            } else if (!old.equals(e.getValue())) {
                changes.add(e.getKey() + " changed" + fieldChange(old, e.getValue()));
            }
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                changes.add(key + " is gone");
            }
        }
        return Optional.of(changes.isEmpty() ? "the inputs changed" : String.join("; ", changes));
    }

    /** Lines by their key: {@code plugin}, {@code code NAME}, {@code study NAME}. */
    private static Map<String, String> keyed(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split(" ", 3);
            if (f[0].equals("plugin") && f.length >= 2) {
                out.put("plugin version", line.substring("plugin ".length()));
            } else if (f.length == 3) {
                out.put(f[0] + " " + f[1], f[2]);
            } else {
                out.put(line, line);
            }
        }
        return out;
    }

    /** The first field of {@code a;b;c} that differs: {@code : seed=1 -> seed=2}; empty for a single value. */
    private static String fieldChange(String before, String now) {
        String[] b = before.split(";");
        String[] n = now.split(";");
        if (b.length == 1 && n.length == 1) {
            return before.length() <= 40 && now.length() <= 40 ? " (" + before + " -> " + now + ")" : "";
        }
        for (int i = 0; i < Math.max(b.length, n.length); i++) {
            String x = i < b.length ? b[i] : "";
            String y = i < n.length ? n[i] : "";
            if (!x.equals(y)) {
                return ": " + (x.isEmpty() ? "(none)" : x) + " -> " + (y.isEmpty() ? "(none)" : y);
            }
        }
        return "";
    }
}
