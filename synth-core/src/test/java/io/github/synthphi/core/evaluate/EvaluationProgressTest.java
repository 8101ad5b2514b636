package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationProgressTest {

    @TempDir
    Path dir;

    @Test
    void everyFileOfEveryStageIsReportedInOrderAndTheVerdictsDoNotChange() throws Exception {
        StudyFixture fixture = new StudyGenerator().generate(StudySpec.builder(Modality.CT).instancesPerSeries(3)
                .build(), dir.resolve("ct"));
        Path out = dir.resolve("out");
        ReferenceDeidentifiers.deidentify(fixture, Profile.DEFAULT, out, "INSTANCE_DROPPED");
        Files.writeString(out.resolve("notes.txt"), "not DICOM");
        List<String> calls = new ArrayList<>();
        Evaluation withProgress = new Evaluator((stage, done, total) -> calls.add(stage + " " + done + "/" + total))
                .evaluate(DeidOutput.of(fixture, out));
        // three sources; two outputs written plus a file that is no DICOM; three sources checked, one missing
        assertThat(calls).containsExactly("READING_SOURCES 1/3", "READING_SOURCES 2/3", "READING_SOURCES 3/3",
                "READING_OUTPUTS 1/3", "READING_OUTPUTS 2/3", "READING_OUTPUTS 3/3",
                "CHECKING 1/3", "CHECKING 2/3", "CHECKING 3/3");
        assertThat(withProgress.findings()).isEqualTo(new Evaluator().evaluate(DeidOutput.of(fixture, out)).findings());
    }
}
