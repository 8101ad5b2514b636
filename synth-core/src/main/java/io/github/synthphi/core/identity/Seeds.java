package io.github.synthphi.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Per-case seeds: one global seed and a stable case key give the seed of one case, the same on every machine.
 *
 * <p>The formula: {@code caseSeed(g, k)} is the first 8 bytes, read big-endian as a signed {@code long}, of
 * the SHA-256 digest of the UTF-8 bytes of the string {@code g + "|" + k}, where {@code g} is written in
 * decimal as {@link Long#toString(long)} writes it (a minus sign for negative seeds, no grouping). For
 * example {@code caseSeed(42, "patient/1")} hashes {@code "42|patient/1"}, whose digest starts {@code
 * 1103c03aa51213a7}, so the case seed is {@code 0x1103c03aa51213a7L}.
 *
 * <p>The ultrasound synthetic-PHI pipeline hashes the same string but keeps only the first 8 hex digits
 * (32 bits); synth keeps 64 bits. Both are value-keyed: a case's seed depends on its key alone, never on which
 * cases were generated before it.
 *
 * <pre>{@code
 * long patientSeed = Seeds.caseSeed(42L, Seeds.patientKey(0));        // key "patient/0"
 * long studySeed = Seeds.caseSeed(42L, Seeds.studyKey(0, 2));         // key "patient/0/study/2"
 * Random random = new Random(patientSeed);                             // java.util.Random: specified, portable
 * }</pre>
 */
public final class Seeds {

    private Seeds() {
    }

    /** The seed of the case {@code caseKey} under {@code globalSeed}: see the class description. */
    public static long caseSeed(long globalSeed, String caseKey) {
        Objects.requireNonNull(caseKey, "caseKey");
        byte[] digest = sha256((Long.toString(globalSeed) + "|" + caseKey).getBytes(StandardCharsets.UTF_8));
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (digest[i] & 0xFF);
        }
        return seed;
    }

    /** The case key of a patient: {@code patient/<index>}, the index 0-based. */
    public static String patientKey(int patientIndex) {
        requireIndex(patientIndex, "patientIndex");
        return "patient/" + patientIndex;
    }

    /** The case key of one study of a patient: {@code patient/<index>/study/<index>}, both 0-based. */
    public static String studyKey(int patientIndex, int studyIndex) {
        requireIndex(studyIndex, "studyIndex");
        return patientKey(patientIndex) + "/study/" + studyIndex;
    }

    private static void requireIndex(int index, String name) {
        if (index < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, not " + index);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
