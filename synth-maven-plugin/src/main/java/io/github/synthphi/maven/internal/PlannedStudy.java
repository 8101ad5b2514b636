package io.github.synthphi.maven.internal;

import io.github.synthphi.core.study.StudySpec;
import java.util.Objects;

/**
 * A study the {@code generate-fixtures} goal will generate: the sub-folder's name and the resolved spec.
 *
 * @param name the sub-folder of the output folder
 * @param spec what to generate, with the effective seed
 */
public record PlannedStudy(String name, StudySpec spec) {
    public PlannedStudy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
    }
}
