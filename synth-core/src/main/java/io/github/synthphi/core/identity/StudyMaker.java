package io.github.synthphi.core.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes what belongs to one study: its identifiers and date (stream {@code study} of the case {@code
 * patient/<p>/study/<s>}), its care team (one stream per role) and its device (stream {@code device}). The
 * referring physician is the patient's: stream {@code referring} of the case {@code patient/<p>}.
 */
final class StudyMaker {

    private StudyMaker() {
    }

    static StudyIdentity study(long globalSeed, IdentityLocale locale, int patientIndex, int studyIndex,
                               LocalDate baseline) {
        Random random = studyStreams(globalSeed, locale, patientIndex, studyIndex).random("study");
        LocalDate date = DateWindow.studyDate(random, baseline, studyIndex);
        String accession = String.format(Locale.ROOT, "A%02d", date.getYear() % 100) + Streams.digits(random, 7);
        String studyId = "S" + Streams.digits(random, 7);
        return new StudyIdentity(accession, studyId, date, DateWindow.studyTime(random));
    }

    static CareTeam careTeam(long globalSeed, IdentityLocale locale, int patientIndex, int studyIndex) {
        Streams patient = new Streams(globalSeed, Seeds.patientKey(patientIndex), locale);
        Streams study = studyStreams(globalSeed, locale, patientIndex, studyIndex);
        Person referring = physician(new Names(patient, "referring"));
        Person performing = physician(new Names(study, "performing"));
        Person reading = physician(new Names(study, "reading"));
        Person requesting = physician(new Names(study, "requesting"));
        Names ofRecordNames = new Names(study, "ofRecord");
        List<Person> ofRecord = new ArrayList<>();
        int count = 1 + ofRecordNames.random().nextInt(2);
        for (int i = 0; i < count; i++) {
            ofRecord.add(physician(ofRecordNames));
        }
        Names operatorNames = new Names(study, "operators");
        List<Person> operators = new ArrayList<>();
        count = 1 + operatorNames.random().nextInt(2);
        for (int i = 0; i < count; i++) {
            operators.add(operator(operatorNames));
        }
        return new CareTeam(referring, performing, reading, requesting, ofRecord, operators);
    }

    static Device device(long globalSeed, IdentityLocale locale, int patientIndex, int studyIndex) {
        Random random = studyStreams(globalSeed, locale, patientIndex, studyIndex).random("device");
        String station = Streams.letters(random, 3) + Streams.digits(random, 5);
        String serial = Streams.letters(random, 3) + Streams.digits(random, 6);
        String gtin = Gs1.gtin14("0952" + Streams.digits(random, 9));
        LocalDate made = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5 * 365));
        String udi = Gs1.udi(gtin, made, serial);
        return new Device(station, serial, gtin, made, udi);
    }

    /**
     * A physician: en-US {@code Dr.} and {@code MD} (one in ten {@code DO}); de-DE {@code Dr. med.} (one in
     * five {@code Prof. Dr. med.}); ja-JP no prefix or suffix. ID {@code D} and 6 digits.
     */
    private static Person physician(Names names) {
        Random random = names.random();
        Sex sex = names.staffSex();
        String prefix = switch (names.locale()) {
            case EN_US -> "Dr.";
            case DE_DE -> random.nextInt(5) == 0 ? "Prof. Dr. med." : "Dr. med.";
            case JA_JP -> "";
        };
        String suffix = names.locale() == IdentityLocale.EN_US ? (random.nextInt(10) == 0 ? "DO" : "MD") : "";
        PersonName name = names.person(sex, false, prefix, suffix);
        return new Person(name, "D" + Streams.digits(random, 6), Contacts.phone(random, names.locale()));
    }

    /** An operator (technologist): no prefix or suffix, ID {@code T} and 6 digits. */
    private static Person operator(Names names) {
        Random random = names.random();
        PersonName name = names.person(names.staffSex(), false, "", "");
        return new Person(name, "T" + Streams.digits(random, 6), Contacts.phone(random, names.locale()));
    }

    private static Streams studyStreams(long globalSeed, IdentityLocale locale, int patientIndex, int studyIndex) {
        return new Streams(globalSeed, Seeds.studyKey(patientIndex, studyIndex), locale);
    }
}
