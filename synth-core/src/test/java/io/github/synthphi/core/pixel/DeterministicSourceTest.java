package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pixels must be the same on every JDK: the main code of the package draws randomness only from its own
 * generator and takes transcendental functions only from StrictMath, whose results the specification fixes
 * (Math's may differ between JVMs and processors).
 */
class DeterministicSourceTest {

    private static final Pattern MATH_VARIES = Pattern.compile(
            "(?<!Strict)Math\\.(sin|cos|tan|asin|acos|atan|atan2|exp|expm1|log|log10|log1p|pow|cbrt|hypot|sinh|cosh"
                    + "|tanh|random)\\(");
    private static final Pattern LIBRARY_RANDOM = Pattern.compile(
            "java\\.util\\.(Random|SplittableRandom|concurrent\\.ThreadLocalRandom)|new Random\\(|System\\."
                    + "(nanoTime|currentTimeMillis)|new HashMap|new HashSet");

    @Test
    void mainSourcesAvoidFunctionsWhoseResultsVary() throws IOException {
        Path dir = Path.of("src", "main", "java", "io", "github", "synthphi", "core", "pixel");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            assertThat(MATH_VARIES.matcher(text).find()).as("%s uses a Math function that may vary", source.getFileName())
                    .isFalse();
            assertThat(LIBRARY_RANDOM.matcher(text).find()).as("%s uses a library generator, a clock or a hash order",
                    source.getFileName()).isFalse();
        }
    }
}
