package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import java.util.Optional;

/**
 * Whether an overlay plane that spelled burned-in PHI still does: it passes when the plane is gone, or when
 * fewer than half of the bits set in the source are still set in the output (a plane cleaned of its text, or
 * replaced by another drawing).
 */
final class OverlayCheck {

    private OverlayCheck() {
    }

    static CheckResult check(AnswerKeyEntry e, Expectation x, Dataset source, Dataset out, String file) {
        Tag tag = e.tagPath().orElseThrow().leafTag().orElseThrow();
        Optional<Value.Bytes> after = bits(out, tag);
        if (after.isEmpty()) {
            return new CheckResult(e, file, true, 1, "<absent>", x.words(), "overlay plane removed");
        }
        Optional<Value.Bytes> before = bits(source, tag);
        if (before.isEmpty()) {
            return new CheckResult(e, file, false, 0, "<overlay>", x.words(), "the source overlay cannot be read");
        }
        long planted = 0;
        long kept = 0;
        Value.Bytes a = before.get();
        Value.Bytes b = after.get();
        for (int i = 0; i < a.length(); i++) {
            int was = a.get(i);
            planted += Integer.bitCount(was);
            if (i < b.length()) {
                kept += Integer.bitCount(was & b.get(i));
            }
        }
        boolean ok = planted == 0 || kept * 2 < planted;
        double score = planted == 0 ? 1 : 1 - (double) kept / planted;
        return new CheckResult(e, file, ok, ok ? Math.max(score, 0) : Math.max(score, 0),
                kept + " of " + planted + " bits", x.words(),
                ok ? "the overlay no longer spells the text" : "the overlay still spells the planted text");
    }

    private static Optional<Value.Bytes> bits(Dataset ds, Tag tag) {
        return ds.get(tag).map(Element::value).filter(v -> v instanceof Value.Bytes).map(v -> (Value.Bytes) v);
    }
}
