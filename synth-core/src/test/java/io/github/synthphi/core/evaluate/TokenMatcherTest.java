package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.truth.SafeHarbor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenMatcherTest {

    private static final Optional<SafeHarbor> NAMES = Optional.of(SafeHarbor.NAMES);

    private static List<String> found(List<PlantedToken> tokens, String text, boolean names) {
        List<String> out = new ArrayList<>();
        new TokenMatcher(tokens).find(text, names).forEach(m -> out.add(m.token().text()));
        return out;
    }

    @Test
    void foldsCaseAndDiacriticsAndKnowsGermanSpelling() {
        assertThat(TextFolding.fold("Müller-Weiß")).isEqualTo("MULLER-WEISS");
        assertThat(TextFolding.transliterate("Müller")).isEqualTo("MUELLER");
        List<PlantedToken> tokens = TokenRules.text("Müller^Jürgen", NAMES, "PatientName");
        assertThat(found(tokens, "MULLER J", true)).containsExactly("MULLER");
        assertThat(found(tokens, "report by mueller, juergen", true)).containsExactly("MUELLER", "JUERGEN");
        assertThat(found(tokens, "Mullerton Road", true)).as("whole words only").isEmpty();
    }

    @Test
    void aFamilyNameLeftAloneStillLeaks() {
        // MIDI's check passes when only one component of FAMILY^GIVEN was removed; token search does not
        List<PlantedToken> tokens = TokenRules.text("SANCHEZ^TIMOTHY", NAMES, "PatientName");
        assertThat(found(tokens, "SANCHEZ", true)).containsExactly("SANCHEZ");
        assertThat(found(tokens, "^TIMOTHY", true)).containsExactly("TIMOTHY");
    }

    @Test
    void shortNamesAreSearchedOnlyInNamesAndFreeText() {
        List<PlantedToken> tokens = TokenRules.text("Li^Ng", NAMES, "PatientName");
        assertThat(found(tokens, "LI", true)).containsExactly("LI");
        assertThat(found(tokens, "LI", false)).isEmpty();
        assertThat(found(tokens, "OLIVER", true)).isEmpty();
    }

    @Test
    void stateCodesAreSearchedUnlikeMidiStopWords() {
        // OR, IN and ME are NLTK stop words that MIDI never checks; as planted words they are searched here
        List<PlantedToken> tokens = TokenRules.text("Portland^OR", Optional.of(SafeHarbor.GEOGRAPHIC_SUBDIVISIONS),
                "PatientAddress");
        assertThat(found(tokens, "Lives in Portland, OR", true)).containsExactly("PORTLAND", "OR");
    }

    @Test
    void theStateOfAnAddressIsARegionTokenEvenWhenItIsACommonWord() {
        // IN is a stop word (and in COMMON), but as the state of an address it is searched where it was planted
        List<PlantedToken> tokens = TokenRules.text("2062 Stracke Knolls, Jackieport, IN 21873",
                Optional.of(SafeHarbor.GEOGRAPHIC_SUBDIVISIONS), "PatientAddress");
        assertThat(tokens).filteredOn(t -> t.kind() == PlantedToken.Kind.REGION).extracting(PlantedToken::text)
                .containsExactly("IN");
        assertThat(found(tokens, "IN", true)).containsExactly("IN");
        assertThat(found(tokens, "IN", false)).as("like short words, only in names and free text").isEmpty();
        assertThat(TokenRules.text("Admitted in Jackieport", NAMES, "x")).extracting(PlantedToken::text)
                .as("outside an address, in stays a common word").containsExactly("ADMITTED", "JACKIEPORT");
    }

    @Test
    void theNewOfATownNameIsNoTokenButTheRestIs() {
        // seen in a de-identifier's method text "allow-list, new UIDs" reported as a leak of the institution
        List<PlantedToken> tokens = TokenRules.text("New Giuseppeside General Hospital",
                Optional.of(SafeHarbor.NAMES), "InstitutionName");
        assertThat(tokens).extracting(PlantedToken::text).containsExactly("GIUSEPPESIDE");
        assertThat(found(tokens, "allow-list, new UIDs", false)).isEmpty();
        assertThat(found(tokens, "Giuseppeside", false)).containsExactly("GIUSEPPESIDE");
    }

    @Test
    void commonWordsSexCodesAndYearsAloneAreNotSearched() {
        assertThat(TokenRules.text("Dr. Smith, Jr.", NAMES, "x")).extracting(PlantedToken::text).containsExactly("SMITH");
        assertThat(TokenRules.text("F", Optional.empty(), "PatientSex")).isEmpty();
        assertThat(TokenRules.text("1958", Optional.empty(), "x")).isEmpty();
        assertThat(TokenRules.text("North Plains Medical Center", Optional.empty(), "x"))
                .extracting(PlantedToken::text).containsExactly("NORTH", "PLAINS");
    }

    @Test
    void numbersAreWholeAndFoundInsideIds() {
        List<PlantedToken> tokens = TokenRules.text("MRN 42101976", Optional.of(SafeHarbor.MEDICAL_RECORD_NUMBERS),
                "ImageComments");
        assertThat(tokens).extracting(PlantedToken::text).containsExactly("42101976");
        assertThat(found(tokens, "ID: X42101976Y", false)).containsExactly("42101976");
        assertThat(found(tokens, "142101976", false)).isEmpty();
        assertThat(found(TokenRules.text("A161662504", Optional.empty(), "AccessionNumber"), "161662504", false))
                .containsExactly("161662504");
    }

    @Test
    void datesAreFoundInEveryRendering() {
        List<PlantedToken> tokens = TokenRules.date(LocalDate.of(1958, 2, 14), "19580214",
                Optional.of(SafeHarbor.DATES), "PatientBirthDate");
        for (String text : List.of("19580214", "DOB 1958-02-14", "02/14/1958", "14.02.1958", "14-Feb-1958",
                "Feb 14, 1958", "14/02/1958", "2/14/1958")) {
            assertThat(found(tokens, text, false)).as(text).isNotEmpty();
        }
        assertThat(found(tokens, "119580214", false)).isEmpty();
        assertThat(found(tokens, "19580215", false)).isEmpty();
    }

    @Test
    void datesWrittenInTextAreTokensToo() {
        List<PlantedToken> tokens = TokenRules.text("born 02/14/1958", Optional.of(SafeHarbor.DATES), "History");
        assertThat(found(tokens, "19580214", false)).isNotEmpty();
        assertThat(DateRenderings.parseAll("03/04/2020")).containsExactly(LocalDate.of(2020, 3, 4),
                LocalDate.of(2020, 4, 3));
    }

    @Test
    void uidsAreMatchedWhole() {
        List<PlantedToken> tokens = TokenRules.uid("1.2.3.4", Optional.empty(), "StudyInstanceUID");
        assertThat(found(tokens, "ref 1.2.3.4", false)).containsExactly("1.2.3.4");
        assertThat(found(tokens, "1.2.3.45", false)).isEmpty();
        assertThat(found(tokens, "11.2.3.4", false)).isEmpty();
    }

    @Test
    void unspacedScriptsAreFoundAnywhere() {
        List<PlantedToken> tokens = TokenRules.text("Yamada^Tarou=山田^太郎=やまだ^たろう", NAMES, "PatientName");
        assertThat(tokens).extracting(PlantedToken::text).contains("YAMADA", "TAROU", "山田", "太郎");
        assertThat(found(tokens, "患者山田太郎様", true)).contains("山田", "太郎");
    }
}
