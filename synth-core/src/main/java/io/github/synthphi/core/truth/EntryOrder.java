package io.github.synthphi.core.truth;

import java.util.Comparator;
import java.util.List;

/**
 * The order of an {@link AnswerKey}: by SOP Instance UID; then element entries by tag path before pixel
 * entries by region (top to bottom, left to right); then by action; then by every other field, so that no
 * two different entries tie and the order never depends on the order entries were added in.
 */
final class EntryOrder {

    private static final Comparator<TagPath.Node> NODES = Comparator
            .comparingInt(TagPath.Node::group)
            .thenComparing(TagPath.Node::isPrivate)
            .thenComparing(TagPath.Node::creator)
            .thenComparingInt(TagPath.Node::element)
            .thenComparingInt(TagPath.Node::item);

    /** Tag paths node by node: group, public before private, creator, element, item; a prefix first. */
    static final Comparator<TagPath> TAG_PATHS = (a, b) -> {
        List<TagPath.Node> x = a.nodes();
        List<TagPath.Node> y = b.nodes();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = NODES.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    /** Regions by ink box (top, left, height, width), then the first frame, then everything else. */
    static final Comparator<PixelRegion> REGIONS = Comparator
            .comparingInt((PixelRegion r) -> r.inkBox().y())
            .thenComparingInt(r -> r.inkBox().x())
            .thenComparingInt(r -> r.inkBox().height())
            .thenComparingInt(r -> r.inkBox().width())
            .thenComparing(PixelRegion::frames, EntryOrder::compareFrames)
            .thenComparing(PixelRegion::text)
            .thenComparing(PixelRegion::font)
            .thenComparingInt(PixelRegion::scale)
            .thenComparingInt(PixelRegion::originY)
            .thenComparingInt(PixelRegion::originX)
            .thenComparingInt(PixelRegion::value);

    static final Comparator<AnswerKeyEntry> ENTRIES = Comparator
            .comparing(AnswerKeyEntry::sopInstanceUid)
            .thenComparing(EntryOrder::comparePlace)
            .thenComparing(AnswerKeyEntry::action)
            .thenComparing(AnswerKeyEntry::actionText)
            .thenComparing(AnswerKeyEntry::value)
            .thenComparing(AnswerKeyEntry::scope)
            .thenComparing(AnswerKeyEntry::tagName)
            .thenComparing(AnswerKeyEntry::category)
            .thenComparing(AnswerKeyEntry::keyword)
            .thenComparing(AnswerKeyEntry::vr)
            .thenComparingInt(e -> e.safeHarbor().map(s -> s.ordinal() + 1).orElse(0))
            .thenComparing(AnswerKeyEntry::basicProfileAction)
            .thenComparing(AnswerKeyEntry::location);

    private EntryOrder() {
    }

    private static int comparePlace(AnswerKeyEntry a, AnswerKeyEntry b) {
        if (a.isPixelEntry() != b.isPixelEntry()) {
            return a.isPixelEntry() ? 1 : -1;
        }
        return a.isPixelEntry()
                ? REGIONS.compare(a.region().orElseThrow(), b.region().orElseThrow())
                : TAG_PATHS.compare(a.tagPath().orElseThrow(), b.tagPath().orElseThrow());
    }

    private static int compareFrames(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
