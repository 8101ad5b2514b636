package io.github.synthphi.core.dicom;

import java.util.Arrays;
import java.util.List;

/**
 * The value of a data element: one of raw bytes, unencoded text, sequence items or encapsulated
 * fragments.
 *
 * <p>Values read from a file are {@link Bytes} that refer to the file's buffer (bulk data by reference, no
 * copy); text is decoded with the data set's character set only when asked for. Values set by a program are
 * {@link Texts} until a writer encodes them.
 *
 * <pre>{@code
 * if (element.value() instanceof Value.Items items) {
 *     for (Dataset item : items.items()) { ... }
 * }
 * }</pre>
 */
public sealed interface Value {

    /** The number of bytes this value occupies when encoded, or -1 when that depends on the encoding. */
    long encodedLengthHint();

    /**
     * Encoded bytes in little-endian order (text still in its character set), a slice of {@code array}.
     *
     * @param array the backing array, shared and never to be modified
     * @param offset where the value starts in {@code array}
     * @param length the number of bytes
     */
    record Bytes(byte[] array, int offset, int length) implements Value {
        /** The empty value. */
        public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

        public Bytes {
            if (offset < 0 || length < 0 || offset > array.length - length) {
                throw new IndexOutOfBoundsException(
                        "slice " + offset + "+" + length + " outside an array of " + array.length);
            }
        }

        /** Wraps a whole array; the array must not be modified afterwards. */
        public static Bytes of(byte[] array) {
            return new Bytes(array, 0, array.length);
        }

        /** A copy of the bytes. */
        public byte[] toArray() {
            return Arrays.copyOfRange(array, offset, offset + length);
        }

        /** The byte at {@code index} of the slice, 0 to 255. */
        public int get(int index) {
            return array[offset + index] & 0xFF;
        }

        @Override
        public long encodedLengthHint() {
            return length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b
                    && Arrays.equals(array, offset, offset + length, b.array, b.offset, b.offset + b.length);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + array[i];
            }
            return h;
        }

        @Override
        public String toString() {
            return "Bytes[" + length + "]";
        }
    }

    /**
     * Character strings not yet encoded; a writer joins them with backslash and encodes them in the data
     * set's Specific Character Set.
     *
     * @param values the values, none containing a backslash for multi-valued VRs
     */
    record Texts(List<String> values) implements Value {
        public Texts {
            values = List.copyOf(values);
        }

        @Override
        public long encodedLengthHint() {
            return -1;
        }
    }

    /**
     * The items of a sequence.
     *
     * @param items the item data sets, in order
     */
    record Items(List<Dataset> items) implements Value {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public long encodedLengthHint() {
            return -1;
        }
    }

    /**
     * Encapsulated pixel data (PS3.5 A.4): the Basic Offset Table item followed by the fragments.
     *
     * @param offsetTable the first item's value; empty when the table is empty
     * @param fragments the data fragments in order
     */
    record Fragments(Bytes offsetTable, List<Bytes> fragments) implements Value {
        public Fragments {
            fragments = List.copyOf(fragments);
        }

        @Override
        public long encodedLengthHint() {
            return -1;
        }
    }
}
