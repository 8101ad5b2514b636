package io.github.synthphi.core.study;

import io.github.synthphi.core.study.source.SourceFolder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The source folder of a spec: its text in the canonical form, and the count of instances it sizes. */
final class SpecSources {

    private SpecSources() {
    }

    /**
     * The path as canonical-form text: {@code /} separators, and {@code %}, {@code ;}, line feed and carriage
     * return escaped as {@code %25}, {@code %3B}, {@code %0A}, {@code %0D} (the form separates fields with
     * {@code ;} and the fixture marker is line based).
     */
    static String text(Path folder) {
        String s = folder.toString();
        if (File.separatorChar == '\\') {
            s = s.replace('\\', '/');
        }
        return s.replace("%", "%25").replace(";", "%3B").replace("\n", "%0A").replace("\r", "%0D");
    }

    /** The path of {@link #text} output. */
    static Path parse(String text) {
        return Path.of(text.replace("%0D", "\r").replace("%0A", "\n").replace("%3B", ";").replace("%25", "%"));
    }

    /**
     * The instances per series that give every item of {@code folder} a slot: {@code ceil(items / series)},
     * where {@code series} is the number of series of the spec.
     *
     * @throws IllegalArgumentException when the folder does not exist, cannot be listed or has no item
     */
    static int instancesPerSeries(Path folder, Modality modality, long series) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("sources " + folder + " is not an existing folder; give a folder of "
                    + "DICOM, PNG or JPEG files");
        }
        SourceFolder scanned;
        try {
            scanned = SourceFolder.scan(folder, modality);
        } catch (IOException e) {
            throw new IllegalArgumentException("sources " + folder + " cannot be listed: " + e.getMessage(), e);
        }
        int items = scanned.items().size();
        if (items == 0) {
            throw new IllegalArgumentException("sources " + folder + " has no DICOM, PNG or JPEG file ("
                    + scanned.unusable().size() + " other file(s)); give a folder of sources");
        }
        return (int) Math.min(Integer.MAX_VALUE, (items + series - 1) / series);
    }
}
