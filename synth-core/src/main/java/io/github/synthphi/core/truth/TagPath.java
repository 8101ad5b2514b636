package io.github.synthphi.core.truth;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an element sits in a data set, through sequence items and private blocks, written in the MIDI
 * answer-key syntax: {@code <(0008,1115)>[<0000>]<(0008,114a)>[<0001>]<(0008,1155)>}, lower-case hex, 0-based
 * four-digit item indices, and private data elements as {@code <(0019,"CREATOR",92)>} (group, upper-cased
 * creator, element byte within the block).
 *
 * <pre>{@code
 * TagPath p = TagPath.of(Tags.ReferencedStudySequence).item(0, Tags.ReferencedSOPInstanceUID);
 * String midi = p.toMidi();                     // <(0008,1110)>[<0000>]<(0008,1155)>
 * Optional<Element> e = p.resolve(dataset);
 * }</pre>
 *
 * @param nodes the elements from the top level down; every node but the last is a sequence with an item index
 */
public record TagPath(List<Node> nodes) {

    /**
     * One element on the path.
     *
     * @param group the group
     * @param element the element number, or for a private data element its byte within the block (0x00-0xFF)
     * @param creator the private creator for a private data element, otherwise empty; kept upper-cased (in
     *     {@link Locale#ROOT}), as MIDI writes it, so that a path reads back from its MIDI form as an equal path
     * @param item the item index into this sequence for every node but the last, -1 for the last
     */
    public record Node(int group, int element, String creator, int item) {
        public Node {
            creator = Objects.requireNonNull(creator, "creator").toUpperCase(Locale.ROOT);
            if (!creator.isEmpty() && (element < 0 || element > 0xFF)) {
                throw new IllegalArgumentException("a private element byte is 0x00-0xFF, got " + element);
            }
        }

        /** True for a private data element named by its creator. */
        public boolean isPrivate() {
            return !creator.isEmpty();
        }

        String toMidi() {
            String t = isPrivate()
                    ? String.format(Locale.ROOT, "<(%04x,\"%s\",%02x)>", group, creator, element)
                    : String.format(Locale.ROOT, "<(%04x,%04x)>", group, element);
            return item < 0 ? t : t + String.format(Locale.ROOT, "[<%04d>]", item);
        }
    }

    public TagPath {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a tag path has at least one element");
        }
        for (int i = 0; i < nodes.size(); i++) {
            boolean last = i == nodes.size() - 1;
            if (last != (nodes.get(i).item() < 0)) {
                throw new IllegalArgumentException("only the last node of a path has no item index: " + nodes);
            }
        }
    }

    /** The path of a top-level public element. */
    public static TagPath of(Tag tag) {
        return new TagPath(List.of(new Node(tag.group(), tag.element(), "", -1)));
    }

    /** The path of a top-level private element. */
    public static TagPath of(PrivateTag tag) {
        return new TagPath(List.of(privateNode(tag, -1)));
    }

    private static Node privateNode(PrivateTag tag, int item) {
        return new Node(tag.group(), tag.offset(), tag.creator(), item);
    }

    /** This sequence's item {@code index}, then {@code child} inside it. */
    public TagPath item(int index, Tag child) {
        return append(index, new Node(child.group(), child.element(), "", -1));
    }

    /** This sequence's item {@code index}, then the private {@code child} inside it. */
    public TagPath item(int index, PrivateTag child) {
        return append(index, privateNode(child, -1));
    }

    private TagPath append(int index, Node child) {
        if (index < 0 || index > 9999) {
            throw new IllegalArgumentException("item index must be 0-9999, got " + index);
        }
        List<Node> out = new ArrayList<>(nodes);
        Node last = out.remove(out.size() - 1);
        out.add(new Node(last.group(), last.element(), last.creator(), index));
        out.add(child);
        return new TagPath(out);
    }

    /** The last element of the path. */
    public Node leaf() {
        return nodes.get(nodes.size() - 1);
    }

    /** The tag of the last element when it is public. */
    public Optional<Tag> leafTag() {
        Node leaf = leaf();
        return leaf.isPrivate() ? Optional.empty() : Optional.of(Tag.of(leaf.group(), leaf.element()));
    }

    /** The number of sequences the path goes through. */
    public int depth() {
        return nodes.size() - 1;
    }

    /** The MIDI form, such as {@code <(0010,0010)>}. */
    public String toMidi() {
        StringBuilder sb = new StringBuilder();
        nodes.forEach(n -> sb.append(n.toMidi()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return toMidi();
    }

    /**
     * Parses the MIDI form.
     *
     * @throws IllegalArgumentException naming the position of the first thing that is not MIDI syntax
     */
    public static TagPath parseMidi(String text) {
        return TagPathParser.parse(text);
    }

    /**
     * The element this path names in {@code dataset}, following item indices and finding private blocks by
     * creator (compared ignoring case, as MIDI upper-cases creators).
     */
    public Optional<Element> resolve(Dataset dataset) {
        Dataset current = dataset;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            Optional<Tag> tag = n.isPrivate() ? findPrivate(current, n) : Optional.of(Tag.of(n.group(), n.element()));
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            Optional<Element> element = current.get(tag.get());
            if (i == nodes.size() - 1 || element.isEmpty()) {
                return element;
            }
            List<Dataset> items = current.getItems(tag.get());
            if (n.item() >= items.size()) {
                return Optional.empty();
            }
            current = items.get(n.item());
        }
        return Optional.empty();
    }

    private static Optional<Tag> findPrivate(Dataset ds, Node n) {
        for (int block = 0x10; block <= 0xFF; block++) {
            Tag creatorTag = Tag.of(n.group(), block);
            if (ds.getString(creatorTag).map(c -> c.equalsIgnoreCase(n.creator())).orElse(false)) {
                return Optional.of(Tag.of(n.group(), block << 8 | n.element()));
            }
        }
        return Optional.empty();
    }
}
