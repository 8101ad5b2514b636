package io.github.synthphi.core.study.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void countsDigitRunsByValue() {
        List<String> names = new ArrayList<>(List.of("frame_10.jpg", "frame_2.jpg", "frame_1.jpg", "frame_02.jpg",
                "frame_100.jpg", "frame.jpg", "Frame_3.jpg", "frame_99999999999999999999.jpg"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("Frame_3.jpg", "frame.jpg", "frame_1.jpg", "frame_02.jpg", "frame_2.jpg",
                "frame_10.jpg", "frame_100.jpg", "frame_99999999999999999999.jpg");
    }
}
