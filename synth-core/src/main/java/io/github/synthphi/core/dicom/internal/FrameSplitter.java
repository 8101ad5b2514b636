package io.github.synthphi.core.dicom.internal;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Value;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the fragments of encapsulated pixel data into frames (PS3.5 A.4): by the Extended Offset Table, by
 * the Basic Offset Table, one fragment per frame, all fragments for one frame, or, for JPEG, by the start
 * of image marker that opens each frame.
 */
public final class FrameSplitter {

    private FrameSplitter() {
    }

    /**
     * The bytes of each frame.
     *
     * @throws IllegalArgumentException saying why the fragments cannot be split into {@code frames} frames
     */
    public static List<Value.Bytes> split(Value.Fragments f, int frames, Dataset ds, TransferSyntax ts) {
        List<Value.Bytes> fragments = f.fragments();
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("encapsulated pixel data have no fragment");
        }
        long[] starts = fragmentStarts(fragments);
        long[] offsets = ds.contains(Tags.ExtendedOffsetTable) ? extendedOffsets(ds) : basicOffsets(f.offsetTable());
        if (offsets.length > 0) {
            if (offsets.length != frames) {
                throw new IllegalArgumentException("the offset table has " + offsets.length + " entries for "
                        + frames + " frames");
            }
            return byOffsets(fragments, starts, offsets);
        }
        if (fragments.size() == frames) {
            return fragments;
        }
        if (frames == 1) {
            return List.of(concat(fragments, 0, fragments.size()));
        }
        if (ts.uid().startsWith("1.2.840.10008.1.2.4.")) {
            List<Value.Bytes> out = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= fragments.size(); i++) {
                if (i == fragments.size() || isJpegStart(fragments.get(i))) {
                    out.add(concat(fragments, start, i));
                    start = i;
                }
            }
            if (out.size() == frames) {
                return out;
            }
        }
        throw new IllegalArgumentException("cannot split " + fragments.size() + " fragments into " + frames
                + " frames without an offset table");
    }

    private static boolean isJpegStart(Value.Bytes b) {
        return b.length() >= 2 && b.get(0) == 0xFF && b.get(1) == 0xD8;
    }

    private static long[] fragmentStarts(List<Value.Bytes> fragments) {
        long[] starts = new long[fragments.size()];
        long pos = 0;
        for (int i = 0; i < fragments.size(); i++) {
            starts[i] = pos;
            pos += 8 + fragments.get(i).length();
        }
        return starts;
    }

    private static long[] basicOffsets(Value.Bytes table) {
        if (table.length() % 4 != 0) {
            throw new IllegalArgumentException("the Basic Offset Table has " + table.length()
                    + " bytes, not a multiple of 4");
        }
        long[] out = new long[table.length() / 4];
        for (int i = 0; i < out.length; i++) {
            int p = 4 * i;
            out[i] = table.get(p) | (long) table.get(p + 1) << 8 | (long) table.get(p + 2) << 16
                    | (long) table.get(p + 3) << 24;
        }
        return out;
    }

    private static long[] extendedOffsets(Dataset ds) {
        Value v = ds.get(Tags.ExtendedOffsetTable).orElseThrow().value();
        if (!(v instanceof Value.Bytes b) || b.length() % 8 != 0) {
            throw new IllegalArgumentException("the Extended Offset Table is not a list of 64-bit offsets");
        }
        long[] out = new long[b.length() / 8];
        for (int i = 0; i < out.length; i++) {
            long x = 0;
            for (int k = 7; k >= 0; k--) {
                x = x << 8 | b.get(8 * i + k);
            }
            out[i] = x;
        }
        return out;
    }

    private static List<Value.Bytes> byOffsets(List<Value.Bytes> fragments, long[] starts, long[] offsets) {
        List<Value.Bytes> out = new ArrayList<>(offsets.length);
        int fragment = 0;
        for (int frame = 0; frame < offsets.length; frame++) {
            while (fragment < starts.length && starts[fragment] < offsets[frame]) {
                fragment++;
            }
            if (fragment >= starts.length || starts[fragment] != offsets[frame]) {
                throw new IllegalArgumentException("offset " + offsets[frame] + " of frame " + frame
                        + " does not point at the start of a fragment");
            }
            int first = fragment;
            long next = frame + 1 < offsets.length ? offsets[frame + 1] : Long.MAX_VALUE;
            int last = first + 1;
            while (last < starts.length && starts[last] < next) {
                last++;
            }
            out.add(concat(fragments, first, last));
            fragment = last;
        }
        return out;
    }

    private static Value.Bytes concat(List<Value.Bytes> fragments, int from, int to) {
        if (to - from == 1) {
            return fragments.get(from);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            Value.Bytes b = fragments.get(i);
            out.write(b.array(), b.offset(), b.length());
        }
        return Value.Bytes.of(out.toByteArray());
    }
}
