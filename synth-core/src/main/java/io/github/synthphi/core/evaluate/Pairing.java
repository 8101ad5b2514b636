package io.github.synthphi.core.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs output files with source instances: by the de-identifier's UID mapping when given (or by an unchanged
 * SOP Instance UID), then by the hash of the pixels outside planted regions, then by retained attributes when
 * they single out one instance, then by the nearest thumbnail of the same size (for lossy re-encoding). Each
 * source and each output is used at most once; ties are broken by order, which is sorted, so the result is
 * deterministic.
 */
final class Pairing {

    /** The largest thumbnail distance still taken for the same picture (0 same, about 2 unrelated). */
    static final double SIMILARITY_LIMIT = 0.25;

    private final Map<String, OutputFile> bySource = new LinkedHashMap<>();
    private final Map<String, String> method = new HashMap<>();
    private final List<OutputFile> unmatched = new ArrayList<>();

    Pairing(List<SourceInstance> sources, List<OutputFile> outputs, Optional<Map<String, String>> uidMap) {
        Map<String, SourceInstance> bySop = new LinkedHashMap<>();
        sources.forEach(s -> bySop.put(s.sopInstanceUid(), s));
        List<OutputFile> left = new ArrayList<>(outputs);
        Map<String, String> newToOld = new HashMap<>();
        uidMap.ifPresent(m -> m.forEach((oldUid, newUid) -> newToOld.putIfAbsent(newUid, oldUid)));
        for (OutputFile o : List.copyOf(left)) {
            String old = uidMap.isPresent() ? newToOld.get(o.sopInstanceUid()) : o.sopInstanceUid();
            if (old != null && bySop.containsKey(old) && !bySource.containsKey(old)) {
                pair(old, o, uidMap.isPresent() ? "uid-mapping" : "uid", left);
            }
        }
        for (OutputFile o : List.copyOf(left)) {
            List<SourceInstance> same = new ArrayList<>();
            for (SourceInstance s : sources) {
                if (!bySource.containsKey(s.sopInstanceUid()) && o.signature().pixelHash().isPresent()
                        && o.signature().pixelHash().equals(s.signature().pixelHash())) {
                    same.add(s);
                }
            }
            if (same.size() == 1) {
                pair(same.get(0).sopInstanceUid(), o, "pixels", left);
            }
        }
        for (OutputFile o : List.copyOf(left)) {
            List<SourceInstance> same = new ArrayList<>();
            for (SourceInstance s : sources) {
                if (!bySource.containsKey(s.sopInstanceUid())
                        && s.signature().attributes().equals(o.signature().attributes())) {
                    same.add(s);
                }
            }
            if (same.size() == 1) {
                pair(same.get(0).sopInstanceUid(), o, "attributes", left);
            }
        }
        while (true) {
            double best = SIMILARITY_LIMIT;
            OutputFile bestOutput = null;
            SourceInstance bestSource = null;
            for (OutputFile o : left) {
                for (SourceInstance s : sources) {
                    if (bySource.containsKey(s.sopInstanceUid()) || s.signature().rows() != o.signature().rows()
                            || s.signature().columns() != o.signature().columns()) {
                        continue;
                    }
                    double d = s.signature().distance(o.signature());
                    if (d < best) {
                        best = d;
                        bestOutput = o;
                        bestSource = s;
                    }
                }
            }
            if (bestOutput == null) {
                break;
            }
            pair(bestSource.sopInstanceUid(), bestOutput, "similarity", left);
        }
        unmatched.addAll(left);
    }

    private void pair(String sop, OutputFile o, String how, List<OutputFile> left) {
        bySource.put(sop, o);
        method.put(sop, how);
        left.remove(o);
    }

    /** The output paired with a source instance. */
    Optional<OutputFile> output(String sopInstanceUid) {
        return Optional.ofNullable(bySource.get(sopInstanceUid));
    }

    /** How a source instance was paired, or {@code none}. */
    String method(String sopInstanceUid) {
        return method.getOrDefault(sopInstanceUid, "none");
    }

    /** Readable outputs that match no source instance. */
    List<OutputFile> unmatched() {
        return List.copyOf(unmatched);
    }
}
