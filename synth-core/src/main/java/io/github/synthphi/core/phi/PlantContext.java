package io.github.synthphi.core.phi;

import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.iod.InstanceUids;
import io.github.synthphi.core.study.iod.PhiAttribute;
import io.github.synthphi.core.study.iod.Timestamps;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything planting needs to know about one instance: who the patient is, where the instance sits in its
 * study, its UIDs and times, the instances it may refer to, and which locations to plant.
 *
 * @param modality the modality
 * @param identities the patient, study, care team, institution and device
 * @param seriesIndex the series within its study, from 0
 * @param instanceIndex the instance within its series, from 0
 * @param uids this instance's study, series, instance and frame of reference UIDs
 * @param times this instance's study, series, acquisition and content times
 * @param sopClassUid this instance's SOP Class UID
 * @param references other instances of the same series this one may refer to (image references)
 * @param priorStudyUid the study before this one of the same patient, for a study reference
 * @param phiAttributes the identity-bearing attributes of the instance's IOD
 * @param locations the locations to plant
 * @param seed a seed for the choices made while planting (which words, which formats)
 */
public record PlantContext(Modality modality, Identities identities, int seriesIndex, int instanceIndex,
                           InstanceUids uids, Timestamps times, String sopClassUid, List<Reference> references,
                           Optional<String> priorStudyUid, List<PhiAttribute> phiAttributes,
                           Set<PlantingLocation> locations, long seed) {

    /**
     * Another instance an instance can refer to.
     *
     * @param sopClassUid its SOP Class UID
     * @param sopInstanceUid its SOP Instance UID
     */
    public record Reference(String sopClassUid, String sopInstanceUid) {
        public Reference {
            Objects.requireNonNull(sopClassUid, "sopClassUid");
            Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        }
    }

    public PlantContext {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(identities, "identities");
        Objects.requireNonNull(uids, "uids");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(sopClassUid, "sopClassUid");
        references = List.copyOf(references);
        Objects.requireNonNull(priorStudyUid, "priorStudyUid");
        phiAttributes = List.copyOf(phiAttributes);
        locations = Set.copyOf(locations);
    }

    /** True when {@code location} is planted. */
    public boolean plants(PlantingLocation location) {
        return locations.contains(location);
    }

    /** The study's date and time. */
    public LocalDateTime studyTime() {
        return times.study();
    }
}
