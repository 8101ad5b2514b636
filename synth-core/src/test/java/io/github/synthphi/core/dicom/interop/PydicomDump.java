package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code pydicom_dump.py} printed about one file.
 *
 * @param meta the file meta information as pydicom read it
 * @param dataset the data set without Pixel Data
 * @param pixelShape the shape of pydicom's pixel_array, comma-separated, or empty
 * @param pixelSha256 the SHA-256 of pixel_array's samples as little-endian int64, or empty
 * @param pixelProblem why pixel_array failed, or empty
 * @param warnings the warnings pydicom logged while reading
 */
record PydicomDump(Listing meta, Listing dataset, String pixelShape, String pixelSha256, Optional<String> pixelProblem,
                   List<String> warnings) {

    /** Parses the printout for {@code files} files. */
    static List<PydicomDump> parse(String printout, int files) {
        List<Map<String, Listing.Entry>> metas = new ArrayList<>();
        List<Map<String, Listing.Entry>> datasets = new ArrayList<>();
        String[] shapes = new String[files];
        String[] hashes = new String[files];
        String[] problems = new String[files];
        List<List<String>> warnings = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            metas.add(new LinkedHashMap<>());
            datasets.add(new LinkedHashMap<>());
            warnings.add(new ArrayList<>());
        }
        for (String line : printout.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int i = Integer.parseInt(f[1]);
            switch (f[0]) {
                case "meta" -> metas.get(i).put(f[2], new Listing.Entry(f[3], utf8(f[4])));
                case "elem" -> datasets.get(i).put(f[2], new Listing.Entry(f[3], utf8(f[4])));
                case "pixels" -> {
                    shapes[i] = f[2];
                    hashes[i] = f[3];
                }
                case "nopixels" -> problems[i] = utf8(f[2]);
                case "warning" -> warnings.get(i).add(utf8(f[2]));
                default -> throw new AssertionError("unexpected line from pydicom_dump.py: " + line);
            }
        }
        List<PydicomDump> out = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            assertThat(datasets.get(i)).as("pydicom printed nothing for file %d:\n%s", i, printout).isNotEmpty();
            out.add(new PydicomDump(new Listing(metas.get(i)), new Listing(datasets.get(i)),
                    shapes[i] == null ? "" : shapes[i], hashes[i] == null ? "" : hashes[i],
                    Optional.ofNullable(problems[i]), List.copyOf(warnings.get(i))));
        }
        return out;
    }

    private static String utf8(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }
}
