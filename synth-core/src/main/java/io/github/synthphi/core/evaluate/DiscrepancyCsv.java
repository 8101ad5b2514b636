package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dictionary;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.TagPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The rows of {@code discrepancy-report.csv} and {@code validation-results.csv}: MIDI's discrepancy-report
 * columns ({@link #COLUMNS}), then synth's own. The discrepancy report has a row for every failed check and for
 * every finding that is not a check (actions {@code residual_phi}, {@code missing_instance},
 * {@code unexpected_instance}, {@code unreadable_output}), ordered by output file, instance, location and kind;
 * the validation results have a row for every check, in the evaluation's order.
 *
 * <p>The columns:
 * <ul>
 *   <li>{@code check_passed} 1 or 0; {@code check_score} the check's partial score (0 to 1, at most four
 *       decimals), 0 for findings;</li>
 *   <li>{@code tag_ds} the MIDI tag path (empty for burned text and findings without one); {@code tag_name};
 *       {@code file_value} what the output holds; {@code answer_value} what was planted (for a missing instance,
 *       the source file); {@code action} the MIDI action or the finding's; {@code action_text} the text the
 *       check compares;</li>
 *   <li>{@code category} the family (hipaa, dicom, tcia or unknown, MIDI's rule) and {@code subcategory} the
 *       code, such as {@code HIPAA-A};</li>
 *   <li>{@code modality}, {@code class} (SOP Class UID), {@code patient} (Patient ID), {@code study},
 *       {@code series}, {@code instance}: the output file's, or the source file's when the instance is missing,
 *       as MIDI does;</li>
 *   <li>{@code file_name} and {@code file_path} the output file, relative to the output folder;</li>
 *   <li>synth's: {@code kind} ({@code passed}, {@code check_failed} or the finding's kind), {@code location}
 *       (the tag path, or {@code frames F (x,y,w,h)} for burned text), {@code expected}, {@code reason}.</li>
 * </ul>
 * Values are not wrapped in MIDI's angle brackets and not masked (they are synthetic), but cut after 500
 * characters, and the output and source folders are cut out of messages.
 *
 * <pre>{@code
 * Reports.Written w = Reports.write(evaluation, output, dir);
 * List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get()
 *         .parse(Files.newBufferedReader(w.discrepancyCsv())).getRecords();
 * String action = rows.get(0).get("action");   // text_removed, residual_phi, ...
 * }</pre>
 */
public final class DiscrepancyCsv {

    /** The columns of both files, in order. */
    public static final List<String> COLUMNS = List.of("check_passed", "check_score", "tag_ds", "tag_name",
            "file_value", "answer_value", "action", "action_text", "category", "subcategory", "modality", "class",
            "patient", "study", "series", "instance", "file_name", "file_path", "kind", "location", "expected",
            "reason");

    /** The value of column {@code kind} for a check that passed. */
    static final String PASSED = "passed";

    private final Evaluation evaluation;
    private final DeidOutput output;
    private final InstanceIds.Cache ids = new InstanceIds.Cache();
    private final Map<String, InstanceMatch> bySop = new HashMap<>();
    private final UnaryOperator<String> clean;

    DiscrepancyCsv(Evaluation evaluation, DeidOutput output) {
        this.evaluation = evaluation;
        this.output = output;
        this.clean = Reports.cleaner(output);
        evaluation.matches().forEach(m -> bySop.put(m.sopInstanceUid(), m));
    }

    /** The row of every check, in the evaluation's order. */
    List<List<String>> validationResults() {
        List<List<String>> out = new ArrayList<>();
        evaluation.checks().forEach(r -> out.add(checkRow(r)));
        return out;
    }

    /** The row of every failed check and every other finding, sorted as {@link Finding#ORDER} sorts findings. */
    List<List<String>> discrepancies() {
        List<Keyed> rows = new ArrayList<>();
        for (CheckResult r : evaluation.checks()) {
            if (!r.passed()) {
                AnswerKeyEntry e = r.entry();
                rows.add(new Keyed(r.file(), e.sopInstanceUid(), ReportText.location(e), Finding.Kind.CHECK_FAILED,
                        e.action().name(), rows.size(), checkRow(r)));
            }
        }
        for (Finding f : evaluation.findings()) {
            if (f.kind() != Finding.Kind.CHECK_FAILED) {
                rows.add(new Keyed(f.file(), f.sopInstanceUid(), f.location(), f.kind(), "", rows.size(),
                        findingRow(f)));
            }
        }
        rows.sort(Keyed.ORDER);
        List<List<String>> out = new ArrayList<>();
        rows.forEach(k -> out.add(k.row()));
        return out;
    }

    private List<String> checkRow(CheckResult r) {
        AnswerKeyEntry e = r.entry();
        InstanceIds id = r.file().isEmpty() ? sourceIds(e.sopInstanceUid()) : ids.of(Reports.outputFile(output,
                r.file()));
        return row(r.passed(), r.score(), e.tagPath().map(TagPath::toMidi).orElse(""), e.tagName(), r.found(),
                e.value(), e.action().midiName(), e.actionText(), e.category(), id, r.file(),
                r.passed() ? PASSED : kind(Finding.Kind.CHECK_FAILED), ReportText.location(e), r.expected(),
                r.reason());
    }

    private List<String> findingRow(Finding f) {
        boolean residual = f.kind() == Finding.Kind.RESIDUAL_PHI;
        InstanceIds id = f.file().isEmpty() ? sourceIds(f.sopInstanceUid())
                : ids.of(Reports.outputFile(output, f.file()));
        return row(false, 0, residual ? f.location() : "", residual ? tagName(f.location()) : "", f.found(),
                f.planted(), kind(f.kind()), residual ? f.planted() : "", f.category(), id, f.file(), kind(f.kind()),
                f.location(), f.expected(), f.reason());
    }

    private InstanceIds sourceIds(String sop) {
        InstanceMatch m = bySop.get(sop);
        if (m == null) {
            return new InstanceIds("", "", "", "", "", sop);
        }
        return ids.of(output.source().directory().resolve(m.sourceFile()));
    }

    private List<String> row(boolean passed, double score, String tagDs, String tagName, String fileValue,
                                    String answerValue, String action, String actionText, String category,
                                    InstanceIds id, String file, String kind, String location, String expected,
                                    String reason) {
        return List.of(passed ? "1" : "0", ReportText.decimal(score), tagDs, tagName, clean.apply(fileValue),
                clean.apply(answerValue), action, clean.apply(actionText), ReportText.family(category),
                ReportText.subcategory(category), id.modality(), id.sopClass(), id.patient(), id.study(), id.series(),
                id.instance(), ReportText.fileName(file), file, kind, location, clean.apply(expected),
                clean.apply(reason));
    }

    /** The action name of a finding kind: {@code residual_phi}, {@code missing_instance}, ... */
    static String kind(Finding.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** PS3.6's name of the element a MIDI path ends in; empty for private elements and unparsable paths. */
    private static String tagName(String midiPath) {
        Optional<Tag> leaf;
        try {
            leaf = TagPath.parseMidi(midiPath).leafTag();
        } catch (IllegalArgumentException e) {
            return "";
        }
        return leaf.flatMap(t -> Dictionary.standard().entry(t)).map(Dictionary.Entry::name).orElse("");
    }

    /** A row with what it sorts by. */
    private record Keyed(String file, String sop, String location, Finding.Kind kind, String action, int index,
                         List<String> row) {
        static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::file).thenComparing(Keyed::sop)
                .thenComparing(Keyed::location).thenComparing(Keyed::kind).thenComparing(Keyed::action)
                .thenComparingInt(Keyed::index);
    }
}
