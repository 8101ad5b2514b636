package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.pixel.Box;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerKeyCsvTest {

    private static final String HEADER = "sop_instance_uid,scope,tag_ds,tag_name,value,action,action_text,category,"
            + "keyword,vr,safe_harbor,basic_profile_action,location,bbox_x,bbox_y,bbox_w,bbox_h,frames,rendered_text,"
            + "font,scale,origin_x,origin_y,ink_value";

    private static final String GOOD = "2.25.1,Instance,\"<(0010,0010)>\",Patient's Name,DOE^JANE,text_removed,DOE,"
            + "HIPAA-A,PatientName,PN,A,Z,patient-module,,,,,,,,,,,";

    @TempDir
    Path dir;

    static AnswerKeyEntry patientName(String sop, String value, Action action, String actionText) {
        return new AnswerKeyEntry(sop, Scope.INSTANCE, Optional.of(TagPath.of(Tags.PatientName)), "Patient's Name",
                value, action, actionText, "HIPAA-A", "PatientName", "PN", Optional.of(SafeHarbor.NAMES), "Z",
                "patient-module", Optional.empty());
    }

    static AnswerKeyEntry banner(String sop, String text, List<Integer> frames) {
        PixelRegion region = new PixelRegion(text, "synth-small", 2, 8, 6, new Box(8, 8, 52, 7), frames, 255);
        return new AnswerKeyEntry(sop, Scope.INSTANCE, Optional.empty(), "", text, Action.PIXELS_HIDDEN, text,
                "HIPAA-A", "", "", Optional.of(SafeHarbor.NAMES), "", "burned-in", Optional.of(region));
    }

    private static String write(AnswerKey key) throws IOException {
        StringWriter out = new StringWriter();
        AnswerKeyCsv.write(key, out);
        return out.toString();
    }

    private static AnswerKey read(String csv) throws IOException {
        return AnswerKeyCsv.read(new StringReader(csv), "answer-key.csv");
    }

    @Test
    void readsBackAnEqualKeyWithNastyValuesThroughAFile() throws IOException {
        AnswerKey key = AnswerKey.of(TruthSamples.entries(7, 800));
        Path file = dir.resolve(AnswerKeyCsv.FILE_NAME);
        AnswerKeyCsv.write(key, file);
        AnswerKey again = AnswerKeyCsv.read(file);
        assertThat(again.entries()).containsExactlyElementsOf(key.entries());
        assertThat(again).isEqualTo(key);
    }

    @Test
    void readsBackAnEqualKeyThroughWriterAndReader() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            AnswerKey key = AnswerKey.of(TruthSamples.entries(seed, 60));
            assertThat(read(write(key))).isEqualTo(key);
        }
    }

    @Test
    void writesTheColumnsOfTheIssueInOrder() throws IOException {
        String csv = write(AnswerKey.empty());
        assertThat(csv).isEqualTo(HEADER + "\n");
        assertThat(String.join(",", AnswerKeyCsv.COLUMNS)).isEqualTo(HEADER);
        assertThat(read(csv)).isEqualTo(AnswerKey.empty());
    }

    @Test
    void writesMidiNamesPlainValuesAndMidiJsonForHiddenPixels() throws IOException {
        AnswerKey key = AnswerKey.of(List.of(patientName("2.25.9", "DOE^JANE", Action.TEXT_REMOVED, "DOE"),
                banner("2.25.9", "DOE, JANE", List.of(0, 1, 2, 3, 7, 9, 10))));
        assertThat(write(key)).isEqualTo(HEADER + "\n"
                + "2.25.9,Instance,\"<(0010,0010)>\",Patient's Name,DOE^JANE,text_removed,DOE,HIPAA-A,PatientName,"
                + "PN,A,Z,patient-module,,,,,,,,,,,\n"
                + "2.25.9,Instance,,,\"DOE, JANE\",pixels_hidden,"
                + "\"{\"\"text\"\": \"\"DOE, JANE\"\", \"\"top_left\"\": [8, 8], \"\"bottom_right\"\": [60, 15]}\","
                + "HIPAA-A,,,A,,burned-in,8,8,52,7,\"0-3,7,9-10\",\"DOE, JANE\",synth-small,2,8,6,255\n");
    }

    @Test
    void givesBracketedTextsOneMoreWrapperSoTheyReadBackExactly() throws IOException {
        AnswerKey key = AnswerKey.of(List.of(patientName("2.25.1", "<REMOVED>", Action.TEXT_RETAINED, "<>")));
        String csv = write(key);
        assertThat(csv).contains(",<<REMOVED>>,text_retained,<<>>,");
        assertThat(read(csv)).isEqualTo(key);
    }

    @Test
    void readsAKeyWithMidiWrappedValues() throws IOException {
        String csv = HEADER + "\n<2.25.1>,<Instance>,\"<(0010,0010)>\",<Patient's Name>,<DOE^JANE>,<text_removed>,"
                + "<DOE>,<HIPAA-A>,PatientName,PN,A,Z,patient-module,,,,,,,,,,,\n";
        assertThat(read(csv).entries())
                .containsExactly(patientName("2.25.1", "DOE^JANE", Action.TEXT_REMOVED, "DOE"));
    }

    @Test
    void readsCrlfABomAndBlankLines() throws IOException {
        AnswerKey key = AnswerKey.of(List.of(patientName("2.25.1", "DOE^JANE", Action.TEXT_REMOVED, "DOE"),
                patientName("2.25.2", "ROE^RICHARD", Action.TEXT_REMOVED, "ROE")));
        String csv = "\uFEFF" + write(key).replace("\n", "\r\n").replace("\r\n2.25.2", "\r\n\r\n2.25.2");
        assertThat(read(csv)).isEqualTo(key);
    }

    @Test
    void namesTheFileTheLineAndTheColumnOfABadCell() throws IOException {
        List<AnswerKeyEntry> entries = new ArrayList<>();
        entries.add(patientName("2.25.101", "DOE\nJANE\r\nMORE", Action.TEXT_REMOVED, "DOE"));
        for (int i = 2; i <= 11; i++) {
            entries.add(patientName("2.25." + (100 + i), "DOE^JANE", Action.TEXT_REMOVED, i == 11 ? "MARKER" : "DOE"));
        }
        Path file = dir.resolve(AnswerKeyCsv.FILE_NAME);
        Files.writeString(file, write(AnswerKey.of(entries)).replace(",text_removed,MARKER,", ",text_erased,MARKER,"),
                StandardCharsets.UTF_8);
        // header on line 1, the first row spans lines 2-4, so the eleventh row starts on line 14
        assertThatThrownBy(() -> AnswerKeyCsv.read(file))
                .isInstanceOfSatisfying(TruthFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(14);
                    assertThat(e.column()).contains("action");
                    assertThat(e.source()).isEqualTo(file.toString());
                })
                .hasMessageStartingWith(file + " line 14, column action: unknown action 'text_erased' (expected one "
                        + "of: text_removed, text_retained,");
    }

    @Test
    void countsPhysicalLinesAcrossCrlfBlankLinesAndBreaksInValues() {
        String good = GOOD;
        String broken = good.replace("DOE^JANE", "\"DOE\r\nJANE\nX\"");
        String csv = HEADER + "\r\n" + good + "\r\n\r\n" + broken + "\r\n\n" + good.replace(",A,Z,", ",?,Z,") + "\r\n";
        // 1 header, 2 row, 3 blank, 4-6 row with two breaks, 7 blank, 8 the bad row
        assertThatThrownBy(() -> read(csv)).hasMessageStartingWith("answer-key.csv line 8, column safe_harbor: '?'");
    }

    @Test
    void namesTheColumnOfEveryKindOfBadCell() {
        String good = GOOD;
        String pixel = "2.25.1,Instance,,,DOE,pixels_hidden,"
                + "\"{\"\"text\"\": \"\"DOE\"\", \"\"top_left\"\": [8, 8], \"\"bottom_right\"\": [60, 15]}\","
                + "HIPAA-A,,,A,,burned-in,8,8,52,7,0-3,DOE,synth-small,2,8,6,255";
        assertBad(good.replace(",Instance,", ",Galaxy,"), "scope", "unknown scope 'Galaxy'");
        assertBad(good.replace("<(0010,0010)>", "(0010,0010)"), "tag_ds", "not a MIDI tag path");
        assertBad(good.replace(",PN,A,", ",PN,HIPAA-A,"), "safe_harbor", "'HIPAA-A' is not a HIPAA Safe Harbor letter");
        assertBad(good.replace(",,,,,,,,,,,", ",,,,,,,,,,,7"), "ink_value",
                "must be empty in a row without a pixel box");
        assertBad(good.replace("\"<(0010,0010)>\"", ""), "tag_ds", "a row has a tag path or a pixel box");
        assertBad(pixel.replace(",8,8,52,7,", ",8,8,-52,7,"), "bbox_w", "cannot be negative");
        assertBad(pixel.replace(",8,8,52,7,", ",8,eight,52,7,"), "bbox_y", "'eight' is not an integer");
        assertBad(pixel.replace(",0-3,", ",3-0,"), "frames", "runs backwards");
        assertBad(pixel.replace(",2,8,6,255", ",0,8,6,255"), "scale", "at least 1");
        assertBad(pixel.replace("[60, 15]", "[61, 15]"), "action_text", "but the bbox columns give");
        assertBad(pixel.replace("\"\"top_left", "\"\"top_lift"), "action_text", "needs \"text\", \"top_left\"");
        assertBad(pixel.replace(",Instance,,,", ",Instance,\"<(0010,0010)>\",,"), "tag_ds", "not both");
    }

    private static void assertBad(String row, String column, String message) {
        assertThatThrownBy(() -> read(HEADER + "\n" + row + "\n"))
                .as(column)
                .isInstanceOf(TruthFileException.class)
                .hasMessageStartingWith("answer-key.csv line 2, column " + column + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void explainsAHeaderThatIsNotTheColumns() {
        assertThatThrownBy(() -> read(HEADER.replace(",vr,", ",").replace("category", "category,extra") + "\n"))
                .isInstanceOf(TruthFileException.class)
                .hasMessage("answer-key.csv line 1: the header lacks the columns [vr] and has unexpected columns "
                        + "[extra]; expected exactly: " + HEADER);
        assertThatThrownBy(() -> read(HEADER.replace("scope,tag_ds", "tag_ds,scope") + "\n"))
                .hasMessage("answer-key.csv line 1: the header has the right columns in the wrong order; expected "
                        + "exactly: " + HEADER);
        assertThatThrownBy(() -> read(HEADER + ",vr\n"))
                .hasMessageStartingWith("answer-key.csv line 1: the header repeats the columns [vr]");
        assertThatThrownBy(() -> read(""))
                .hasMessage("answer-key.csv: the file is empty; expected the header line " + HEADER);
    }

    @Test
    void namesTheLineOfARowWithTheWrongNumberOfFieldsOrBrokenQuoting() {
        String good = GOOD;
        assertThatThrownBy(() -> read(HEADER + "\n" + good + "\n" + good + ",\n"))
                .isInstanceOf(TruthFileException.class)
                .hasMessage("answer-key.csv line 3: 25 fields, but the header has 24 columns");
        assertThatThrownBy(() -> read(HEADER + "\n" + good + "\n" + good.replace("DOE^JANE", "\"DOE^JANE") + "\n"))
                .isInstanceOf(TruthFileException.class)
                .hasMessageStartingWith("answer-key.csv line 3: not readable as CSV: ");
    }

    @Test
    void saysWhenAFileIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "\n" + GOOD.replace("DOE^JANE", "M\u00dcLLER") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> AnswerKeyCsv.read(file))
                .isInstanceOf(TruthFileException.class)
                .hasMessageContaining("not UTF-8 text");
    }

    @Test
    void writesTheSameBytesEveryTimeWithLfAndWithoutBom() throws IOException {
        AnswerKey key = AnswerKey.of(TruthSamples.entries(11, 300));
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        AnswerKeyCsv.write(key, a);
        AnswerKeyCsv.write(AnswerKey.of(TruthSamples.entries(11, 300)), b);
        byte[] bytes = Files.readAllBytes(a);
        assertThat(Files.readAllBytes(b)).isEqualTo(bytes);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith(HEADER + "\n").endsWith("\n");
        assertThat(bytes[0]).isEqualTo((byte) 's');
        assertThat(write(key).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }
}
