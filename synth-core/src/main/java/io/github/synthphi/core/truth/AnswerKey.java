package io.github.synthphi.core.truth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The answer key of a set of synthetic studies: every check, in one deterministic order.
 *
 * <p>The order is by SOP Instance UID; within an instance, element entries by tag path (group, element,
 * then into sequence items) before pixel entries by region (top to bottom, left to right); then by action;
 * then by the remaining fields, so two keys with the same entries are equal and write the same bytes however
 * the entries were collected. Every returned collection is unmodifiable.
 *
 * <pre>{@code
 * AnswerKey key = AnswerKey.of(entries);
 * for (String sop : key.instances()) {
 *     List<AnswerKeyEntry> checks = key.forInstance(sop);
 * }
 * int burned = key.byAction(Action.PIXELS_HIDDEN).size();
 * AnswerKeyCsv.write(key, folder.resolve(AnswerKeyCsv.FILE_NAME));
 * }</pre>
 */
public final class AnswerKey {

    private static final AnswerKey EMPTY = new AnswerKey(List.of());

    private final List<AnswerKeyEntry> entries;
    private final Map<String, List<AnswerKeyEntry>> byInstance;

    private AnswerKey(List<AnswerKeyEntry> sorted) {
        this.entries = sorted;
        Map<String, List<AnswerKeyEntry>> map = new TreeMap<>();
        for (AnswerKeyEntry e : sorted) {
            map.computeIfAbsent(e.sopInstanceUid(), k -> new ArrayList<>()).add(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byInstance = Collections.unmodifiableMap(map);
    }

    /**
     * The key holding {@code entries}, sorted into the key's order; duplicates are kept.
     *
     * @throws NullPointerException when {@code entries} or one of them is null
     */
    public static AnswerKey of(Collection<AnswerKeyEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<AnswerKeyEntry> sorted = new ArrayList<>(entries);
        sorted.forEach(e -> Objects.requireNonNull(e, "an entry of entries"));
        sorted.sort(EntryOrder.ENTRIES);
        return sorted.isEmpty() ? EMPTY : new AnswerKey(List.copyOf(sorted));
    }

    /** The key without entries. */
    public static AnswerKey empty() {
        return EMPTY;
    }

    /** The order of every answer key, as described on the class. */
    public static Comparator<AnswerKeyEntry> order() {
        return EntryOrder.ENTRIES;
    }

    /** Every entry, in the key's order. */
    public List<AnswerKeyEntry> entries() {
        return entries;
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    /** True when the key has no entries. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The SOP Instance UIDs that have entries, ascending (by {@link String#compareTo}). */
    public SortedSet<String> instances() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byInstance.keySet()));
    }

    /** The entries of one instance, in order; empty when the key has none for it. */
    public List<AnswerKeyEntry> forInstance(String sopInstanceUid) {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        return byInstance.getOrDefault(sopInstanceUid, List.of());
    }

    /** The entries with one action, in order. */
    public List<AnswerKeyEntry> byAction(Action action) {
        Objects.requireNonNull(action, "action");
        return filter(e -> e.action() == action);
    }

    /** The entries about burned-in pixels, in order. */
    public List<AnswerKeyEntry> pixelEntries() {
        return filter(AnswerKeyEntry::isPixelEntry);
    }

    /** The entries about elements (those with a tag path), in order. */
    public List<AnswerKeyEntry> elementEntries() {
        return filter(e -> !e.isPixelEntry());
    }

    private List<AnswerKeyEntry> filter(Predicate<AnswerKeyEntry> p) {
        return entries.stream().filter(p).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerKey other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "AnswerKey[" + entries.size() + " entries, " + byInstance.size() + " instances]";
    }
}
