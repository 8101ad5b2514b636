package io.github.synthphi.core.dicom;

import java.util.List;

/** Reading numbers from binary and text element values. */
final class NumericValues {

    private NumericValues() {
    }

    static int[] ints(Element e, SpecificCharacterSet cs) {
        Vr vr = e.vr();
        if (vr.isText()) {
            List<String> values = TextValues.split(e, cs, true);
            int[] out = new int[values.size()];
            for (int i = 0; i < out.length; i++) {
                String v = values.get(i);
                try {
                    double d = Double.parseDouble(v);
                    if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE
                            || v.isEmpty()) {
                        throw new DicomValueException(e.tag(), "value '" + v + "' is not an int");
                    }
                    out[i] = (int) d;
                } catch (NumberFormatException ex) {
                    throw new DicomValueException(e.tag(), "value '" + v + "' is not a number");
                }
            }
            return out;
        }
        if (!(e.value() instanceof Value.Bytes b) || b.length() == 0) {
            return new int[0];
        }
        if (vr != Vr.US && vr != Vr.SS && vr != Vr.SL && vr != Vr.UL) {
            // checked before allocating: the value may be megabytes of pixel data
            throw new DicomValueException(e.tag(), "VR " + vr + " does not hold integers");
        }
        int n = checkedSize(e, b);
        int[] out = new int[b.length() / n];
        for (int i = 0; i < out.length; i++) {
            int p = b.offset() + i * n;
            byte[] a = b.array();
            out[i] = switch (vr) {
                case US -> (a[p] & 0xFF) | (a[p + 1] & 0xFF) << 8;
                case SS -> (short) ((a[p] & 0xFF) | (a[p + 1] & 0xFF) << 8);
                case SL -> int32(a, p);
                default -> {
                    int v = int32(a, p); // UL
                    if (v < 0) {
                        throw new DicomValueException(e.tag(), "UL value " + Integer.toUnsignedString(v)
                                + " does not fit an int");
                    }
                    yield v;
                }
            };
        }
        return out;
    }

    static double[] doubles(Element e, SpecificCharacterSet cs) {
        Vr vr = e.vr();
        if (vr == Vr.FL || vr == Vr.FD) {
            if (!(e.value() instanceof Value.Bytes b)) {
                return new double[0];
            }
            int n = checkedSize(e, b);
            double[] out = new double[b.length() / n];
            for (int i = 0; i < out.length; i++) {
                int p = b.offset() + i * n;
                out[i] = n == 4 ? Float.intBitsToFloat(int32(b.array(), p))
                        : Double.longBitsToDouble(int32(b.array(), p) & 0xFFFFFFFFL
                                | (long) int32(b.array(), p + 4) << 32);
            }
            return out;
        }
        if (vr == Vr.DS) {
            List<String> values = TextValues.split(e, cs, true);
            double[] out = new double[values.size()];
            for (int i = 0; i < out.length; i++) {
                try {
                    out[i] = Double.parseDouble(values.get(i));
                } catch (NumberFormatException ex) {
                    throw new DicomValueException(e.tag(), "value '" + values.get(i) + "' is not a decimal string");
                }
            }
            return out;
        }
        int[] ints = ints(e, cs);
        double[] out = new double[ints.length];
        for (int i = 0; i < ints.length; i++) {
            out[i] = ints[i];
        }
        return out;
    }

    private static int checkedSize(Element e, Value.Bytes b) {
        int n = e.vr().elementSize();
        if (n == 0 || b.length() % n != 0) {
            throw new DicomValueException(e.tag(), "length " + b.length() + " is not a multiple of " + n
                    + " for VR " + e.vr());
        }
        return n;
    }

    static int int32(byte[] a, int p) {
        return (a[p] & 0xFF) | (a[p + 1] & 0xFF) << 8 | (a[p + 2] & 0xFF) << 16 | (a[p + 3] & 0xFF) << 24;
    }
}
