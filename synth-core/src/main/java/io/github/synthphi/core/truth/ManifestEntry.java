package io.github.synthphi.core.truth;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one item of a generation run, as a row of {@code run_manifest.csv}: processed (files
 * written), quarantined (refused by a safety check, no files) or failed (an error, no files), with the reason.
 *
 * <pre>{@code
 * new ManifestEntry("CT-0001", "patient-0001", ManifestEntry.Status.PROCESSED, "", "CT-0001", 120);
 * new ManifestEntry("US-0007", "patient-0003", ManifestEntry.Status.QUARANTINED,
 *         "burn_region_exceeds_image (need 255x105, image is 200x100)", "", 0);
 * }</pre>
 *
 * @param itemId the item: a study, series or multi-frame case, by a stable key
 * @param sourceId the source the item was made from, such as a synthetic patient key
 * @param status what became of the item
 * @param reason why the item was quarantined or failed (not empty then); for a processed item, usually empty
 * @param outputRelpath where its files are, relative to the output folder with {@code /} separators; empty
 *     when none were written
 * @param instances the number of DICOM files written for the item, 0 or more
 */
public record ManifestEntry(String itemId, String sourceId, Status status, String reason, String outputRelpath,
                           int instances) {

    /** What became of an item, written in lower case ({@code processed}, ...). */
    public enum Status {
        /** Its files were written. */
        PROCESSED,
        /** A safety check refused it; no files were written. */
        QUARANTINED,
        /** An error stopped it; no files were written. */
        FAILED;

        /** The name in the file, such as {@code processed}. */
        public String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The status of a name in the file; also reads {@code ok}, the ultrasound pipeline's code for
         * processed.
         */
        public static Optional<Status> of(String csvName) {
            if (csvName.equals("ok")) {
                return Optional.of(PROCESSED);
            }
            for (Status s : values()) {
                if (s.csvName().equals(csvName)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public ManifestEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(outputRelpath, "outputRelpath");
        if (status != Status.PROCESSED && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status.csvName() + " item needs a reason: " + itemId);
        }
        if (instances < 0) {
            throw new IllegalArgumentException("instances cannot be negative: " + instances);
        }
    }
}
