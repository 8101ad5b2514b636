package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.pixel.Box;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {

    private static AnswerKeyEntry element(String sop, TagPath path, Action action) {
        return new AnswerKeyEntry(sop, Scope.INSTANCE, Optional.of(path), "", "v", action, "v", "", "", "",
                Optional.empty(), "", "", Optional.empty());
    }

    @Test
    void sortsTheSameWhateverTheOrderEntriesCameIn() {
        List<AnswerKeyEntry> entries = TruthSamples.entries(3, 500);
        AnswerKey key = AnswerKey.of(entries);
        Random r = new Random(99);
        for (int i = 0; i < 10; i++) {
            List<AnswerKeyEntry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, r);
            AnswerKey other = AnswerKey.of(shuffled);
            assertThat(other.entries()).containsExactlyElementsOf(key.entries());
            assertThat(other).isEqualTo(key).hasSameHashCodeAs(key);
        }
        assertThat(key.entries()).isSortedAccordingTo(AnswerKey.order()).hasSize(500);
    }

    @Test
    void ordersByInstanceThenTagPathOrRegionThenAction() {
        TagPath name = TagPath.of(Tags.PatientName);
        TagPath accession = TagPath.of(Tags.AccessionNumber);
        TagPath nested = TagPath.of(Tags.ReferencedStudySequence).item(0, Tags.ReferencedSOPInstanceUID);
        TagPath nestedLater = TagPath.of(Tags.ReferencedStudySequence).item(1, Tags.ReferencedSOPClassUID);
        TagPath privateOne = TagPath.of(new PrivateTag("SYNTH PHI", 0x0009, 0x10));
        TagPath privateHighGroup = TagPath.of(new PrivateTag("SYNTH PHI", 0x8001, 0x10));
        AnswerKeyEntry pixelTop = AnswerKeyCsvTest.banner("2.25.1", "TOP", List.of(0));
        AnswerKeyEntry pixelLow = new AnswerKeyEntry("2.25.1", Scope.INSTANCE, Optional.empty(), "", "LOW",
                Action.PIXELS_HIDDEN, "LOW", "", "", "", Optional.empty(), "", "", Optional.of(new PixelRegion("LOW",
                "synth-small", 1, 0, 200, new Box(0, 200, 10, 7), List.of(0), 1)));
        List<AnswerKeyEntry> expected = List.of(
                element("2.25.1", accession, Action.TEXT_REMOVED),
                element("2.25.1", nested, Action.UID_CHANGED),
                element("2.25.1", nested, Action.UID_CONSISTENT),
                element("2.25.1", nestedLater, Action.TEXT_REMOVED),
                element("2.25.1", privateOne, Action.TEXT_REMOVED),
                element("2.25.1", name, Action.TEXT_REMOVED),
                element("2.25.1", privateHighGroup, Action.TEXT_REMOVED),
                pixelTop,
                pixelLow,
                element("2.25.2", accession, Action.TEXT_REMOVED));
        List<AnswerKeyEntry> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertThat(AnswerKey.of(reversed).entries()).containsExactlyElementsOf(expected);
    }

    @Test
    void answersQueriesWithUnmodifiableCollections() {
        AnswerKey key = AnswerKey.of(TruthSamples.entries(5, 300));
        assertThat(key.size()).isEqualTo(300);
        assertThat(key.isEmpty()).isFalse();
        assertThat(List.copyOf(key.instances())).isSorted().doesNotHaveDuplicates();
        int total = 0;
        for (String sop : key.instances()) {
            List<AnswerKeyEntry> mine = key.forInstance(sop);
            assertThat(mine).isNotEmpty().allMatch(e -> e.sopInstanceUid().equals(sop));
            total += mine.size();
        }
        assertThat(total).isEqualTo(300);
        assertThat(key.forInstance("1.2.3.no.such")).isEmpty();
        assertThat(key.byAction(Action.PIXELS_HIDDEN)).isNotEmpty().allMatch(e -> e.action() == Action.PIXELS_HIDDEN)
                .isSortedAccordingTo(AnswerKey.order());
        assertThat(key.pixelEntries()).isNotEmpty().allMatch(AnswerKeyEntry::isPixelEntry);
        assertThat(key.pixelEntries().size() + key.elementEntries().size()).isEqualTo(300);
        AnswerKeyEntry any = key.entries().get(0);
        assertThatThrownBy(() -> key.entries().add(any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> key.forInstance(any.sopInstanceUid()).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> key.byAction(any.action()).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> key.pixelEntries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> key.instances().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsDuplicatesAndRejectsNulls() {
        AnswerKeyEntry e = element("2.25.1", TagPath.of(Tags.PatientName), Action.TEXT_REMOVED);
        assertThat(AnswerKey.of(List.of(e, e)).size()).isEqualTo(2);
        assertThat(AnswerKey.of(List.of())).isEqualTo(AnswerKey.empty()).extracting(AnswerKey::isEmpty).isEqualTo(true);
        assertThatNullPointerException().isThrownBy(() -> AnswerKey.of(null)).withMessage("entries");
        assertThatNullPointerException().isThrownBy(() -> AnswerKey.of(Collections.singletonList(null)));
        assertThatNullPointerException().isThrownBy(() -> AnswerKey.empty().forInstance(null))
                .withMessage("sopInstanceUid");
    }
}
