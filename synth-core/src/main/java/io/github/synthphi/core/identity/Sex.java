package io.github.synthphi.core.identity;

/**
 * The sex of a patient with its code in Patient's Sex (0010,0040).
 *
 * <pre>{@code
 * String code = patient.sex().code();   // "F"
 * }</pre>
 */
public enum Sex {
    /** Female, {@code F}. */
    FEMALE("F"),
    /** Male, {@code M}. */
    MALE("M"),
    /** Other, {@code O}. */
    OTHER("O");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The DICOM code: {@code F}, {@code M} or {@code O}. */
    public String code() {
        return code;
    }
}
