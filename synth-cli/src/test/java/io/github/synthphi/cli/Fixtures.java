package io.github.synthphi.cli;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.io.IOException;
import java.nio.file.Path;

/** Small studies for the command tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Two CT patients with two 512x512 instances each, every planting location, burned-in text. */
    static StudyFixture ct(Path dir) throws IOException {
        StudySpec spec = StudySpec.builder(Modality.CT).patients(2).instancesPerSeries(2).seed(3)
                .build();
        return new StudyGenerator(2).generate(spec, dir);
    }
}
