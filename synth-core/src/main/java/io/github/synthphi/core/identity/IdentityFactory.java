package io.github.synthphi.core.identity;

import java.util.Objects;

/**
 * Makes synthetic identities from a global seed and a locale: the patient of a patient index, and the
 * identifiers, date, care team and device of each study of that patient.
 *
 * <p><b>Determinism.</b> Every value is a function of (global seed, locale, patient index[, study index]) and
 * of the datafaker version (its data files). Each call builds its own {@link java.util.Random} and datafaker
 * {@code Faker} from per-case seeds ({@link Seeds}) and shares neither, so results do not depend on the
 * order of calls, on other patients, on threads, or on the JVM's default locale and time zone; no clock is
 * read. A factory is immutable and safe to share between threads.
 *
 * <p><b>Longitudinal studies.</b> The patient (and their institution and referring physician) depends on the
 * patient index alone, so every study of a patient has the same patient. Each study has its own date (study
 * {@code s} falls {@code 60 s} to {@code 60 s + 59} days after the patient's first-study date, so later studies
 * are later), accession number, study ID, care team and device. Dates: see {@link #MAX_STUDIES_PER_PATIENT}
 * and {@link Ages}.
 *
 * <pre>{@code
 * IdentityFactory factory = new IdentityFactory(42L, IdentityLocale.EN_US);
 * Patient patient = factory.patient(0);                    // "DEID-0001", the same in every study
 * Identities second = factory.identities(0, 1);            // the patient's second study
 * String accession = second.study().accessionNumber();
 * String age = second.patientAge();                        // "047Y", or over 089Y for about 7% of patients
 * }</pre>
 */
public final class IdentityFactory {

    /**
     * The most studies one patient can have (study indexes 0 to 23): with first-study dates in 2015 to 2020
     * and one 60-day slot per study, every study date stays within 2015-01-01 to 2024-12-31.
     */
    public static final int MAX_STUDIES_PER_PATIENT = DateWindow.MAX_STUDIES_PER_PATIENT;

    private final long globalSeed;
    private final IdentityLocale locale;

    /** A factory of the seed and locale. */
    public IdentityFactory(long globalSeed, IdentityLocale locale) {
        this.globalSeed = globalSeed;
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** A factory of the seed in the default locale, en-US. */
    public IdentityFactory(long globalSeed) {
        this(globalSeed, IdentityLocale.DEFAULT);
    }

    /** The global seed. */
    public long globalSeed() {
        return globalSeed;
    }

    /** The locale. */
    public IdentityLocale locale() {
        return locale;
    }

    /** The patient of a 0-based patient index. */
    public Patient patient(int patientIndex) {
        return PatientMaker.make(globalSeed, locale, checkPatient(patientIndex)).patient();
    }

    /** The institution of the patient, the same for all the patient's studies. */
    public Institution institution(int patientIndex) {
        return PatientMaker.make(globalSeed, locale, checkPatient(patientIndex)).institution();
    }

    /** The identifiers and date of study {@code studyIndex} (0-based) of the patient. */
    public StudyIdentity study(int patientIndex, int studyIndex) {
        PatientMaker.Made made = PatientMaker.make(globalSeed, locale, checkPatient(patientIndex));
        return StudyMaker.study(globalSeed, locale, patientIndex, checkStudy(studyIndex), made.baseline());
    }

    /** The care team of the study; its referring physician is the patient's own. */
    public CareTeam careTeam(int patientIndex, int studyIndex) {
        return StudyMaker.careTeam(globalSeed, locale, checkPatient(patientIndex), checkStudy(studyIndex));
    }

    /** The device of the study. */
    public Device device(int patientIndex, int studyIndex) {
        return StudyMaker.device(globalSeed, locale, checkPatient(patientIndex), checkStudy(studyIndex));
    }

    /** Everything identifying about study {@code studyIndex} of patient {@code patientIndex}. */
    public Identities identities(int patientIndex, int studyIndex) {
        PatientMaker.Made made = PatientMaker.make(globalSeed, locale, checkPatient(patientIndex));
        checkStudy(studyIndex);
        return new Identities(patientIndex, studyIndex, made.patient(),
                StudyMaker.study(globalSeed, locale, patientIndex, studyIndex, made.baseline()),
                StudyMaker.careTeam(globalSeed, locale, patientIndex, studyIndex), made.institution(),
                StudyMaker.device(globalSeed, locale, patientIndex, studyIndex));
    }

    @Override
    public String toString() {
        return "IdentityFactory[seed=" + globalSeed + ", locale=" + locale.languageTag() + "]";
    }

    private static int checkPatient(int patientIndex) {
        if (patientIndex < 0) {
            throw new IllegalArgumentException("patientIndex must be 0 or more, not " + patientIndex);
        }
        return patientIndex;
    }

    private static int checkStudy(int studyIndex) {
        if (studyIndex < 0 || studyIndex >= MAX_STUDIES_PER_PATIENT) {
            throw new IllegalArgumentException("studyIndex must be 0 to " + (MAX_STUDIES_PER_PATIENT - 1)
                    + " (the studies of one patient stay within 2015-01-01 to 2024-12-31), not " + studyIndex);
        }
        return studyIndex;
    }
}
