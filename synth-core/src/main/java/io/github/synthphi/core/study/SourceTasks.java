package io.github.synthphi.core.study;

import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.study.source.SourceFolder;
import io.github.synthphi.core.study.source.SourceItem;
import io.github.synthphi.core.study.source.UnusableSource;
import io.github.synthphi.core.truth.ManifestEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Pairs the items of a spec's source folder with its instance slots, in order. */
final class SourceTasks {

    private SourceTasks() {
    }

    /**
     * Adds a task per item that has a slot to {@code tasks}, and a quarantined row per item without a slot and
     * per file that is no source to {@code unassigned}.
     *
     * @param plans every slot, patient by patient, study by study, series by series, instance by instance
     * @param identities the identities of each (patient, study), patient by patient
     */
    static void add(StudySpec spec, Path out, String runId, List<InstancePlan> plans, List<Identities> identities,
                    List<StudyGenerator.InstanceTask> tasks, List<ManifestEntry> unassigned) throws IOException {
        Path root = spec.sources().orElseThrow();
        SourceFolder folder = SourceFolder.scan(root, spec.modality());
        SourceInstanceWriter writer = new SourceInstanceWriter(spec, out, runId, root);
        List<SourceItem> items = folder.items();
        for (int k = 0; k < items.size(); k++) {
            SourceItem item = items.get(k);
            if (k < plans.size()) {
                InstancePlan plan = plans.get(k);
                Identities ids = identities.get(plan.patient() * spec.studiesPerPatient() + plan.study());
                tasks.add(() -> writer.write(plan, ids, item));
            } else {
                unassigned.add(new ManifestEntry("source/" + item.id(), item.id(), ManifestEntry.Status.QUARANTINED,
                        "no_slot: the spec has " + plans.size() + " instance slots (patients x studiesPerPatient x "
                                + "seriesPerStudy x instancesPerSeries) for " + items.size() + " items; build the "
                                + "spec again from the folder or raise instancesPerSeries", "", 0));
            }
        }
        for (UnusableSource u : folder.unusable()) {
            unassigned.add(new ManifestEntry("source/" + u.path(), u.path(), ManifestEntry.Status.QUARANTINED,
                    u.reason(), "", 0));
        }
    }
}
