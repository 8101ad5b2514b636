package io.github.synthphi.core.study.iod;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Vr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Sets attributes of a data set by PS3.6 keyword, with the VR the dictionary gives: the module writers of this
 * package read like the module tables of PS3.3 and need no tag constant per attribute.
 */
final class Attributes {

    private final Dataset dataset;

    Attributes(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    Dataset dataset() {
        return dataset;
    }

    /** The tag of a PS3.6 keyword. */
    static Tag tag(String keyword) {
        return Dictionary.standard().tagOf(keyword)
                .orElseThrow(() -> new IllegalArgumentException("no attribute has the keyword " + keyword));
    }

    private static Vr vr(Tag tag) {
        return Dictionary.standard().vrOf(tag);
    }

    /** Text values (any text VR). */
    Attributes text(String keyword, String... values) {
        Tag tag = tag(keyword);
        dataset.setString(tag, vr(tag), values);
        return this;
    }

    /** A Type 2 attribute present without a value. */
    Attributes empty(String keyword) {
        Tag tag = tag(keyword);
        Vr vr = vr(tag);
        if (vr == Vr.SQ) {
            dataset.setItems(tag, List.of());
        } else if (vr.isText()) {
            dataset.setString(tag, vr);
        } else {
            dataset.setBytes(tag, vr, new byte[0]);
        }
        return this;
    }

    /** Integers: binary for US, SS, UL and SL (the first VR of the dictionary), text for IS. */
    Attributes ints(String keyword, int... values) {
        Tag tag = tag(keyword);
        dataset.setInt(tag, vr(tag), values);
        return this;
    }

    /** Decimals: text for DS, binary for FD and FL. */
    Attributes decimals(String keyword, double... values) {
        Tag tag = tag(keyword);
        Vr vr = vr(tag);
        switch (vr) {
            case DS -> {
                String[] text = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    text[i] = ds(values[i]);
                }
                dataset.setString(tag, vr, text);
            }
            case FD, FL -> {
                int size = vr.elementSize();
                byte[] b = new byte[values.length * size];
                for (int i = 0; i < values.length; i++) {
                    long bits = size == 8 ? Double.doubleToLongBits(values[i])
                            : Float.floatToIntBits((float) values[i]) & 0xFFFFFFFFL;
                    for (int k = 0; k < size; k++) {
                        b[i * size + k] = (byte) (bits >>> (8 * k));
                    }
                }
                dataset.setBytes(tag, vr, b);
            }
            default -> throw new IllegalArgumentException(keyword + " has VR " + vr + ", not DS, FD or FL");
        }
        return this;
    }

    /** A decimal string of at most 16 characters, without exponent: rounded to as many decimals as fit. */
    static String ds(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a DS value must be finite, not " + value);
        }
        BigDecimal d = BigDecimal.valueOf(value);
        String s = plain(d);
        for (int scale = Math.max(0, d.scale()); s.length() > 16 && scale > 0; scale--) {
            s = plain(d.setScale(scale - 1, RoundingMode.HALF_EVEN));
        }
        if (s.length() > 16) {
            throw new IllegalArgumentException("the value " + value + " does not fit the 16 characters of DS");
        }
        return s;
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** An attribute tag value (AT): the tags of {@code pointedKeywords}. */
    Attributes pointers(String keyword, String... pointedKeywords) {
        byte[] b = new byte[4 * pointedKeywords.length];
        for (int i = 0; i < pointedKeywords.length; i++) {
            Tag t = tag(pointedKeywords[i]);
            int group = t.group();
            int element = t.element();
            b[4 * i] = (byte) group;
            b[4 * i + 1] = (byte) (group >>> 8);
            b[4 * i + 2] = (byte) element;
            b[4 * i + 3] = (byte) (element >>> 8);
        }
        dataset.setBytes(tag(keyword), Vr.AT, b);
        return this;
    }

    /** The items of a sequence. */
    Attributes items(String keyword, Dataset... items) {
        dataset.setItems(tag(keyword), List.of(items));
        return this;
    }

    /** A code sequence item: Code Value, Coding Scheme Designator, Code Meaning. */
    static Dataset code(String value, String scheme, String meaning) {
        return new Attributes(new Dataset()).text("CodeValue", value).text("CodingSchemeDesignator", scheme)
                .text("CodeMeaning", meaning).dataset();
    }
}
