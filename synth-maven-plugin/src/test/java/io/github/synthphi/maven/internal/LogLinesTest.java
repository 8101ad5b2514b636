package io.github.synthphi.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    @Test
    void bytesInPowersOfAThousand() {
        assertThat(LogLines.bytes(999)).isEqualTo("999 B");
        assertThat(LogLines.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(LogLines.bytes(1_234_567)).isEqualTo("1.2 MB");
        assertThat(LogLines.bytes(5_000_000_000L)).isEqualTo("5.0 GB");
    }

    @Test
    void theGenerationLineCountsAndSaysWhy() {
        FixtureSet.Outcome o = new FixtureSet.Outcome(Path.of("out"), true, "it was missing", List.of("ct", "mr"), 1,
                2048, 3);

        assertThat(LogLines.generation(o, 1_500_000_000L)).startsWith("synth: generated 2 studies (ct, mr) into ")
                .endsWith(": 1 instance, 2.0 kB, 3 quarantined, in 1.50 s; why: it was missing");
    }

    @Test
    void percentOfNothingIsAll() {
        assertThat(LogLines.percent(0, 0)).isEqualTo("100.00%");
        assertThat(LogLines.percent(1, 3)).isEqualTo("33.33%");
    }
}
