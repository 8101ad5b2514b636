package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FrameRangesTest {

    @Test
    void writesRunsAsRanges() {
        assertThat(FrameRanges.format(IntStream.range(0, 64).boxed().toList())).isEqualTo("0-63");
        assertThat(FrameRanges.format(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 22, 23, 24, 25)))
                .isEqualTo("0-9,20,22-25");
        assertThat(FrameRanges.format(List.of())).isEmpty();
        assertThat(FrameRanges.format(List.of(5))).isEqualTo("5");
        assertThat(FrameRanges.format(List.of(3, 4))).isEqualTo("3-4");
        assertThat(FrameRanges.format(List.of(1, 3, 5))).isEqualTo("1,3,5");
        assertThat(FrameRanges.format(List.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)))
                .isEqualTo("2147483646-2147483647");
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        Random r = new Random(17);
        for (int i = 0; i < 500; i++) {
            List<Integer> frames = TruthSamples.frames(r);
            assertThat(FrameRanges.parse(FrameRanges.format(frames))).isEqualTo(frames);
        }
        assertThat(FrameRanges.parse("0-63")).hasSize(64).startsWith(0).endsWith(63);
        assertThat(FrameRanges.parse("0-9,20,22-25")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 22, 23, 24, 25);
        assertThat(FrameRanges.parse("")).isEmpty();
        assertThat(FrameRanges.parse(" 3, 4 ,7-8")).containsExactly(3, 4, 7, 8);
        assertThat(FrameRanges.parse("2147483647")).containsExactly(Integer.MAX_VALUE);
    }

    @Test
    void rejectsWhatIsNotAscendingFrameNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.format(List.of(3, 2)))
                .withMessageContaining("ascend");
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.format(List.of(1, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.format(List.of(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("5-3"))
                .withMessageContaining("backwards");
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("0-5,5"))
                .withMessageContaining("ascend");
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("4,2")).withMessageContaining("ascend");
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("-1"))
                .withMessageContaining("'-1' is not a frame number");
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("1,,2"));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("1-"));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("x"));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("\u0661"));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("2147483648"));
        assertThatIllegalArgumentException().isThrownBy(() -> FrameRanges.parse("0-2000000000"))
                .withMessageContaining("more than " + FrameRanges.MAX_FRAMES);
    }
}
