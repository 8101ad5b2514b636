package io.github.synthphi.core.identity;

import io.github.synthphi.core.truth.SafeHarbor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A synthetic patient: every value is fake, made from the global seed and the patient index alone, so all
 * studies of one patient share it.
 *
 * <pre>{@code
 * Patient p = new IdentityFactory(42L, IdentityLocale.EN_US).patient(0);
 * String pn = p.name().toDicom();            // "Kulas^Arlean^Dong^Mrs."
 * String key = p.pseudonymousKey();          // "DEID-0001"
 * List<IdentifyingValue> phi = p.identifyingValues();
 * }</pre>
 *
 * @param pseudonymousKey the stable pseudonym of the identity mapping, {@code DEID-0001} for index 0
 * @param name Patient's Name (0010,0010)
 * @param otherNames Other Patient Names (0010,1001)
 * @param birthName Patient's Birth Name (0010,1005): a maiden family name for women, the name otherwise
 * @param mothersBirthName Patient's Mother's Birth Name (0010,1060)
 * @param mrn the medical record number, Patient ID (0010,0020): 8 digits
 * @param mrnIssuer Issuer of Patient ID (0010,0021): the patient's institution
 * @param otherIds a national ID and an insurance member ID, for Other Patient IDs Sequence (0010,1002)
 * @param birthDate Patient's Birth Date (0010,0030)
 * @param birthTime Patient's Birth Time (0010,0032), whole seconds
 * @param sex Patient's Sex (0010,0040)
 * @param size Patient's Size (0010,1020) in metres, two decimals
 * @param weight Patient's Weight (0010,1030) in kilograms, one decimal
 * @param address Patient's Address (0010,1040) and its parts
 * @param phone Patient's Telephone Numbers (0010,2154), a number reserved for fiction where the locale has
 *     such numbers
 * @param email an address at {@code example.org}, {@code example.com} or {@code example.net} (RFC 2606)
 * @param occupation Occupation (0010,2180), at most 16 characters
 * @param ethnicGroup Ethnic Group (0010,2160), at most 16 characters
 * @param militaryRank Military Rank (0010,1080)
 * @param branchOfService Branch of Service (0010,1081)
 */
public record Patient(String pseudonymousKey, PersonName name, List<PersonName> otherNames, PersonName birthName,
                      PersonName mothersBirthName, String mrn, String mrnIssuer, List<OtherId> otherIds,
                      LocalDate birthDate, LocalTime birthTime, Sex sex, BigDecimal size, BigDecimal weight,
                      Address address, String phone, String email, String occupation, String ethnicGroup,
                      String militaryRank, String branchOfService) {

    public Patient {
        Objects.requireNonNull(pseudonymousKey, "pseudonymousKey");
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        Objects.requireNonNull(birthName, "birthName");
        Objects.requireNonNull(mothersBirthName, "mothersBirthName");
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(mrnIssuer, "mrnIssuer");
        otherIds = List.copyOf(otherIds);
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(birthTime, "birthTime");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(ethnicGroup, "ethnicGroup");
        Objects.requireNonNull(militaryRank, "militaryRank");
        Objects.requireNonNull(branchOfService, "branchOfService");
    }

    /** The pseudonymous key of a 0-based patient index: {@code DEID-} and the 1-based number, 4 digits or more. */
    public static String pseudonymousKey(int patientIndex) {
        if (patientIndex < 0) {
            throw new IllegalArgumentException("patientIndex must be 0 or more, not " + patientIndex);
        }
        return "DEID-" + String.format(Locale.ROOT, "%04d", patientIndex + 1L);
    }

    /**
     * The patient's identifying values, sorted by field: names and their components (A), addresses (B),
     * birth date and time as DICOM DA and TM (C), phone (D), email (F), IDs (G, H, I) and the characteristics
     * the confidentiality profile removes (R, not distinctive). Sex, size and weight identify nobody and are
     * left out; an age over 89 depends on the study and is in {@link Identities#identifyingValues()}.
     */
    public List<IdentifyingValue> identifyingValues() {
        ValueList values = new ValueList()
                .name("patient.name", name)
                .name("patient.birthName", birthName)
                .name("patient.mothersBirthName", mothersBirthName)
                .add("patient.mrn", SafeHarbor.MEDICAL_RECORD_NUMBERS, mrn)
                .add("patient.mrnIssuer", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, mrnIssuer, false)
                .add("patient.birthDate", SafeHarbor.DATES, DicomText.date(birthDate))
                .add("patient.birthTime", SafeHarbor.DATES, DicomText.time(birthTime), false)
                .address("patient.address", address)
                .add("patient.phone", SafeHarbor.TELEPHONE_NUMBERS, phone)
                .add("patient.email", SafeHarbor.EMAIL_ADDRESSES, email)
                .add("patient.occupation", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, occupation, false)
                .add("patient.ethnicGroup", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, ethnicGroup, false)
                .add("patient.militaryRank", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, militaryRank, false)
                .add("patient.branchOfService", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, branchOfService, false);
        for (int i = 0; i < otherNames.size(); i++) {
            values.name("patient.otherNames[" + i + "]", otherNames.get(i));
        }
        for (int i = 0; i < otherIds.size(); i++) {
            OtherId id = otherIds.get(i);
            values.add("patient.otherIds[" + i + "]", id.kind().category(), id.value());
            values.add("patient.otherIds[" + i + "].issuer", SafeHarbor.OTHER_UNIQUE_IDENTIFIERS, id.issuer(), false);
        }
        return values.toList();
    }
}
