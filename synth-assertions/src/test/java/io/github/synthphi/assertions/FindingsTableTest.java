package io.github.synthphi.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Finding.Kind;
import io.github.synthphi.core.truth.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingsTableTest {

    @Test
    void rowsAreNumberedAlignedAndCapped() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            findings.add(removed("instance-000" + i + ".dcm", "Value " + i));
        }

        List<String> lines = FindingsTable.render(findings, 3).lines().toList();

        assertThat(lines.get(0).indexOf("planted")).isEqualTo(lines.get(1).indexOf("Value 1"));
        assertThat(lines.get(0).indexOf("reason")).isEqualTo(lines.get(1).indexOf("left"));
        assertThat(lines).containsExactly(
                "  #  file               location" + " ".repeat(19) + "planted  found    category  expected      reason",
                "  1  instance-0001.dcm  <(0010,0010)> PatientName  Value 1  Value 1  HIPAA-A   text_removed  left",
                "  2  instance-0002.dcm  <(0010,0010)> PatientName  Value 2  Value 2  HIPAA-A   text_removed  left",
                "  3  instance-0003.dcm  <(0010,0010)> PatientName  Value 3  Value 3  HIPAA-A   text_removed  left",
                "  ... and 2 more");
    }

    @Test
    void emptyCellsShowADashAndKindsNameTheExpectation() {
        Finding missing = new Finding(Kind.MISSING_INSTANCE, Optional.empty(), "", "1.2", "", "",
                "patient-0001/study-01/series-01/instance-0001.dcm", "", "", "an output for every instance", "none");

        assertThat(FindingsTable.render(List.of(missing), 50).lines().skip(1)).singleElement().isEqualTo(
                "  1  -     -         ...series-01/instance-0001.dcm  -      -         "
                        + "missing_instance  none");
    }

    @Test
    void percentSignsAndControlCharactersPrintAsTheyAreOnOneLine() {
        Finding f = new Finding(Kind.CHECK_FAILED, Optional.of(Action.TEXT_REMOVED), "100%s.dcm", "1.2",
                "<(0010,4000)>", "PatientComments", "%n%d 50%", "line 1\nline 2\t\u0001", "HIPAA-A", "", "%s left");

        List<String> lines = FindingsTable.render(List.of(f), 50).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("100%s.dcm", "%n%d 50%", "line 1\\nline 2\\t\\u0001", "%s left");
    }

    @Test
    void longValuesAreShortenedWhereTheyMatterLeast() {
        assertThat(FindingsTable.shorten("abcdefghij", 7, FindingsTable.Cut.START)).isEqualTo("...ghij");
        assertThat(FindingsTable.shorten("abcdefghij", 7, FindingsTable.Cut.MIDDLE)).isEqualTo("ab...ij");
        assertThat(FindingsTable.shorten("abcdefghij", 7, FindingsTable.Cut.END)).isEqualTo("abcd...");
        assertThat(FindingsTable.shorten("abcdefg", 7, FindingsTable.Cut.END)).isEqualTo("abcdefg");
        assertThat(FindingsTable.shorten("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 4,
                FindingsTable.Cut.END)).isEqualTo("\uD83D\uDE00...");
    }

    @Test
    void aLongTagPathLosesItsMiddleButKeepsItsTopAndKeyword() {
        Finding f = new Finding(Kind.RESIDUAL_PHI, Optional.empty(), "a.dcm", "1.2",
                "<(0008,1115)>[<0000>]<(0008,114a)>[<0001>]<(0040,a730)>[<0000>]<(0008,1155)>",
                "ReferencedSOPInstanceUID", "x", "x", "HIPAA-R", "", "");

        String location = FindingsTable.location(f, 64);

        assertThat(location).hasSize(64).startsWith("<(0008,1115)>").contains("...")
                .endsWith("<(0008,1155)> ReferencedSOPInstanceUID");
    }

    private static Finding removed(String file, String value) {
        return new Finding(Kind.CHECK_FAILED, Optional.of(Action.TEXT_REMOVED), file, "1.2", "<(0010,0010)>",
                "PatientName", value, value, "HIPAA-A", "no token left", "left");
    }
}
