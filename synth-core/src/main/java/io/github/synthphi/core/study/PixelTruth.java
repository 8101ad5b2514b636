package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.phi.Plantings;
import io.github.synthphi.core.pixel.BurnedLine;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PhiOverlay;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.SafeHarbor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ground truth of the lines burned into one instance: an answer-key entry per line (PHI hidden, labels
 * retained) and a {@code phi_overlays.csv} row per line.
 *
 * @param entries the answer-key entries, in line order
 * @param overlays the overlay rows, in line order
 */
record PixelTruth(List<AnswerKeyEntry> entries, List<PhiOverlay> overlays) {

    PixelTruth {
        entries = List.copyOf(entries);
        overlays = List.copyOf(overlays);
    }

    /**
     * The truth of {@code burned} in the instance {@code sop}, whose planted header is {@code ds}.
     *
     * @param sourceId what the instance was made from, for the overlay rows
     */
    static PixelTruth of(List<BurnedLine> burned, Dataset ds, String sop, String sourceId, String relPath, int rows,
                         int columns, long seed, String runId) {
        Plantings pixels = new Plantings(sop);
        List<PhiOverlay> overlays = new ArrayList<>();
        for (BurnedLine line : burned) {
            PixelRegion region = new PixelRegion(line.text(), line.font(), line.scale(), line.originX(), line.originY(),
                    line.inkBox(), line.frames(), line.ink().first());
            Optional<SafeHarbor> category = category(line.mirrors());
            pixels.pixels(region, line.isPhi() ? Action.PIXELS_HIDDEN : Action.PIXELS_RETAINED,
                    value(ds, line), category, line.mirrors());
            overlays.add(new PhiOverlay(sop, sop, sourceId, relPath, rows, columns,
                    line.isPhi() ? "banner" : "label", line.isPhi() ? line.mirrors() : "clinical_label",
                    line.isPhi() ? value(ds, line) : "", line.text(), line.inkBox(),
                    line.mirrors().isEmpty() ? "" : tagOf(line.mirrors()),
                    seed, InstanceWriter.PIPELINE_VERSION, runId, line.frames()));
        }
        return new PixelTruth(pixels.entries(), overlays);
    }

    /** The header value a burned line shows, as planted. */
    private static String value(Dataset ds, BurnedLine line) {
        if (line.mirrors().isEmpty()) {
            return line.text();
        }
        return Dictionary.standard().tagOf(line.mirrors())
                .flatMap(t -> ds.getStrings(t).stream().findFirst()).orElse(line.text());
    }

    private static String tagOf(String keyword) {
        return Dictionary.standard().tagOf(keyword).map(t -> t + " " + keyword).orElse(keyword);
    }

    private static Optional<SafeHarbor> category(String keyword) {
        switch (keyword) {
            case "PatientName":
            case "ReferringPhysicianName":
            case "OperatorsName":
                return Optional.of(SafeHarbor.NAMES);
            case "PatientID":
                return Optional.of(SafeHarbor.MEDICAL_RECORD_NUMBERS);
            case "PatientBirthDate":
            case "StudyDate":
                return Optional.of(SafeHarbor.DATES);
            case "AccessionNumber":
                return Optional.of(SafeHarbor.OTHER_UNIQUE_IDENTIFIERS);
            default:
                return Optional.empty();
        }
    }
}
