package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rendering must give the same pixels everywhere and work headless, so the main code never touches AWT. */
class NoAwtTest {

    @Test
    void mainSourcesOfThePixelPackageDoNotUseAwt() throws IOException {
        Path dir = Path.of("src", "main", "java", "io", "github", "synthphi", "core", "pixel");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            assertThat(Files.readString(source, StandardCharsets.UTF_8)).as("%s", source.getFileName())
                    .doesNotContain("java.awt").doesNotContain("javax.imageio");
        }
    }
}
