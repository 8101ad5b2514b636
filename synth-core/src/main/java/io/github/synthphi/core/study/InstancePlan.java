package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.study.iod.InstanceUids;
import io.github.synthphi.core.study.iod.Timestamps;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one instance sits in the generated corpus and the values that follow from that alone: indexes, UIDs,
 * times, file name. UIDs derive from the seed and the instance's indexes, so any instance's UIDs (and those of
 * the instances it refers to) are known without generating them.
 *
 * @param spec the spec
 * @param patient the patient index, from 0
 * @param study the study index within the patient, from 0
 * @param series the series index within the study, from 0
 * @param instance the instance index within the series, from 0
 */
record InstancePlan(StudySpec spec, int patient, int study, int series, int instance) {

    private static String studyKey(int patient, int study) {
        return "patient/" + patient + "/study/" + study;
    }

    static String studyUid(long seed, int patient, int study) {
        return Uids.generate(seed, studyKey(patient, study) + "/study");
    }

    String seriesKey() {
        return studyKey(patient, study) + "/series/" + series;
    }

    String instanceKey() {
        return seriesKey() + "/instance/" + instance;
    }

    String sopInstanceUid(int index) {
        return Uids.generate(spec.seed(), seriesKey() + "/instance/" + index + "/sop");
    }

    InstanceUids uids() {
        long seed = spec.seed();
        return new InstanceUids(studyUid(seed, patient, study), Uids.generate(seed, seriesKey() + "/series"),
                sopInstanceUid(instance), Uids.generate(seed, seriesKey() + "/frame-of-reference"));
    }

    Optional<String> priorStudyUid() {
        return study == 0 ? Optional.empty() : Optional.of(studyUid(spec.seed(), patient, study - 1));
    }

    /** The instance this one refers to: the one before it in the series, or the one after the first. */
    Optional<Integer> referencedInstance() {
        if (instance > 0) {
            return Optional.of(instance - 1);
        }
        return spec.instancesPerSeries() > 1 ? Optional.of(1) : Optional.empty();
    }

    /** Series a few minutes after the study start, acquisitions seconds apart, content a second later. */
    Timestamps times(Identities ids) {
        LocalDateTime study = ids.study().studyDate().atTime(ids.study().studyTime());
        LocalDateTime seriesTime = study.plusMinutes(2 + 9L * series);
        LocalDateTime acquisition = seriesTime.plusSeconds(5 + 20L * instance);
        return new Timestamps(study, seriesTime, acquisition, acquisition.plusSeconds(1));
    }

    /** The file's path in the fixture folder, with no PHI in it. */
    String relativePath() {
        return String.format(Locale.ROOT, "patient-%04d/study-%02d/series-%02d/instance-%04d.dcm", patient + 1,
                study + 1, series + 1, instance + 1);
    }
}
