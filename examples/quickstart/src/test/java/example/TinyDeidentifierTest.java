package example;

import static io.github.synthphi.assertions.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.junit.SyntheticStudy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinyDeidentifierTest {

    private final TinyDeidentifier deidentifier = new TinyDeidentifier(7L);

    @Test
    void removesEveryHeaderIdentifier(@SyntheticStudy(modality = Modality.US_CINE, frames = 8) StudyFixture study,
                                      @TempDir Path out) throws Exception {
        deidentifier.run(study.directory(), out);

        assertThat(DeidOutput.of(study, out).withProfile(Profile.BASIC))
                .hasNoResidualPhi()
                .hasConsistentlyReplacedUids()
                .hasConsistentPatientPseudonyms()
                .keepsRequiredAttributes()
                .isMissingNoInstances();
    }

    @Test
    void leavesBurnedInTextWhichSynthNamesBoxByBox(@SyntheticStudy(modality = Modality.US_CINE, frames = 8)
                                                  StudyFixture study, @TempDir Path out) throws Exception {
        deidentifier.run(study.directory(), out);

        // TinyDeidentifier never looks at the pixels: claiming Clean Pixel Data (PIX) would be wrong, and synth says where
        assertThatThrownBy(() -> assertThat(DeidOutput.of(study, out).withProfile(Profile.parse("BASIC,PIX")))
                .hasNoBurnedInPhi())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("pixels_hidden")
                .hasMessageContaining("frame");
    }
}
