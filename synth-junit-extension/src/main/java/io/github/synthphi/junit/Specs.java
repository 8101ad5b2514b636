package io.github.synthphi.junit;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Study specs from annotation attributes; every problem is an {@link IllegalArgumentException} naming it. */
final class Specs {

    private Specs() {
    }

    /** The spec {@code annotation} asks for, with {@code seed}. */
    static StudySpec of(SyntheticStudy a, long seed) {
        StudySpec.Builder b = builder(a.modality(), a.frames(), a.rows(), a.columns(), a.transferSyntax(), a.locale())
                .patients(a.patients()).studiesPerPatient(a.studies()).seriesPerStudy(a.series())
                .instancesPerSeries(a.instances()).burnIn(a.burnIn()).burnVariants(Arrays.asList(a.burnVariants()))
                .locations(Arrays.asList(a.locations())).seed(seed);
        return b.build();
    }

    /** The spec of one case of {@code annotation}. */
    static StudySpec of(SyntheticStudies a, Modality modality, long seed) {
        // frames apply to multi-frame modalities only: in a corpus, US stays single-frame next to US_CINE
        int frames = modality.isMultiFrame() ? a.frames() : 0;
        return builder(modality, frames, a.rows(), a.columns(), a.transferSyntax(), a.locale())
                .patients(a.patients()).instancesPerSeries(a.instances()).burnIn(a.burnIn()).seed(seed).build();
    }

    private static StudySpec.Builder builder(Modality requested, int frames, int rows, int columns, String ts,
                                             String locale) {
        Modality modality = requested == Modality.US && frames > 1 ? Modality.US_CINE : requested;
        StudySpec.Builder b = StudySpec.builder(modality);
        if (frames < 0 || rows < 0 || columns < 0) {
            throw new IllegalArgumentException("frames, rows and columns must be 0 (the modality's default) or more, got "
                    + "frames = " + frames + ", rows = " + rows + ", columns = " + columns);
        }
        if (frames > 0) {
            b.frames(frames);
        }
        if (rows > 0 || columns > 0) {
            b.size(columns > 0 ? columns : modality.defaultColumns(), rows > 0 ? rows : modality.defaultRows());
        }
        if (!ts.isBlank()) {
            b.transferSyntax(transferSyntax(ts));
        }
        if (!locale.isBlank()) {
            b.locale(IdentityLocale.forLanguageTag(locale.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "locale '" + locale + "' is not one synth makes identities in; allowed: " + localeTags())));
        }
        return b;
    }

    static TransferSyntax transferSyntax(String text) {
        String wanted = constantName(text);
        List<String> allowed = new ArrayList<>();
        for (TransferSyntax ts : TransferSyntax.writable()) {
            if (ts.uid().equals(text.strip()) || constantName(ts.name()).equals(wanted)) {
                return ts;
            }
            allowed.add(ts.name() + " (" + ts.uid() + ")");
        }
        throw new IllegalArgumentException("transferSyntax '" + text + "' is not one synth writes; allowed, by name or "
                + "UID: " + String.join(", ", allowed));
    }

    private static String constantName(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static String localeTags() {
        List<String> tags = new ArrayList<>();
        for (IdentityLocale l : IdentityLocale.values()) {
            tags.add(l.languageTag());
        }
        return String.join(", ", tags);
    }

    /** A short name of a spec for messages and folder names, such as {@code US_CINE seed 42}. */
    static String shortName(StudySpec spec) {
        return spec.modality().name() + " seed " + spec.seed();
    }
}
