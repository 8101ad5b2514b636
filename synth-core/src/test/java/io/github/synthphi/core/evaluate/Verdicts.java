package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Findings reduced to what a verdict test compares: kind, action, file (or, for a missing instance, the source
 * SOP Instance UID) and location. Two lists of keys are compared as multisets, so a finding reported twice is
 * as wrong as one not reported.
 */
final class Verdicts {

    private Verdicts() {
    }

    /** The key of a finding. */
    static String key(Finding f) {
        return key(f.kind(), f.action(), f.file().isEmpty() ? "sop " + f.sopInstanceUid() : f.file(), f.location());
    }

    static String key(Finding.Kind kind, Optional<Action> action, String fileOrSop, String location) {
        return String.join(" | ", kind.name(), action.map(Action::midiName).orElse("-"), fileOrSop, location);
    }

    /** The key of the failed check of {@code e} in output {@code file}. */
    static String failed(AnswerKeyEntry e, String file) {
        return key(Finding.Kind.CHECK_FAILED, Optional.of(e.action()), file, location(e));
    }

    /** The key of residual PHI at {@code path} of {@code file}. */
    static String residual(String file, String path) {
        return key(Finding.Kind.RESIDUAL_PHI, Optional.empty(), file, path);
    }

    /** Where a finding about {@code e} is: its tag path, or its frames and ink box. */
    static String location(AnswerKeyEntry e) {
        return e.tagPath().map(TagPath::toMidi).orElseGet(() -> {
            var r = e.region().orElseThrow();
            List<Integer> frames = r.frames();
            String f = frames.size() == 1 ? Integer.toString(frames.get(0))
                    : frames.get(0) + "-" + frames.get(frames.size() - 1);
            var b = r.inkBox();
            return String.format(Locale.ROOT, "frames %s (%d,%d,%d,%d)", f, b.x(), b.y(), b.width(), b.height());
        });
    }

    /** The keys of every finding of {@code e}. */
    static List<String> keys(Evaluation e) {
        List<String> out = new ArrayList<>();
        e.findings().forEach(f -> out.add(key(f)));
        return out;
    }

    /** Every finding in full, one a line, for assertion messages. */
    static String describe(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.findings().size()).append(" finding(s) under ").append(e.profile()).append(":\n");
        for (Finding f : e.findings()) {
            sb.append("  ").append(key(f)).append(" [").append(f.keyword()).append("] found '")
                    .append(f.found().length() > 120 ? f.found().substring(0, 120) + "..." : f.found())
                    .append("': ").append(f.reason()).append('\n');
        }
        sb.append("pairing:");
        e.matches().forEach(m -> sb.append(' ').append(m.method()));
        return sb.toString();
    }
}
