package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.truth.Action;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every action's rule on present, absent and missing values; expected verdicts written from the rule table. */
class MidiRulesTest {

    private static final Map<String, String> UIDS = Map.of("1.2.3", "2.25.1003");
    private static final Map<String, String> PATIENTS = Map.of("1014584441", "MIDI_1_1_016");

    private final MidiRules rules = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), UIDS, PATIENTS,
            MidiRules.PixelsHidden.REVIEW);

    private static MidiCheck check(Action action, String value, String actionText) {
        return new MidiCheck("0", action, Optional.of("<(0008,0050)>"), Optional.of("<(0008,0050)>"),
                Optional.of("Accession Number"), Optional.ofNullable(value), Optional.ofNullable(actionText),
                Optional.of("Instance"), List.of(), new TreeMap<>());
    }

    private MidiVerdict on(MidiCheck c, String rendered) {
        return rules.check(c, Optional.of(new MidiFile(Map.of("<(0008,0050)>", rendered), Optional.empty())))
                .orElseThrow().verdict();
    }

    private MidiVerdict absent(MidiCheck c) {
        return rules.check(c, Optional.of(new MidiFile(Map.of(), Optional.empty()))).orElseThrow().verdict();
    }

    private MidiVerdict missing(MidiCheck c) {
        return rules.check(c, Optional.empty()).orElseThrow().verdict();
    }

    @Test
    void tagRetained() {
        MidiCheck c = check(Action.TAG_RETAINED, "A1", null);
        assertThat(on(c, "<>")).as("an empty value is fine").isEqualTo(MidiVerdict.PASS);
        assertThat(absent(c)).isEqualTo(MidiVerdict.FAIL);
        assertThat(missing(c)).isEqualTo(MidiVerdict.FAIL);
    }

    @Test
    void textNotNull() {
        MidiCheck c = check(Action.TEXT_NOTNULL, "CT", null);
        assertThat(on(c, "<CT>")).isEqualTo(MidiVerdict.PASS);
        assertThat(on(c, "<>")).isEqualTo(MidiVerdict.FAIL);
        assertThat(absent(c)).isEqualTo(MidiVerdict.FAIL);
        assertThat(missing(c)).isEqualTo(MidiVerdict.FAIL);
    }

    @Test
    void textRetained() {
        MidiCheck c = check(Action.TEXT_RETAINED, "AXIAL 5mm", "AXIAL");
        assertThat(on(c, "<AXIAL>")).isEqualTo(MidiVerdict.PASS);
        assertThat(on(c, "<>")).isEqualTo(MidiVerdict.FAIL);
        assertThat(absent(c)).isEqualTo(MidiVerdict.FAIL);
        assertThat(missing(c)).isEqualTo(MidiVerdict.FAIL);
        assertThat(on(check(Action.TEXT_RETAINED, "AXIAL", null), "<AXIAL>")).as("null action_text")
                .isEqualTo(MidiVerdict.BLANK);
    }

    @Test
    void textRemoved() {
        MidiCheck c = check(Action.TEXT_REMOVED, "ACC123", "ACC123");
        assertThat(on(c, "<ACC123>")).isEqualTo(MidiVerdict.FAIL);
        assertThat(on(c, "<X999>")).isEqualTo(MidiVerdict.PASS);
        assertThat(on(c, "<>")).isEqualTo(MidiVerdict.PASS);
        assertThat(on(c, "<REMOVED>")).isEqualTo(MidiVerdict.PASS);
        assertThat(absent(c)).isEqualTo(MidiVerdict.PASS);
        assertThat(missing(c)).isEqualTo(MidiVerdict.PASS);
        assertThat(on(check(Action.TEXT_REMOVED, "ACC123", null), "<ACC123>")).isEqualTo(MidiVerdict.BLANK);
    }

    @Test
    void dateShiftedIsAPlainSubstringTest() {
        MidiCheck c = check(Action.DATE_SHIFTED, "20180805", "20180805");
        assertThat(on(c, "<20180805>")).isEqualTo(MidiVerdict.FAIL);
        assertThat(on(c, "<20180805120000>")).as("the date inside a DT").isEqualTo(MidiVerdict.FAIL);
        assertThat(on(c, "<20180815>")).isEqualTo(MidiVerdict.PASS);
        assertThat(on(c, "<not a date>")).as("garbage passes").isEqualTo(MidiVerdict.PASS);
        assertThat(on(c, "<>")).as("emptied passes").isEqualTo(MidiVerdict.PASS);
        assertThat(absent(c)).isEqualTo(MidiVerdict.PASS);
        assertThat(missing(c)).isEqualTo(MidiVerdict.PASS);
        assertThat(on(check(Action.DATE_SHIFTED, "Aug", "Aug"), "<AUG>")).as("case-sensitive")
                .isEqualTo(MidiVerdict.PASS);
        assertThat(on(check(Action.DATE_SHIFTED, "20180805\\20180806", "x"), "<2018080520180806>"))
                .as("backslashes removed on both sides").isEqualTo(MidiVerdict.FAIL);
    }

    @Test
    void uidChangedIsAPlainSubstringTest() {
        MidiCheck c = check(Action.UID_CHANGED, "1.2.3", "1.2.3");
        assertThat(on(c, "<1.2.3.4>")).as("a longer UID that contains the old one fails").isEqualTo(MidiVerdict.FAIL);
        assertThat(on(c, "<2.25.9>")).isEqualTo(MidiVerdict.PASS);
        assertThat(absent(c)).isEqualTo(MidiVerdict.PASS);
        assertThat(missing(c)).isEqualTo(MidiVerdict.PASS);
    }

    @Test
    void uidAndPatientIdConsistency() {
        MidiCheck uid = check(Action.UID_CONSISTENT, "1.2.3", "1.2.3");
        assertThat(on(uid, "<2.25.1003>")).isEqualTo(MidiVerdict.PASS);
        assertThat(on(uid, "<2.25.1004>")).isEqualTo(MidiVerdict.FAIL);
        assertThat(on(check(Action.UID_CONSISTENT, "9.9", "9.9"), "<9.9>")).as("unmapped").isEqualTo(MidiVerdict.FAIL);
        assertThat(absent(uid)).as("absent passes").isEqualTo(MidiVerdict.PASS);
        assertThat(missing(uid)).isEqualTo(MidiVerdict.FAIL);
        MidiCheck pat = check(Action.PATID_CONSISTENT, "1014584441", "1014584441");
        assertThat(on(pat, "<MIDI_1_1_016>")).isEqualTo(MidiVerdict.PASS);
        assertThat(on(pat, "<midi_1_1_016>")).as("exact").isEqualTo(MidiVerdict.FAIL);
        assertThat(absent(pat)).isEqualTo(MidiVerdict.PASS);
        assertThat(missing(pat)).isEqualTo(MidiVerdict.FAIL);
    }

    @Test
    void pixelsRetainedComparesTheMd5OfTheRawBytes() {
        MidiCheck c = new MidiCheck("0", Action.PIXELS_RETAINED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("0cc175b9c0f1b6a831c399e269772661"), Optional.empty(), List.of(),
                new TreeMap<>());
        MidiFile same = new MidiFile(Map.of(), Optional.of("0cc175b9c0f1b6a831c399e269772661"));
        MidiFile other = new MidiFile(Map.of(), Optional.of("92eb5ffee6ae2fec3ad71c777531578f"));
        MidiFile none = new MidiFile(Map.of(), Optional.empty());
        assertThat(rules.check(c, Optional.of(same)).orElseThrow().verdict()).isEqualTo(MidiVerdict.PASS);
        assertThat(rules.check(c, Optional.of(other)).orElseThrow().verdict()).isEqualTo(MidiVerdict.FAIL);
        assertThat(rules.check(c, Optional.of(none)).orElseThrow().verdict()).isEqualTo(MidiVerdict.FAIL);
        assertThat(missing(c)).isEqualTo(MidiVerdict.FAIL);
    }

    @Test
    void pixelsHiddenByPolicy() {
        MidiCheck c = new MidiCheck("0", Action.PIXELS_HIDDEN, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("{\"text\": \"DOE\", \"top_left\": [0, 0], \"bottom_right\": [9, 9]}"),
                Optional.empty(), List.of(), new TreeMap<>());
        Optional<MidiFile> file = Optional.of(new MidiFile(Map.of(), Optional.of("x")));
        assertThat(rules.check(c, file).orElseThrow().verdict()).isEqualTo(MidiVerdict.BLANK);
        assertThat(missing(c)).isEqualTo(MidiVerdict.PASS);
        MidiText t = new MidiText(MidiStopWords.NLTK_2025);
        assertThat(new MidiRules(t, UIDS, PATIENTS, MidiRules.PixelsHidden.PASS).check(c, file).orElseThrow()
                .verdict()).isEqualTo(MidiVerdict.PASS);
        assertThat(new MidiRules(t, UIDS, PATIENTS, MidiRules.PixelsHidden.OMIT).check(c, file)).isEmpty();
    }
}
