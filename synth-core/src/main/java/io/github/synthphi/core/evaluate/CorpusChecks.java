package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.truth.Action;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks judged across all output files.
 *
 * <ul>
 *   <li>{@code uid_consistent}: a source UID is replaced by one new valid UID everywhere it occurs, references
 *       included. The SOP Instance UID of a paired instance is anchored by the instance's output file when that
 *       file carries a new valid one: every occurrence must equal it, so only the references that disagree
 *       fail. Any other UID that became several new UIDs fails everywhere, as no occurrence can be told right.
 *       An unchanged or invalid value fails where it is and is not counted as another new UID elsewhere. An
 *       absent element passes, as in MIDI (its absence is judged by conformance, not here). Under UIDS the UID
 *       must be unchanged.</li>
 *   <li>{@code patid_consistent}: all output files of a patient carry one Patient ID, which is not the planted
 *       MRN and which no other patient carries; an emptied or absent Patient ID passes.</li>
 *   <li>{@code date_shifted} under MOD: beyond the check of each file, every changed date of a patient is
 *       shifted by the same number of days, so intervals are kept; a date shifted differently from the
 *       patient's most common shift fails.</li>
 * </ul>
 */
final class CorpusChecks {

    private CorpusChecks() {
    }

    static List<CheckResult> judge(List<Observation> observations, Map<String, String> newSopOfSource) {
        List<CheckResult> out = new ArrayList<>();
        Map<String, TreeSet<String>> uidValues = new HashMap<>();
        Map<String, TreeSet<String>> patientIds = new HashMap<>();
        Map<String, TreeSet<String>> patientsOfId = new HashMap<>();
        Map<String, Map<Long, Integer>> shifts = new HashMap<>();
        for (Observation o : observations) {
            String v = o.found().map(String::strip).orElse("");
            if (o.entry().action() == Action.UID_CONSISTENT && !v.isEmpty() && !v.equals(o.entry().value())
                    && Uids.problem(v).isEmpty()) {
                uidValues.computeIfAbsent(o.entry().value(), k -> new TreeSet<>()).add(v);
            } else if (o.entry().action() == Action.PATID_CONSISTENT && !v.isEmpty()) {
                patientIds.computeIfAbsent(o.patient(), k -> new TreeSet<>()).add(v);
                patientsOfId.computeIfAbsent(v, k -> new TreeSet<>()).add(o.patient());
            } else if (o.entry().action() == Action.DATE_SHIFTED) {
                shift(o).ifPresent(d -> shifts.computeIfAbsent(o.patient(), k -> new TreeMap<>()).merge(d, 1,
                        Integer::sum));
            }
        }
        for (Observation o : observations) {
            switch (o.entry().action()) {
                case UID_CONSISTENT -> out.add(uid(o, uidValues, newSopOfSource));
                case PATID_CONSISTENT -> out.add(patient(o, patientIds, patientsOfId));
                case DATE_SHIFTED -> out.add(date(o, shifts));
                default -> throw new IllegalArgumentException(o.entry().action() + " is not judged across files");
            }
        }
        return out;
    }

    private static CheckResult uid(Observation o, Map<String, TreeSet<String>> values, Map<String, String> newSop) {
        String words = o.expectation().words();
        String source = o.entry().value();
        String v = o.found().map(String::strip).orElse("");
        String shown = o.found().map(s -> s.isEmpty() ? "<empty>" : s).orElse("<absent>");
        if (o.expectation().code().equals("K")) {
            boolean kept = v.equals(source);
            return new CheckResult(o.entry(), o.file(), kept, kept ? 1 : 0, shown, words, kept ? "kept" : "changed");
        }
        if (v.isEmpty()) {
            return new CheckResult(o.entry(), o.file(), true, 1, shown, words, "absent");
        }
        if (v.equals(source)) {
            return new CheckResult(o.entry(), o.file(), false, 0, shown, words, "the source UID is unchanged");
        }
        Optional<String> problem = Uids.problem(v);
        if (problem.isPresent()) {
            return new CheckResult(o.entry(), o.file(), false, 0, shown, words, "not a valid UID: " + problem.get());
        }
        String expected = newSop.get(source);
        if (expected != null && !expected.equals(source) && Uids.problem(expected).isEmpty()) {
            boolean same = expected.equals(v);
            return new CheckResult(o.entry(), o.file(), same, same ? 1 : 0, shown, words, same
                    ? "the SOP Instance UID the instance's output carries"
                    : "refers to " + v + " but the instance's output carries " + expected);
        }
        TreeSet<String> all = values.getOrDefault(source, new TreeSet<>());
        if (all.size() > 1) {
            return new CheckResult(o.entry(), o.file(), false, 0, shown, words, "the source UID became "
                    + all.size() + " different UIDs: " + String.join(", ", all));
        }
        return new CheckResult(o.entry(), o.file(), true, 1, shown, words, "one new UID everywhere");
    }

    private static CheckResult patient(Observation o, Map<String, TreeSet<String>> ids,
                                       Map<String, TreeSet<String>> patientsOfId) {
        String words = "one pseudonym per patient, not the MRN";
        String v = o.found().map(String::strip).orElse("");
        String shown = o.found().map(s -> s.isEmpty() ? "<empty>" : s).orElse("<absent>");
        if (v.isEmpty()) {
            return new CheckResult(o.entry(), o.file(), true, 1, shown, words, "emptied");
        }
        if (TextFolding.fold(v).equals(TextFolding.fold(o.entry().value().strip()))) {
            return new CheckResult(o.entry(), o.file(), false, 0, shown, words, "the planted MRN is unchanged");
        }
        TreeSet<String> mine = ids.getOrDefault(o.patient(), new TreeSet<>());
        if (mine.size() > 1) {
            return new CheckResult(o.entry(), o.file(), false, 0, shown, words, "the patient has " + mine.size()
                    + " pseudonyms: " + String.join(", ", mine));
        }
        TreeSet<String> sharing = patientsOfId.getOrDefault(v, new TreeSet<>());
        if (sharing.size() > 1) {
            return new CheckResult(o.entry(), o.file(), false, 0, shown, words, "patients " + String.join(", ", sharing)
                    + " share the pseudonym " + v);
        }
        return new CheckResult(o.entry(), o.file(), true, 1, shown, words, "one pseudonym");
    }

    private static Optional<Long> shift(Observation o) {
        if (!o.local().map(CheckResult::passed).orElse(false) || !o.local().get().expected().contains("MOD")) {
            return Optional.empty();
        }
        Optional<LocalDate> before = DicomValues.date(o.entry().value());
        Optional<LocalDate> after = o.found().flatMap(DicomValues::date);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChronoUnit.DAYS.between(before.get(), after.get()));
    }

    private static CheckResult date(Observation o, Map<String, Map<Long, Integer>> shifts) {
        CheckResult local = o.local().orElseThrow();
        Optional<Long> mine = shift(o);
        Map<Long, Integer> all = shifts.getOrDefault(o.patient(), Map.of());
        if (mine.isEmpty() || all.size() <= 1) {
            return local;
        }
        long common = all.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
        if (mine.get() == common) {
            return local;
        }
        return new CheckResult(o.entry(), o.file(), false, 0, local.found(), local.expected(), "shifted by "
                + mine.get() + " days, while the patient's other dates are shifted by " + common
                + " days: intervals are not kept");
    }
}
