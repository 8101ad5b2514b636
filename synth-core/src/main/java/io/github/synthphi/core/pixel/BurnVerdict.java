package io.github.synthphi.core.pixel;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether burning is safe, and if not, why: the reason goes into the manifest of the quarantined instance,
 * and nothing is burned.
 *
 * <pre>{@code
 * BurnVerdict verdict = BurnSafety.check(frames, region, lines, phantom.brightnessLimit());
 * if (!verdict.safe()) {
 *     manifest.quarantine(instance, verdict.reason().orElseThrow());
 * }
 * }</pre>
 *
 * @param safe true when every check passed
 * @param reason why not, empty when safe
 */
public record BurnVerdict(boolean safe, Optional<String> reason) {

    private static final BurnVerdict OK = new BurnVerdict(true, Optional.empty());

    public BurnVerdict {
        Objects.requireNonNull(reason, "reason");
        if (safe == reason.isPresent()) {
            throw new IllegalArgumentException(safe ? "a safe verdict has no reason" : "an unsafe verdict needs a "
                    + "reason");
        }
    }

    /** Every check passed. */
    public static BurnVerdict ok() {
        return OK;
    }

    /** A check failed for {@code reason}. */
    public static BurnVerdict quarantined(String reason) {
        return new BurnVerdict(false, Optional.of(Objects.requireNonNull(reason, "reason")));
    }
}
