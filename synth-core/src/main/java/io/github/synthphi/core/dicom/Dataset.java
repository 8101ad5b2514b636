package io.github.synthphi.core.dicom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A data set: elements ordered by tag (unsigned), sequences holding item data sets.
 *
 * <p>Elements are kept in a sorted array; elements read in order are appended. Text read from a file stays
 * encoded until asked for and is then decoded with the Specific Character Set of this data set, or of the
 * data set that holds it as an item. Not thread-safe while being changed; safe to read from several threads
 * once built.
 *
 * <pre>{@code
 * Dataset ds = new Dataset()
 *         .setString(Tags.PatientName, "DOE^JANE")
 *         .setInt(Tags.Rows, Vr.US, 512);
 * Tag ward = ds.reserve(new PrivateTag("SYNTH PHI 1.0", 0x0009, 0x10));
 * ds.setString(ward, Vr.LO, "WARD 7");
 * String name = ds.getString(Tags.PatientName).orElse("");
 * }</pre>
 */
public final class Dataset {

    private Element[] elements = new Element[16];
    private int size;
    private Dataset parent;
    private SpecificCharacterSet characterSet;

    /** An empty data set. */
    public Dataset() {
    }

    /** The number of elements (not counting those inside items). */
    public int size() {
        return size;
    }

    /** True when the data set has no element. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The elements in tag order, as an unmodifiable snapshot. */
    public List<Element> elements() {
        return List.of(Arrays.copyOf(elements, size));
    }

    private int indexOf(Tag tag) {
        int key = tag.value() ^ Integer.MIN_VALUE;
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = elements[mid].tag().value() ^ Integer.MIN_VALUE;
            if (v < key) {
                lo = mid + 1;
            } else if (v > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** The element of {@code tag}. */
    public Optional<Element> get(Tag tag) {
        int i = indexOf(tag);
        return i >= 0 ? Optional.of(elements[i]) : Optional.empty();
    }

    /** True when the data set has an element of {@code tag}, even an empty one. */
    public boolean contains(Tag tag) {
        return indexOf(tag) >= 0;
    }

    /**
     * Adds or replaces an element. Items of a sequence value take this data set as the one whose character
     * set they inherit.
     */
    public Dataset set(Element element) {
        Objects.requireNonNull(element, "element");
        Tag tag = element.tag();
        if (size > 0 && Integer.compareUnsigned(elements[size - 1].tag().value(), tag.value()) < 0) {
            append(element);
        } else {
            int i = indexOf(tag);
            if (i >= 0) {
                elements[i] = element;
            } else {
                insert(-(i + 1), element);
            }
        }
        if (element.value() instanceof Value.Items items) {
            for (Dataset item : items.items()) {
                item.parent = this;
            }
        }
        if (tag.equals(Tags.SpecificCharacterSet)) {
            characterSet = null;
        }
        return this;
    }

    private void append(Element element) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
        }
        elements[size++] = element;
    }

    private void insert(int at, Element element) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
        }
        System.arraycopy(elements, at, elements, at + 1, size - at);
        elements[at] = element;
        size++;
    }

    /** Removes the element of {@code tag} and returns it. */
    public Optional<Element> remove(Tag tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return Optional.empty();
        }
        Element removed = elements[i];
        System.arraycopy(elements, i + 1, elements, i, size - i - 1);
        elements[--size] = null;
        if (tag.equals(Tags.SpecificCharacterSet)) {
            characterSet = null;
        }
        return Optional.of(removed);
    }

    /** Sets text values with the VR the dictionary gives {@code tag} (UN tags must use the other overload). */
    public Dataset setString(Tag tag, String... values) {
        Vr vr = Dictionary.standard().vrOf(tag);
        if (!vr.isText()) {
            throw new IllegalArgumentException(tag + " has VR " + vr + " in the dictionary; give a text VR");
        }
        return setString(tag, vr, values);
    }

    /** Sets text values of VR {@code vr}; they are encoded in this data set's character set when written. */
    public Dataset setString(Tag tag, Vr vr, String... values) {
        for (String v : values) {
            Objects.requireNonNull(v, "value");
            if (vr.isMultiValued() && v.indexOf('\\') >= 0) {
                throw new IllegalArgumentException(tag + " " + vr + ": a value cannot contain a backslash: " + v);
            }
        }
        return set(new Element(tag, vr, new Value.Texts(List.of(values))));
    }

    /** Sets integers as US, SS, UL, SL (binary, little endian) or IS (text). */
    public Dataset setInt(Tag tag, Vr vr, int... values) {
        switch (vr) {
            case IS -> {
                String[] text = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    text[i] = Integer.toString(values[i]);
                }
                return setString(tag, vr, text);
            }
            case US, SS, UL, SL -> {
                int n = vr.elementSize();
                byte[] b = new byte[values.length * n];
                for (int i = 0; i < values.length; i++) {
                    for (int k = 0; k < n; k++) {
                        b[i * n + k] = (byte) (values[i] >>> (8 * k));
                    }
                }
                return set(new Element(tag, vr, Value.Bytes.of(b)));
            }
            default -> throw new IllegalArgumentException(tag + ": setInt takes US, SS, UL, SL or IS, not " + vr);
        }
    }

    /** Sets raw bytes (little endian for multi-byte VRs); the array is kept, not copied. */
    public Dataset setBytes(Tag tag, Vr vr, byte[] bytes) {
        return set(new Element(tag, vr, Value.Bytes.of(bytes)));
    }

    /** Sets the items of a sequence. */
    public Dataset setItems(Tag tag, List<Dataset> items) {
        return set(new Element(tag, Vr.SQ, new Value.Items(items)));
    }

    /** The items of the sequence {@code tag}; empty when absent or not a sequence. */
    public List<Dataset> getItems(Tag tag) {
        return get(tag).map(e -> e.value() instanceof Value.Items i ? i.items() : List.<Dataset>of())
                .orElse(List.of());
    }

    /**
     * The Specific Character Set that applies to this data set: its own (0008,0005), else that of the data
     * set holding it as an item, else the default repertoire.
     */
    public SpecificCharacterSet characterSet() {
        // only this data set's own value is cached: an inherited one changes when the item is moved
        SpecificCharacterSet own = characterSet;
        if (own == null) {
            Optional<Element> element = get(Tags.SpecificCharacterSet);
            if (element.isEmpty()) {
                return parent != null ? parent.characterSet() : SpecificCharacterSet.DEFAULT;
            }
            own = SpecificCharacterSet.of(TextValues.split(element.get(), SpecificCharacterSet.DEFAULT, false));
            characterSet = own;
        }
        return own;
    }

    /** The whole text of a text element, decoded, with any decoding problem; empty for absent or binary. */
    public Optional<DecodedText> decode(Tag tag) {
        return get(tag).filter(e -> e.vr().isText()).map(e -> TextValues.decode(e, characterSet()));
    }

    /** The text values of {@code tag}, insignificant padding removed; empty when absent or not text. */
    public List<String> getStrings(Tag tag) {
        return get(tag).filter(e -> e.vr().isText()).map(e -> TextValues.split(e, characterSet(), true))
                .orElse(List.of());
    }

    /** The first text value of {@code tag}; empty when absent, empty or not text. */
    public Optional<String> getString(Tag tag) {
        List<String> values = getStrings(tag);
        return values.isEmpty() || values.get(0).isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The integer values of {@code tag}: binary US, SS, UL, SL, or text IS and DS with integral values.
     *
     * @throws DicomValueException when a value does not parse or does not fit an int
     */
    public int[] getInts(Tag tag) {
        Optional<Element> e = get(tag);
        return e.isEmpty() ? new int[0] : NumericValues.ints(e.get(), characterSet());
    }

    /** The first integer value of {@code tag}, as {@link #getInts}. */
    public OptionalInt getInt(Tag tag) {
        int[] v = getInts(tag);
        return v.length == 0 ? OptionalInt.empty() : OptionalInt.of(v[0]);
    }

    /** The first numeric value of {@code tag} as a double: FL, FD, DS, IS and the integer VRs. */
    public OptionalDouble getDouble(Tag tag) {
        Optional<Element> e = get(tag);
        if (e.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] v = NumericValues.doubles(e.get(), characterSet());
        return v.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(v[0]);
    }

    /** The block a private creator holds in {@code group}, if it holds one. */
    public Optional<Tag> find(PrivateTag privateTag) {
        int group = privateTag.group();
        for (int block = 0x10; block <= 0xFF; block++) {
            Tag creator = Tag.of(group, block);
            if (creatorIs(creator, privateTag.creator())) {
                return Optional.of(privateTag.inBlock(block));
            }
        }
        return Optional.empty();
    }

    private boolean creatorIs(Tag creatorTag, String creator) {
        return contains(creatorTag) && getStrings(creatorTag).stream().findFirst().map(creator::equals).orElse(false);
    }

    /**
     * The tag of a private element, reserving a block for its creator (the first free one from 0x10) when
     * the creator holds none yet.
     *
     * @throws IllegalStateException when all 240 blocks of the group are taken
     */
    public Tag reserve(PrivateTag privateTag) {
        Optional<Tag> existing = find(privateTag);
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int block = 0x10; block <= 0xFF; block++) {
            Tag creator = Tag.of(privateTag.group(), block);
            if (!contains(creator)) {
                setString(creator, Vr.LO, privateTag.creator());
                return privateTag.inBlock(block);
            }
        }
        throw new IllegalStateException("no free private block in group "
                + String.format(java.util.Locale.ROOT, "%04X", privateTag.group()) + " for " + privateTag.creator());
    }

    /** A copy whose items are copied too; byte values are shared, as they are never modified. */
    public Dataset deepCopy() {
        Dataset copy = new Dataset();
        for (int i = 0; i < size; i++) {
            Element e = elements[i];
            if (e.value() instanceof Value.Items items) {
                List<Dataset> copied = new ArrayList<>(items.items().size());
                items.items().forEach(item -> copied.add(item.deepCopy()));
                copy.set(new Element(e.tag(), e.vr(), new Value.Items(copied)));
            } else {
                copy.append(e);
            }
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Dataset other) || other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!elements[i].equals(other.elements[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) {
            h = 31 * h + elements[i].hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Dataset[");
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : ", ").append(elements[i].tag()).append(' ').append(elements[i].vr());
        }
        return sb.append(']').toString();
    }
}
