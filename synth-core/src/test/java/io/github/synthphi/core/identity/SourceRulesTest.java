package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The identity sources never call what breaks determinism: the clock, datafaker's date helpers, unseeded
 * randomness, the default locale or time zone, or formatting and case mapping without an explicit locale.
 */
class SourceRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/synthphi/core/identity");

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\.now\\("), Pattern.compile("currentTimeMillis"), Pattern.compile("nanoTime"),
            Pattern.compile("\\.date\\(\\)"), Pattern.compile("timeAndDate\\(\\)"), Pattern.compile("birthday\\("),
            Pattern.compile("new Faker\\(\\)"), Pattern.compile("new Faker\\([^,()]*\\)"),
            Pattern.compile("new Random\\(\\)"), Pattern.compile("ThreadLocalRandom"), Pattern.compile("Math\\.random"),
            Pattern.compile("SecureRandom"), Pattern.compile("nextGaussian"), Pattern.compile("Locale\\.getDefault"),
            Pattern.compile("TimeZone\\.getDefault"), Pattern.compile("systemDefault"), Pattern.compile("HashMap"),
            Pattern.compile("HashSet"), Pattern.compile("to(Upper|Lower)Case\\(\\)"),
            Pattern.compile("String\\.format\\((?!Locale\\.ROOT)"), Pattern.compile("\\.formatted\\("));

    @Test
    void noDeterminismBreakingCalls() throws IOException {
        assertThat(SOURCES).as("run from the synth-core module folder").isDirectory();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
                        continue;   // javadoc and comments may name what is forbidden
                    }
                    for (Pattern p : FORBIDDEN) {
                        Matcher m = p.matcher(line);
                        if (m.find()) {
                            offences.add(file.getFileName() + ":" + (i + 1) + " " + p + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        List<String> bad = List.of("LocalDate.now()", "new Faker()", "new Faker(new Random())",
                "String.format(\"%d\", x)", "s.toUpperCase()", "faker.date().birthday()");
        for (String line : bad) {
            assertThat(FORBIDDEN.stream().anyMatch(p -> p.matcher(line).find())).as(line).isTrue();
        }
        assertThat(FORBIDDEN.stream().anyMatch(p -> p.matcher("new Faker(locale.locale(), random)").find())).isFalse();
        assertThat(FORBIDDEN.stream().anyMatch(p -> p.matcher("String.format(Locale.ROOT, \"%d\", x)").find())).isFalse();
    }
}
