package io.github.synthphi.core.midi;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomParseException;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tags;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Scores a de-identifier's output folder against a MIDI answer key in {@code MIDI} mode, the way MIDI's validation
 * script does, so a team's score here equals its score there (pixels_hidden aside, see
 * {@link MidiRules.PixelsHidden}).
 *
 * <p>The output folder is indexed first: every file with a Part-10 preamble and {@code DICM}, by its SOP Instance
 * UID, mapped back to the old UID through the UID mapping (new to old, the first row of each). Then the key is read
 * one row at a time; each row's file is read and flattened once and every check of the row is decided by
 * {@link MidiRules}; a row that no file maps to is a missing instance. Memory holds the index (a path per
 * instance), the series tallies and one file at a time, never the key.
 *
 * <pre>{@code
 * MidiRules rules = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), UidMappingCsv.read(uidCsv),
 *         UidMappingCsv.read(patientIdCsv), MidiRules.PixelsHidden.REVIEW);
 * MidiScore score = new MidiScorer(rules).score(Path.of("answer_key.db"), Path.of("deid-out"), r -> { });
 * System.out.println(score.seriesLevel().all().scoreText());
 * }</pre>
 */
public final class MidiScorer {

    /** The mode name reports carry. */
    public static final String MODE = "MIDI";

    private final MidiRules rules;
    private final DicomReader reader = new DicomReader();

    /** A scorer applying {@code rules}. */
    public MidiScorer(MidiRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    private record SeriesKey(String action, String tagDs, String patient, String study, String series) {
    }

    private record Kept(MidiVerdict verdict, String action, MidiCategories.Assigned category) {
    }

    /**
     * Scores {@code outputDir} against the key {@code keyDb}, handing every result to {@code sink} in key order.
     *
     * @throws MidiKeyException when the key cannot be read
     * @throws IOException when the output folder cannot be listed
     */
    public MidiScore score(Path keyDb, Path outputDir, Consumer<MidiResult> sink) throws IOException {
        Objects.requireNonNull(keyDb, "keyDb");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(sink, "sink");
        Map<String, String> newToOld = new HashMap<>();
        rules.uidMap().forEach((oldUid, newUid) -> newToOld.putIfAbsent(newUid, oldUid));
        Map<String, Path> byOldSop = new TreeMap<>();
        List<String> unmapped = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        index(outputDir, newToOld, byOldSop, unmapped, skipped);

        MidiTally instances = new MidiTally();
        Map<SeriesKey, Kept> series = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        long[] counts = new long[2];
        try (MidiAnswerDb db = MidiAnswerDb.open(keyDb)) {
            if (db.hasScopeColumn()) {
                notes.add("the key has a row-level scope column; MIDI then matches rows by series or study, "
                        + "which synth does not do yet: every row was checked against its own instance");
            }
            db.forEachRow(row -> {
                counts[0]++;
                Path file = byOldSop.get(row.sopInstanceUid());
                if (file == null) {
                    counts[1]++;
                }
                for (MidiResult r : results(row, file, outputDir, skipped)) {
                    instances.add(r.check().action().midiName(), r.category(), r.outcome().verdict());
                    SeriesKey k = new SeriesKey(r.check().action().midiName(), r.check().tagDs().orElse(""),
                            r.patient(), r.study(), r.series());
                    Kept kept = series.get(k);
                    if (kept == null || r.outcome().verdict().ordinal() < kept.verdict().ordinal()) {
                        series.put(k, new Kept(r.outcome().verdict(), k.action(), r.category()));
                    }
                    sink.accept(r);
                }
            });
        }
        MidiTally seriesTally = new MidiTally();
        series.values().forEach(k -> seriesTally.add(k.action(), k.category(), k.verdict()));
        return new MidiScore(MODE, instances, seriesTally, counts[0], counts[1], unmapped, skipped, notes);
    }

    private List<MidiResult> results(MidiRow row, Path file, Path outputDir, List<String> skipped) {
        List<MidiResult> out = new ArrayList<>();
        if (file == null) {
            for (MidiCheck c : row.checks()) {
                rules.check(c, Optional.empty()).ifPresent(o -> out.add(new MidiResult(c, o,
                        Optional.of(MidiRules.MISSING_FILE), row.modality(), row.sopClassUid(), row.patientId(),
                        row.studyInstanceUid(), row.seriesInstanceUid(), row.sopInstanceUid(), Optional.empty(),
                        MidiCategories.reportCategory(c))));
            }
            return out;
        }
        Dataset ds;
        try {
            ds = reader.read(file).dataset();
        } catch (IOException e) {
            skipped.add(relative(outputDir, file) + ": " + e.getMessage());
            return results(row, null, outputDir, skipped);
        }
        MidiFile f = MidiFile.of(ds);
        String rel = relative(outputDir, file);
        for (MidiCheck c : row.checks()) {
            rules.check(c, Optional.of(f)).ifPresent(o -> out.add(new MidiResult(c, o,
                    c.tagDs().flatMap(f::value), id(f, "<(0008,0060)>"), id(f, "<(0008,0016)>"),
                    id(f, "<(0010,0020)>"), id(f, "<(0020,000d)>"), id(f, "<(0020,000e)>"), id(f, "<(0008,0018)>"),
                    Optional.of(rel), MidiCategories.reportCategory(c))));
        }
        return out;
    }

    private static String id(MidiFile f, String path) {
        return f.value(path).orElse("");
    }

    private void index(Path outputDir, Map<String, String> newToOld, Map<String, Path> byOldSop,
                       List<String> unmapped, List<String> skipped) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(outputDir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String rel = relative(outputDir, file);
            if (!isPart10(file)) {
                skipped.add(rel + ": no Part-10 preamble and DICM prefix");
                continue;
            }
            Optional<String> sop;
            try {
                sop = reader.read(file).dataset().getString(Tags.SOPInstanceUID);
            } catch (DicomParseException e) {
                skipped.add(rel + ": " + e.getMessage());
                continue;
            }
            String old = sop.map(newToOld::get).orElse(null);
            if (old == null) {
                unmapped.add(rel);
            } else {
                byOldSop.putIfAbsent(old, file);
            }
        }
    }

    /** True for a file with a Part-10 preamble and {@code DICM}: the files MIDI's script reads. */
    static boolean isPart10(Path file) throws IOException {
        byte[] head = new byte[132];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 132) < 132) {
                return false;
            }
        }
        return new String(head, 128, 4, StandardCharsets.US_ASCII).equals("DICM");
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
