package io.github.synthphi.benchmarks;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.midi.MidiAnswerDb;
import io.github.synthphi.core.midi.MidiInstance;
import io.github.synthphi.core.midi.MidiKeyWriter;
import io.github.synthphi.core.midi.MidiRules;
import io.github.synthphi.core.midi.MidiScore;
import io.github.synthphi.core.midi.MidiScorer;
import io.github.synthphi.core.midi.MidiStopWords;
import io.github.synthphi.core.midi.MidiText;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.Scope;
import io.github.synthphi.core.truth.TagPath;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prints how fast a MIDI-format answer key is read and scored in MIDI mode: checks/s for reading the
 * {@code answer_data} rows alone and for scoring a de-identified folder against them, and the peak heap of each,
 * which should not grow with the key. The key (100 checks on each of 1,000 instances by default, every action but
 * pixels_hidden, top-level and nested paths) is written by {@link MidiKeyWriter}; the output folder holds one small
 * file per instance with new UIDs, so every check reads a value.
 *
 * <pre>
 * mvn -B -q install -DskipTests &amp;&amp; mvn -B -q -pl synth-benchmarks exec:exec@midi \
 *     -Dsynth.bench.args="--instances 1000 --checks 100"
 * </pre>
 */
public final class MidiBenchmark {

    private static final Tag[] TEXT_TAGS = {Tags.PatientName, Tags.PatientID, Tags.AccessionNumber,
            Tags.StudyDescription, Tags.SeriesDescription, Tags.InstitutionName, Tags.ReferringPhysicianName,
            Tags.StudyDate, Tags.Modality, Tags.ImageType};

    private MidiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int instances = 1000;
        int checks = 100;
        int reps = 3;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--instances" -> instances = Integer.parseInt(args[++i]);
                case "--checks" -> checks = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --instances N --checks N (per instance) --reps N --keep");
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("synth.bench.target", "target")).resolve("midi-bench");
        BenchmarkSupport.deleteTree(root);
        Files.createDirectories(root.resolve("out"));
        out.println("JDK " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " processors, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        out.println("writing a key of " + instances + " instances x " + checks + " checks and the output (untimed)");
        Map<String, String> uids = new TreeMap<>();
        Map<String, String> patients = new TreeMap<>();
        List<AnswerKeyEntry> entries = new ArrayList<>();
        List<MidiInstance> rows = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            String oldSop = "1.2.826.0.1.3680043.10.1." + i;
            String newSop = "2.25." + (1_000_000 + i);
            String oldPatient = "PAT" + (i / 100);
            uids.put(oldSop, newSop);
            uids.put("1.2.826.0.1.3680043.10.2." + i / 10, "2.25." + (2_000_000 + i / 10));
            patients.put(oldPatient, "MIDI_" + (i / 100));
            rows.add(new MidiInstance(oldSop, oldPatient, "1.2.826.0.1.3680043.10.3." + i / 100,
                    "1.2.826.0.1.3680043.10.2." + i / 10, "CT", "1.2.840.10008.5.1.4.1.1.2", oldPatient));
            for (int c = 0; c < checks; c++) {
                entries.add(entry(oldSop, c, i));
            }
            new DicomWriter().write(root.resolve("out").resolve(i + ".dcm"), output(newSop, i));
        }
        Path key = root.resolve("key.db");
        MidiKeyWriter.write(AnswerKey.of(entries), rows, key);
        out.println(String.format(Locale.ROOT, "key: %.1f MB, %d checks", Files.size(key) / 1e6, entries.size()));
        entries.clear();
        MidiRules rules = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), uids, patients,
                MidiRules.PixelsHidden.REVIEW);

        out.println(String.format(Locale.ROOT, "%-8s %10s %12s %14s %s", "phase", "checks", "checks/s",
                "peak heap MiB", "result"));
        for (int r = 0; r < reps; r++) {
            System.gc();
            BenchmarkSupport.resetHeapPeaks();
            long[] n = new long[1];
            long t0 = System.nanoTime();
            try (MidiAnswerDb db = MidiAnswerDb.open(key)) {
                db.forEachRow(row -> n[0] += row.checks().size());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            out.println(String.format(Locale.ROOT, "%-8s %10d %12.0f %14d %s", "read", n[0], n[0] / s,
                    BenchmarkSupport.peakHeap() >> 20, ""));
            System.gc();
            BenchmarkSupport.resetHeapPeaks();
            t0 = System.nanoTime();
            MidiScore score = new MidiScorer(rules).score(key, root.resolve("out"), x -> { });
            s = (System.nanoTime() - t0) / 1e9;
            long total = score.instanceLevel().all().total();
            out.println(String.format(Locale.ROOT, "%-8s %10d %12.0f %14d %s", "score", total, total / s,
                    BenchmarkSupport.peakHeap() >> 20, score.instanceLevel().all().scoreText()));
        }
        if (!keep) {
            BenchmarkSupport.deleteTree(root);
        }
    }

    private static AnswerKeyEntry entry(String sop, int c, int i) {
        Tag tag = TEXT_TAGS[c % TEXT_TAGS.length];
        Action action = switch (c % 9) {
            case 0 -> Action.TEXT_REMOVED;
            case 1 -> Action.TEXT_RETAINED;
            case 2 -> Action.TEXT_NOTNULL;
            case 3 -> Action.TAG_RETAINED;
            case 4 -> Action.DATE_SHIFTED;
            case 5 -> Action.UID_CHANGED;
            case 6 -> Action.UID_CONSISTENT;
            case 7 -> Action.PATID_CONSISTENT;
            default -> Action.PIXELS_RETAINED;
        };
        TagPath path = c % 5 == 4
                ? TagPath.of(Tags.ReferencedImageSequence).item(c % 3, Tags.ReferencedSOPInstanceUID)
                : TagPath.of(tag);
        String value = action == Action.UID_CONSISTENT ? sop : action == Action.PATID_CONSISTENT ? "PAT" + (i / 100)
                : "VALUE " + c + " OF DOE^JOHN " + i;
        // the tag path makes each check distinct; the checks of one path differ by action and value
        return new AnswerKeyEntry(sop, Scope.INSTANCE, Optional.of(path), "Name " + c, value, action,
                value + " " + c, "HIPAA-A", "", "", Optional.empty(), "", "bench", Optional.empty());
    }

    private static Dataset output(String sop, int i) {
        List<Dataset> refs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            refs.add(new Dataset().setString(Tags.ReferencedSOPInstanceUID, Vr.UI, "2.25." + (3_000_000 + k)));
        }
        return new Dataset()
                .setString(Tags.ImageType, Vr.CS, "ORIGINAL", "PRIMARY")
                .setString(Tags.SOPClassUID, Vr.UI, "1.2.840.10008.5.1.4.1.1.2")
                .setString(Tags.SOPInstanceUID, Vr.UI, sop)
                .setString(Tags.StudyDate, Vr.DA, "20190101")
                .setString(Tags.AccessionNumber, Vr.SH, "")
                .setString(Tags.Modality, Vr.CS, "CT")
                .setString(Tags.InstitutionName, Vr.LO, "REMOVED")
                .setString(Tags.ReferringPhysicianName, Vr.PN, "")
                .setString(Tags.StudyDescription, Vr.LO, "CT CHEST WITH CONTRAST")
                .setString(Tags.SeriesDescription, Vr.LO, "AXIAL 5MM")
                .setItems(Tags.ReferencedImageSequence, refs)
                .setString(Tags.PatientName, Vr.PN, "ANON^" + i)
                .setString(Tags.PatientID, Vr.LO, "MIDI_" + (i / 100))
                .setString(Tags.StudyInstanceUID, Vr.UI, "2.25." + (4_000_000 + i / 100))
                .setString(Tags.SeriesInstanceUID, Vr.UI, "2.25." + (2_000_000 + i / 10))
                .setInt(Tags.Rows, Vr.US, 8)
                .setInt(Tags.Columns, Vr.US, 8)
                .setBytes(Tags.PixelData, Vr.OW, new byte[128]);
    }
}
