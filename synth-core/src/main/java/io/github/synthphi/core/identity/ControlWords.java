package io.github.synthphi.core.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Words a name component must not be: the clinical and technical words synth's studies contain where no PHI
 * is (modality codes, body parts, image types, month names in free text) and common words that are also
 * first names (Can, May, Will, Ray). A name component equal to one of them, compared upper-case with
 * diacritics folded as the evaluator compares, would make a clean output look leaky; such a draw is
 * replaced by the next one.
 */
final class ControlWords {

    private static final Set<String> WORDS = Set.of(
            // modalities, image types, study structure, synth's own words
            "US", "CT", "MR", "MRI", "CR", "DX", "MG", "OT", "PT", "NM", "XA", "SC", "ECHO", "DOPPLER", "ORIGINAL",
            "DERIVED", "PRIMARY", "SECONDARY", "AXIAL", "LOCALIZER", "SYNTH", "SYNTHETIC", "DEID", "ANONYMOUS",
            "PATIENT", "STUDY", "SERIES", "IMAGE", "FRAME", "PHANTOM", "TEST", "NONE", "UNKNOWN", "OTHER",
            // body parts and findings
            "HEAD", "NECK", "CHEST", "ABDOMEN", "PELVIS", "SPINE", "KNEE", "HAND", "FOOT", "HIP", "LUNG", "LIVER",
            "HEART", "KIDNEY", "BRAIN", "BREAST", "BONE", "SKULL", "LEFT", "RIGHT", "NORMAL", "CONTRAST", "RAY",
            "XRAY", "SCAN", "MASS", "CYST", "LESION", "FLUID", "BLOOD",
            // month names (English, German) that are also names, and common words that are first names
            "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "MAI", "JUNI", "JULI", "JANUAR", "MARCH", "MARZ", "MARS",
            "CAN", "WILL", "BILL", "MARK", "GRANT", "HOPE", "FAITH", "JOY", "DAWN", "SUMMER", "WINTER", "ART",
            "CHASE", "GUY", "PAT", "REED", "LONG", "SHORT", "HART", "ROSE", "IVY", "SKY", "STORM", "AI", "BO",
            "DO", "MD", "RN", "RT", "DR", "MRS", "MS", "MISS", "JR", "SR", "II", "III", "IV", "V", "VI",
            // two-letter first and family names of datafaker's data that are English or German words or
            // abbreviations of free text (In, So, My, Ok, Ed, Ja, Da ...)
            "IN", "AN", "SO", "UN", "MY", "OK", "MA", "PA", "HA", "NU", "TA", "TU", "LE", "JA", "DA", "DE", "NE",
            "CO", "ED", "TO", "AT", "ON", "OR", "IS", "IT", "NO", "UND", "DER", "DIE", "DAS", "THE", "AND");

    private ControlWords() {
    }

    /** True when {@code value} is a control word, ignoring case, diacritics and a final period. */
    static boolean collides(String value) {
        return WORDS.contains(fold(value));
    }

    /** Upper case with diacritics removed ({@code Müller} becomes {@code MULLER}, {@code ß} becomes {@code SS}). */
    static String fold(String value) {
        String stripped = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        String decomposed = Normalizer.normalize(stripped.replace("ß", "ss"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }
}
