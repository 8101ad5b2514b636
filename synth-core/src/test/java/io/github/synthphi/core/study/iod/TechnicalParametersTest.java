package io.github.synthphi.core.study.iod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.study.Modality;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TechnicalParametersTest {

    @ParameterizedTest
    @EnumSource(Modality.class)
    void defaultsFollowTheModality(Modality m) {
        TechnicalParameters p = IodFixtures.builder(m).build();
        assertThat(p.rows()).isEqualTo(m.defaultRows());
        assertThat(p.columns()).isEqualTo(m.defaultColumns());
        assertThat(p.frames()).isEqualTo(m.defaultFrames());
        assertThat(p.bitsAllocated()).isEqualTo(m.bitsAllocated());
        assertThat(p.bitsStored()).isEqualTo(m.bitsAllocated() == 16 ? 12 : 8);
        assertThat(p.photometricInterpretation()).isEqualTo(m.photometricInterpretation());
        assertThat(p.samplesPerPixel()).isEqualTo(m.samplesPerPixel());
        assertThat(p.pixelRepresentation()).isEqualTo(m == Modality.CT ? 1 : 0);
        assertThat(p.frameTimeMillis()).isEqualTo(TechnicalParameters.DEFAULT_FRAME_TIME_MILLIS);
        assertThat(p.seriesNumber()).isEqualTo(1);
        assertThat(p.instanceNumber()).isEqualTo(1);
        assertThat(p.lossyCompressed()).isFalse();
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void pixelDataLengthCountsEverySample() {
        TechnicalParameters p = IodFixtures.builder(Modality.US_CINE).frames(4).build();
        assertThat(p.pixelDataLength()).isEqualTo(640L * 480 * 3 * 4);
        assertThat(IodFixtures.builder(Modality.CT).build().pixelDataLength()).isEqualTo(512L * 512 * 2);
    }

    @Test
    void rejectsWhatTheIodDoesNotAllow() {
        assertThatThrownBy(() -> IodFixtures.builder(Modality.CT).frames(2).build())
                .hasMessageContaining("single-frame");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.CT).photometricInterpretation("RGB").build())
                .hasMessageContaining("grayscale");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.MR).bits(8, 8).build())
                .hasMessageContaining("16 bits");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.US).bits(16, 16).build())
                .hasMessageContaining("RGB needs 8");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.DX).photometricInterpretation("PALETTE COLOR").build())
                .hasMessageContaining("MONOCHROME1, MONOCHROME2 or RGB");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.DX).bits(16, 17).build())
                .hasMessageContaining("bitsStored");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.DX).bits(12, 12).build())
                .hasMessageContaining("bitsAllocated");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.US_CINE).frameTimeMillis(0).build())
                .hasMessageContaining("frameTimeMillis");
        assertThat(IodFixtures.builder(Modality.US).size(100, 100).build().ultrasoundRegion().fitsIn(100, 100))
                .as("the default region follows the size").isTrue();
        assertThatThrownBy(() -> IodFixtures.builder(Modality.US).size(100, 100)
                .ultrasoundRegion(new UltrasoundRegion(0, 10, 100, 99)).build())
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.SC).numbers(-1, 1).build())
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> IodFixtures.builder(Modality.SC).size(0, 10).build())
                .hasMessageContaining("rows and columns");
    }

    @Test
    void regionsConvertFromAndToBoxes() {
        UltrasoundRegion r = UltrasoundRegion.of(new Box(64, 60, 512, 400));
        assertThat(r).isEqualTo(new UltrasoundRegion(64, 60, 575, 459));
        assertThat(r.toBox()).isEqualTo(new Box(64, 60, 512, 400));
        assertThat(r.fitsIn(576, 460)).isTrue();
        assertThat(r.fitsIn(575, 460)).isFalse();
        assertThatThrownBy(() -> UltrasoundRegion.of(new Box(0, 0, 0, 5))).hasMessageContaining("empty");
        assertThatThrownBy(() -> new UltrasoundRegion(5, 0, 4, 0)).hasMessageContaining("x0 <= x1");
    }

    @Test
    void timestampsFormatAsDicomValues() {
        LocalDateTime t = LocalDateTime.of(2024, 1, 31, 9, 5, 7);
        assertThat(Timestamps.da(t)).isEqualTo("20240131");
        assertThat(Timestamps.tm(t)).isEqualTo("090507");
        assertThat(Timestamps.tm(t.withNano(250_000_000))).isEqualTo("090507.250000");
        assertThat(Timestamps.dt(t)).isEqualTo("20240131090507");
        assertThat(Timestamps.at(t).content()).isEqualTo(t);
    }

    @Test
    void uidsAreDerivedAndChecked() {
        InstanceUids a = InstanceUids.derive(1L, "x");
        assertThat(a).isEqualTo(InstanceUids.derive(1L, "x")).isNotEqualTo(InstanceUids.derive(2L, "x"));
        assertThat(Set.of(a.study(), a.series(), a.sopInstance(), a.frameOfReference())).hasSize(4);
        assertThatThrownBy(() -> new InstanceUids("1.2", "1.02", "1.3", "1.4")).hasMessageContaining("series");
    }
}
