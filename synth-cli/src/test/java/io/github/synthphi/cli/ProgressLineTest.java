package io.github.synthphi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void aLineSaysDoneRateAndTimeLeft() {
        assertThat(ProgressLine.line("generated", "instances", 10, 40, 5_000_000_000L)).isEqualTo("generated 10/40 instances, 2.0/s, about 15 s left");
        assertThat(ProgressLine.line("generated", "instances", 10, 4000, 5_000_000_000L))
                .isEqualTo("generated 10/4000 instances, 2.0/s, about 33 min 15 s left");
        assertThat(ProgressLine.line("checked", "instances", 40, 40, 20_000_000_000L)).isEqualTo("checked 40/40 instances, 2.0/s, done in 20.0 s");
    }

    @Test
    void linesComeAtMostOncePerIntervalAndAlwaysAtTheEnd() {
        AtomicLong now = new AtomicLong();
        StringWriter text = new StringWriter();
        ProgressLine p = new ProgressLine("generated", "instances", new PrintWriter(text), now::get, 1_000);
        now.set(500);
        p.instanceDone(1, 4);      // too soon
        now.set(1_000);
        p.instanceDone(2, 4);      // printed
        now.set(1_500);
        p.instanceDone(3, 4);      // too soon
        now.set(1_600);
        p.instanceDone(4, 4);      // the last, always printed
        assertThat(text.toString().lines()).hasSize(2);
        assertThat(text.toString().lines().toList().get(0)).startsWith("generated 2/4 instances");
        assertThat(text.toString().lines().toList().get(1)).startsWith("generated 4/4 instances").contains("done in");
    }
}
