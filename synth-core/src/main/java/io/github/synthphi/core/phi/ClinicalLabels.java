package io.github.synthphi.core.phi;

import io.github.synthphi.core.study.Modality;
import java.util.List;

/**
 * Clinical labels burned into a modality's images (such as {@code B-MODE} or {@code LEFT}): text a
 * de-identifier must leave readable, recorded as {@code pixels_retained}.
 *
 * <pre>{@code
 * List<String> labels = ClinicalLabels.of(Modality.US_CINE);   // [B-MODE, LEFT, C5-2 4.0MHz]
 * }</pre>
 */
public final class ClinicalLabels {

    private ClinicalLabels() {
    }

    /** The labels of {@code modality}. */
    public static List<String> of(Modality modality) {
        return ClinicalText.of(modality).labels();
    }
}
