package io.github.synthphi.core.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Uids;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uids.generate is 2.25. and the decimal of Python's uuid.uuid5 for synth's namespace and "seed/key". */
class UidsMatchPythonUuid5IT {

    private static final long[] SEEDS = {0, 1, 7, 42, -1, 20240131, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final List<String> KEYS = List.of("study/1", "series/3", "instance/12345", "sop", "",
            "synth implementation class", "Müller^Anna", "山田/花子", "key with\ttab and \\ backslash",
            "x".repeat(300));

    @Test
    void generatedUidsAreTheDecimalOfPythonsUuid5(@TempDir Path dir) throws Exception {
        Path python = ExternalTools.requirePython();
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (long seed : SEEDS) {
            for (String key : KEYS) {
                String hex = HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
                input.append(seed).append('\t').append(hex).append('\n');
                expected.add(seed + "\t" + hex + "\t" + Uids.generate(seed, key).substring(Uids.UUID_ROOT.length()));
            }
        }
        Path in = Files.writeString(dir.resolve("keys.txt"), input, StandardCharsets.US_ASCII);
        Path script = ExternalTools.copyResource(dir, "uuid5.py");

        ToolResult r = ExternalTools.runOk(dir, List.of(python.toString(), script.toString(), in.toString()));

        assertThat(r.stdout().lines().filter(l -> !l.isBlank()).toList()).containsExactlyElementsOf(expected);
        assertThat(Uids.IMPLEMENTATION_CLASS_UID).isEqualTo(Uids.generate(0, "synth implementation class"));
    }
}
