package io.github.synthphi.assertions;

import static io.github.synthphi.assertions.FindingSelection.ALL;
import static io.github.synthphi.assertions.FindingSelection.BURNED_IN_PHI;
import static io.github.synthphi.assertions.FindingSelection.CLINICAL_CONTENT;
import static io.github.synthphi.assertions.FindingSelection.DATES;
import static io.github.synthphi.assertions.FindingSelection.HEADER_PHI;
import static io.github.synthphi.assertions.FindingSelection.LEAKS;
import static io.github.synthphi.assertions.FindingSelection.MISSING;
import static io.github.synthphi.assertions.FindingSelection.PSEUDONYMS;
import static io.github.synthphi.assertions.FindingSelection.REQUIRED_ATTRIBUTES;
import static io.github.synthphi.assertions.FindingSelection.UIDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Finding.Kind;
import io.github.synthphi.core.truth.Action;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingSelectionTest {

    static Stream<Arguments> selections() {
        return Stream.of(
                Arguments.of("residual PHI", of(Kind.RESIDUAL_PHI), EnumSet.of(LEAKS, HEADER_PHI, ALL)),
                Arguments.of("unreadable output", of(Kind.UNREADABLE_OUTPUT), EnumSet.complementOf(EnumSet.of(MISSING))),
                Arguments.of("missing instance", of(Kind.MISSING_INSTANCE), EnumSet.of(LEAKS, MISSING, ALL)),
                Arguments.of("unexpected instance", of(Kind.UNEXPECTED_INSTANCE), EnumSet.of(LEAKS, ALL)),
                Arguments.of("text_removed", failed(Action.TEXT_REMOVED, "<(0010,0010)>", "HIPAA-A"),
                        EnumSet.of(LEAKS, HEADER_PHI, ALL)),
                Arguments.of("text_removed of an overlay's text", failed(Action.TEXT_REMOVED, "<(6000,0022)>", "HIPAA-A"),
                        EnumSet.of(LEAKS, HEADER_PHI, ALL)),
                Arguments.of("text_removed of overlay bits", failed(Action.TEXT_REMOVED, "<(6000,3000)>", "HIPAA-A"),
                        EnumSet.of(LEAKS, BURNED_IN_PHI, ALL)),
                Arguments.of("text_removed of the second overlay's bits",
                        failed(Action.TEXT_REMOVED, "<(6002,3000)>", "HIPAA-A"), EnumSet.of(LEAKS, BURNED_IN_PHI, ALL)),
                Arguments.of("date_shifted", failed(Action.DATE_SHIFTED, "<(0008,0020)>", "HIPAA-C"),
                        EnumSet.of(LEAKS, HEADER_PHI, DATES, ALL)),
                Arguments.of("uid_changed", failed(Action.UID_CHANGED, "<(0008,0018)>", "HIPAA-R"),
                        EnumSet.of(LEAKS, HEADER_PHI, UIDS, ALL)),
                Arguments.of("uid_consistent", failed(Action.UID_CONSISTENT, "<(0008,1115)>[<0000>]<(0008,1155)>",
                        "HIPAA-R"), EnumSet.of(LEAKS, HEADER_PHI, UIDS, ALL)),
                Arguments.of("patid_consistent", failed(Action.PATID_CONSISTENT, "<(0010,0020)>", "HIPAA-H"),
                        EnumSet.of(LEAKS, HEADER_PHI, PSEUDONYMS, ALL)),
                Arguments.of("pixels_hidden", failed(Action.PIXELS_HIDDEN, "frames 0-31 (4,7,98,12)", "HIPAA-A"),
                        EnumSet.of(LEAKS, BURNED_IN_PHI, ALL)),
                Arguments.of("text_retained of clinical words", failed(Action.TEXT_RETAINED, "<(0008,1030)>",
                        "TCIA-P15-DESC"), EnumSet.of(CLINICAL_CONTENT, ALL)),
                Arguments.of("text_retained of a control", failed(Action.TEXT_RETAINED, "<(0008,0060)>", "DICOM-IOD"),
                        EnumSet.of(REQUIRED_ATTRIBUTES, ALL)),
                Arguments.of("pixels_retained of a label", failed(Action.PIXELS_RETAINED, "frames 0 (207,219,44,10)",
                        "TCIA-P15-PIX-K"), EnumSet.of(CLINICAL_CONTENT, ALL)),
                Arguments.of("pixels_retained of the image", failed(Action.PIXELS_RETAINED, "<(7fe0,0010)>",
                        "TCIA-P15-PIX-K"), EnumSet.of(CLINICAL_CONTENT, ALL)),
                Arguments.of("tag_retained", failed(Action.TAG_RETAINED, "<(0028,0010)>", "DICOM-IOD"),
                        EnumSet.of(REQUIRED_ATTRIBUTES, ALL)),
                Arguments.of("text_notnull", failed(Action.TEXT_NOTNULL, "<(0020,0013)>", "DICOM-IOD"),
                        EnumSet.of(REQUIRED_ATTRIBUTES, ALL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selections")
    void eachFindingFailsExactlyTheAssertionsAboutIt(String what, Finding finding, Set<FindingSelection> expected) {
        Set<FindingSelection> selected = EnumSet.noneOf(FindingSelection.class);
        for (FindingSelection s : FindingSelection.values()) {
            if (s.test(finding)) {
                selected.add(s);
            }
        }
        assertThat(selected).as(what).isEqualTo(expected);
    }

    @Test
    void selectSortsByTheReportOrder() {
        Finding b = new Finding(Kind.RESIDUAL_PHI, Optional.empty(), "b.dcm", "1.2", "<(0010,0010)>", "PatientName",
                "x", "x", "HIPAA-A", "", "");
        Finding a2 = new Finding(Kind.RESIDUAL_PHI, Optional.empty(), "a.dcm", "1.2", "<(0010,0020)>", "PatientID",
                "x", "x", "HIPAA-H", "", "");
        Finding a1 = new Finding(Kind.RESIDUAL_PHI, Optional.empty(), "a.dcm", "1.2", "<(0010,0010)>", "PatientName",
                "x", "x", "HIPAA-A", "", "");

        assertThat(LEAKS.select(List.of(b, a2, a1))).containsExactly(a1, a2, b);
    }

    private static Finding of(Kind kind) {
        return new Finding(kind, Optional.empty(), kind == Kind.MISSING_INSTANCE ? "" : "out.dcm", "1.2", "", "", "",
                "", "", "", "");
    }

    private static Finding failed(Action action, String location, String category) {
        return new Finding(Kind.CHECK_FAILED, Optional.of(action), "out.dcm", "1.2", location, "Keyword", "planted",
                "found", category, "expected", "reason");
    }
}
