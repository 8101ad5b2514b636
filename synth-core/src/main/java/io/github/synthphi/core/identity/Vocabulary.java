package io.github.synthphi.core.identity;

import java.util.List;

/**
 * The small word lists synth keeps for each locale, written for synth: values that datafaker does not have
 * in the locale, or has only in forms too long for their DICOM attribute. Every entry fits its VR.
 *
 * @param occupations occupations as male/female pairs {@code "Lehrer|Lehrerin"} or one word for both (SH)
 * @param ethnicGroups ethnic groups (SH)
 * @param branches branches of service; {@code ranks} has the ranks of each, in the same order (LO)
 * @param ranks ranks per branch (LO)
 * @param hospitals institution name patterns with {@code %s} for a town (LO)
 * @param departments clinical departments (LO, joined with a building)
 * @param buildings building patterns with {@code %s} for a family name
 * @param country the country name in the locale's language
 * @param familyNames family names mixed into datafaker's, one draw in eight: for de-DE names with ß (which
 *     datafaker's de data lacks) and umlauts; empty for the other locales
 */
record Vocabulary(List<String> occupations, List<String> ethnicGroups, List<String> branches,
                  List<List<String>> ranks, List<String> hospitals, List<String> departments,
                  List<String> buildings, String country, List<String> familyNames) {

    private static final Vocabulary EN_US = new Vocabulary(
            List.of("Teacher", "Electrician", "Accountant", "Carpenter", "Farmer", "Plumber", "Librarian",
                    "Pharmacist", "Mechanic", "Bus Driver", "Chef", "Firefighter", "Architect", "Welder",
                    "Cashier", "Retired", "Student", "Engineer", "Lawyer", "Baker", "Postal Clerk"),
            List.of("White", "Black", "Asian", "Hispanic", "Native American", "Pacific Islander", "Multiracial"),
            List.of("Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"),
            List.of(List.of("Private First Class", "Specialist", "Corporal", "Sergeant", "Staff Sergeant",
                            "First Lieutenant", "Captain", "Major", "Lieutenant Colonel", "Colonel"),
                    List.of("Seaman", "Petty Officer Third Class", "Petty Officer First Class",
                            "Chief Petty Officer", "Ensign", "Lieutenant", "Lieutenant Commander", "Commander"),
                    List.of("Airman First Class", "Senior Airman", "Staff Sergeant", "Technical Sergeant",
                            "Master Sergeant", "First Lieutenant", "Captain", "Major"),
                    List.of("Lance Corporal", "Corporal", "Sergeant", "Gunnery Sergeant", "First Lieutenant",
                            "Captain", "Major"),
                    List.of("Seaman", "Petty Officer Second Class", "Chief Petty Officer", "Ensign",
                            "Lieutenant", "Commander")),
            List.of("%s General Hospital", "%s Medical Center", "%s Regional Medical Center",
                    "%s Community Hospital", "%s Memorial Hospital"),
            List.of("Diagnostic Imaging", "Radiology", "Cardiology", "Women's Imaging", "Emergency Medicine"),
            List.of("%s Wing", "%s Pavilion", "%s Building"),
            "USA",
            List.of());

    private static final Vocabulary DE_DE = new Vocabulary(
            List.of("Lehrer|Lehrerin", "Elektriker|Elektrikerin", "Buchhalter|Buchhalterin",
                    "Schreiner|Schreinerin", "Landwirt|Landwirtin", "Installateur|Installateurin",
                    "Apotheker|Apothekerin", "Mechaniker|Mechanikerin", "Busfahrer|Busfahrerin", "Koch|Köchin",
                    "Architekt|Architektin", "Schweißer|Schweißerin", "Rentner|Rentnerin",
                    "Student|Studentin", "Ingenieur|Ingenieurin", "Bäcker|Bäckerin", "Friseur|Friseurin"),
            List.of("Europäisch", "Asiatisch", "Afrikanisch", "Nahöstlich", "Südamerikanisch"),
            List.of("Heer", "Luftwaffe", "Marine", "Sanitätsdienst"),
            List.of(List.of("Gefreiter", "Obergefreiter", "Unteroffizier", "Feldwebel", "Hauptfeldwebel",
                            "Leutnant", "Oberleutnant", "Hauptmann", "Major", "Oberstleutnant"),
                    List.of("Gefreiter", "Stabsunteroffizier", "Oberfeldwebel", "Leutnant", "Hauptmann",
                            "Major", "Oberst"),
                    List.of("Matrose", "Maat", "Bootsmann", "Leutnant zur See", "Kapitänleutnant",
                            "Korvettenkapitän", "Fregattenkapitän"),
                    List.of("Sanitätssoldat", "Stabsarzt", "Oberstabsarzt", "Oberfeldarzt", "Oberstarzt")),
            List.of("Klinikum %s", "Städtisches Krankenhaus %s", "Kreiskrankenhaus %s", "Krankenhaus %s",
                    "Universitätsklinikum %s"),
            List.of("Radiologie", "Kardiologie", "Nuklearmedizin", "Frauenklinik", "Notaufnahme"),
            List.of("Haus %s", "%s-Bau", "%s-Pavillon"),
            "Deutschland",
            List.of("Strauß", "Weiß", "Groß", "Voß", "Preuß", "Meißner", "Nußbaum", "Weißmann", "Großkopf", "Heß",
                    "Süß", "Kießling", "Fleißner", "Gießler", "Roßbach", "Müßig", "Schüßler", "Größer", "Möller",
                    "Schröder", "Jäger", "Köhler", "Günther", "Schäfer", "Krüger", "Böhm", "Wöhrle", "Dürr"));

    private static final Vocabulary JA_JP = new Vocabulary(
            List.of("会社員", "教員", "農業", "公務員", "自営業", "学生", "調理師", "建築士", "薬剤師", "運転手",
                    "年金生活", "技術者", "販売員", "美容師"),
            List.of("日本人", "アジア系"),
            List.of("陸上自衛隊", "海上自衛隊", "航空自衛隊"),
            List.of(List.of("陸士長", "三等陸曹", "一等陸曹", "二等陸尉", "一等陸尉", "三等陸佐", "二等陸佐"),
                    List.of("海士長", "三等海曹", "一等海曹", "二等海尉", "一等海尉", "三等海佐", "二等海佐"),
                    List.of("空士長", "三等空曹", "一等空曹", "二等空尉", "一等空尉", "三等空佐", "二等空佐")),
            List.of("%s総合病院", "%s市民病院", "%s中央病院", "%s医療センター", "%s記念病院"),
            List.of("放射線科", "循環器内科", "産婦人科", "核医学科", "救急科"),
            List.of("%s記念棟", "%s館"),
            "日本",
            List.of());

    /** Japanese words that encode cleanly in ISO 2022 IR 87 (see {@link IdentityLocale#canEncode}). */
    private static final Vocabulary JA_JP_ENCODABLE = new Vocabulary(encodable(JA_JP.occupations()),
            encodable(JA_JP.ethnicGroups()), encodable(JA_JP.branches()),
            JA_JP.ranks().stream().map(Vocabulary::encodable).toList(), JA_JP.hospitals(), JA_JP.departments(),
            JA_JP.buildings(), JA_JP.country(), JA_JP.familyNames());

    private static List<String> encodable(List<String> words) {
        List<String> out = words.stream().filter(IdentityLocale.JA_JP::canEncode).toList();
        if (out.isEmpty()) {
            throw new IllegalStateException("no word of " + words + " encodes cleanly in ISO 2022 IR 87");
        }
        return out;
    }

    /** The list of a locale. */
    static Vocabulary of(IdentityLocale locale) {
        return switch (locale) {
            case EN_US -> EN_US;
            case DE_DE -> DE_DE;
            case JA_JP -> JA_JP_ENCODABLE;
        };
    }

    /** The occupation of an entry for a sex: the female form of a {@code male|female} pair for women. */
    static String occupation(String entry, Sex sex) {
        int bar = entry.indexOf('|');
        if (bar < 0) {
            return entry;
        }
        return sex == Sex.FEMALE ? entry.substring(bar + 1) : entry.substring(0, bar);
    }
}
