package io.github.synthphi.core.identity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

/**
 * Makes the patient of one patient index, with its institution and first-study date. Every group of fields
 * draws from its own stream of the case {@code patient/<index>}: {@code sex}, {@code dates}, {@code names},
 * {@code institution}, {@code ids}, {@code insurer}, {@code body}, {@code address}, {@code contact}, {@code
 * social} (and {@code referring}, drawn by {@link StudyMaker}).
 */
final class PatientMaker {

    /** The patient with what the studies of the patient need. */
    record Made(Patient patient, Institution institution, LocalDate baseline) {
    }

    private PatientMaker() {
    }

    static Made make(long globalSeed, IdentityLocale locale, int patientIndex) {
        Streams streams = new Streams(globalSeed, Seeds.patientKey(patientIndex), locale);
        Sex sex = sex(streams.random("sex"));

        Random dates = streams.random("dates");
        LocalDate baseline = DateWindow.baseline(dates);
        int age = DateWindow.age(dates);
        LocalDate birthDate = DateWindow.birthDate(dates, baseline, age);
        LocalTime birthTime = DateWindow.birthTime(dates);

        Names names = new Names(streams, "names");
        PatientNames pn = PatientNames.draw(names, sex);

        Institution institution = new Places(locale, streams.faker("institution"), streams.random("institution#own"))
                .institution();

        Random ids = streams.random("ids");
        String mrn = Streams.between(ids, 1, 9) + Streams.digits(ids, 7);
        NamePart insurerName = new Names(streams, "insurer").family();
        List<OtherId> otherIds = List.of(
                new OtherId(OtherId.Kind.NATIONAL_ID,
                        Contacts.nationalId(ids, locale, birthDate, pn.birth().family(), sex),
                        Contacts.nationalIdIssuer(locale)),
                new OtherId(OtherId.Kind.INSURANCE_MEMBER_ID, Contacts.insuranceMemberId(ids, locale),
                        Contacts.insurer(ids, locale, locale == IdentityLocale.JA_JP
                                ? insurerName.ideographic() : insurerName.alphabetic())));

        Body body = Body.draw(streams.random("body"), sex, age);
        Address address = new Places(locale, streams.faker("address"), streams.random("address#own")).address();

        Random contact = streams.random("contact");
        String phone = Contacts.phone(contact, locale);
        String email = Contacts.email(contact, pn.name());

        Random social = streams.random("social");
        Vocabulary words = Vocabulary.of(locale);
        String occupation = Vocabulary.occupation(Streams.pick(social, words.occupations()), sex);
        String ethnicGroup = Streams.pick(social, words.ethnicGroups());
        int branch = social.nextInt(words.branches().size());
        String rank = Streams.pick(social, words.ranks().get(branch));

        Patient patient = new Patient(Patient.pseudonymousKey(patientIndex), pn.name(), List.of(pn.other()),
                pn.birth(), pn.mothersBirth(), mrn, institution.name(), otherIds, birthDate, birthTime, sex,
                body.size(), body.weight(), address, phone, email, occupation, ethnicGroup, rank,
                words.branches().get(branch));
        return new Made(patient, institution, baseline);
    }

    private static Sex sex(Random random) {
        int r = random.nextInt(100);
        return r < 50 ? Sex.FEMALE : r < 99 ? Sex.MALE : Sex.OTHER;
    }

    /** Patient's size and weight: adults by sex around 1.76 m and 1.63 m, children by age; weight from a BMI. */
    record Body(BigDecimal size, BigDecimal weight) {

        static Body draw(Random random, Sex sex, int age) {
            double z = Streams.normal(random);
            double size;
            if (age < 18) {
                size = 0.75 + 0.055 * age + 0.05 * z;
            } else {
                double mean = switch (sex) {
                    case MALE -> 1.76;
                    case FEMALE -> 1.63;
                    case OTHER -> 1.70;
                };
                size = mean + 0.07 * z - (age >= 80 ? 0.03 : 0.0);
            }
            double bmi = age < 18 ? 15.5 + 0.3 * age + 1.5 * Streams.normal(random)
                    : 25.5 + 4.0 * Streams.normal(random);
            BigDecimal s = BigDecimal.valueOf(size).setScale(2, RoundingMode.HALF_UP);
            BigDecimal w = BigDecimal.valueOf(bmi * size * size).setScale(1, RoundingMode.HALF_UP);
            return new Body(s, w);
        }
    }
}
