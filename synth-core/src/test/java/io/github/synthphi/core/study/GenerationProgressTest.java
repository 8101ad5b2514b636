package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationProgressTest {

    @TempDir
    Path dir;

    @Test
    void everyInstanceIsReportedOnceWithTheTotalAndTheFilesDoNotChange() throws Exception {
        StudySpec spec = StudySpec.builder(Modality.CT).patients(2).instancesPerSeries(3).size(64, 64).seed(5).build();
        ConcurrentLinkedQueue<int[]> calls = new ConcurrentLinkedQueue<>();
        StudyFixture withProgress = new StudyGenerator(2)
                .withProgress((done, total) -> calls.add(new int[] {done, total}))
                .generate(spec, dir.resolve("a"));
        StudyFixture without = new StudyGenerator(1).generate(spec, dir.resolve("b"));

        assertThat(calls).hasSize(6);
        assertThat(calls.stream().mapToInt(c -> c[1]).distinct().boxed().toList()).containsExactly(6);
        assertThat(calls.stream().map(c -> c[0]).sorted().toList()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(FolderDigests.of(withProgress.directory()).digests())
                .isEqualTo(FolderDigests.of(without.directory()).digests());
    }

    @Test
    void aSingleThreadReportsInOrder() throws Exception {
        StudySpec spec = StudySpec.builder(Modality.MR).instancesPerSeries(4).size(32, 32).build();
        List<Integer> done = new ArrayList<>();
        new StudyGenerator().withProgress((d, t) -> done.add(d)).generate(spec, dir.resolve("mr"));
        assertThat(done).containsExactly(1, 2, 3, 4);
    }
}
