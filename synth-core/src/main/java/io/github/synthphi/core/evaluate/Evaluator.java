package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PatientMapping;
import io.github.synthphi.core.truth.TagPath;
import io.github.synthphi.core.truth.UidMappingCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Judges a de-identifier's output against the answer key: pairs output files with source instances, checks
 * every answer-key entry under the claimed profile, searches every output file for every planted token, and
 * judges UIDs, pseudonyms and date shifts across the corpus.
 *
 * <p>Fails closed: a missing output, an unreadable file, pixels that cannot be decoded or a region that cannot
 * be checked is a finding with its reason, never a pass. One instance is held in memory at a time (source and
 * output), so memory is bounded by the largest instance, not by the corpus.
 *
 * <pre>{@code
 * Evaluation e = new Evaluator().evaluate(DeidOutput.of(study, outputDir));
 * }</pre>
 */
public final class Evaluator {

    private final DicomReader reader = new DicomReader();
    private final EvaluationProgress progress;

    /** An evaluator that reports no progress. */
    public Evaluator() {
        this(EvaluationProgress.NONE);
    }

    /** An evaluator that tells {@code progress} of every file it is done with. */
    public Evaluator(EvaluationProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Evaluates {@code in}. */
    public Evaluation evaluate(DeidOutput in) throws IOException {
        StudyFixture fixture = in.source();
        if (fixture.files().isEmpty()) {
            // fail closed: with no source instance every check would pass vacuously
            throw new IOException(fixture.directory() + " holds no instance (every one was quarantined, see "
                    + "run_manifest.csv): there is nothing to judge a de-identifier by");
        }
        Profile profile = in.profile();
        AnswerKey key = fixture.answerKey();
        List<Box> planted = PlantedRegions.of(key.pixelEntries());
        List<SourceInstance> sources = sources(fixture, key, planted);
        List<Finding> findings = new ArrayList<>();
        List<OutputFile> outputs = outputs(in.output(), planted, findings);
        Optional<Map<String, String>> uidMap = in.uidMapping().isPresent()
                ? Optional.of(UidMappingCsv.read(in.uidMapping().get())) : Optional.empty();
        Pairing pairing = new Pairing(sources, readable(outputs), uidMap);
        ResidualScanner scanner = new ResidualScanner(key.entries(), profile);

        List<CheckResult> checks = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<InstanceMatch> matches = new ArrayList<>();
        Map<String, String> newSop = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (SourceInstance s : sources) {
            Optional<OutputFile> o = pairing.output(s.sopInstanceUid());
            matches.add(new InstanceMatch(s.sopInstanceUid(), s.relativePath(), o.map(OutputFile::relativePath),
                    pairing.method(s.sopInstanceUid())));
            o.ifPresent(out -> newSop.put(s.sopInstanceUid(), out.sopInstanceUid()));
        }
        int checked = 0;
        for (SourceInstance s : sources) {
            Optional<OutputFile> o = pairing.output(s.sopInstanceUid());
            if (o.isEmpty()) {
                missing.add(s.sopInstanceUid());
                findings.add(new Finding(Finding.Kind.MISSING_INSTANCE, Optional.empty(), "", s.sopInstanceUid(), "", "",
                        s.relativePath(), "", "", "an output for every instance",
                        "no output file pairs with " + s.relativePath() + " by UID mapping, pixels, attributes or "
                                + "similarity"));
                for (AnswerKeyEntry e : s.entries()) {
                    checks.add(new CheckResult(e, "", false, 0, "<missing instance>",
                            Expectation.of(e, profile).words(), "the instance is missing from the output"));
                }
            } else {
                instance(s, o.get(), profile, scanner, checks, observations, findings);
            }
            progress.fileDone(EvaluationProgress.Stage.CHECKING, ++checked, sources.size());
        }
        for (OutputFile o : pairing.unmatched()) {
            findings.add(new Finding(Finding.Kind.UNEXPECTED_INSTANCE, Optional.empty(), o.relativePath(), "", "", "",
                    "", o.sopInstanceUid(), "", "every output paired with a source instance",
                    "the file pairs with no source instance; it was searched for planted PHI all the same"));
            DicomFile file = reader.read(o.file());
            for (ResidualScanner.Hit h : scanner.scan(file.fileMeta(), file.dataset())) {
                findings.add(residual(o.relativePath(), "", h));
            }
        }
        checks.addAll(CorpusChecks.judge(observations, newSop));
        for (CheckResult r : checks) {
            if (!r.passed() && !missing.contains(r.entry().sopInstanceUid())) {
                findings.add(failed(r));
            }
        }
        return new Evaluation(profile, checks, findings, matches, outputs.size());
    }

    private void instance(SourceInstance s, OutputFile o, Profile profile, ResidualScanner scanner,
                          List<CheckResult> checks, List<Observation> observations, List<Finding> findings)
            throws IOException {
        DicomFile source = reader.read(s.file());
        DicomFile output = reader.read(o.file());
        List<AnswerKeyEntry> pixelEntries = new ArrayList<>();
        List<Expectation> pixelExpectations = new ArrayList<>();
        Map<String, Set<String>> covered = new HashMap<>();
        for (AnswerKeyEntry e : s.entries()) {
            Expectation x = Expectation.of(e, profile);
            // the tokens an entry's own check judges at its own element
            e.tagPath().ifPresent(p -> ElementChecks.tokens(e, e.actionText()).forEach(t -> covered
                    .computeIfAbsent(p.toMidi(), k -> new HashSet<>()).add(t.text())));
            if (e.isPixelEntry() || e.action() == Action.PIXELS_RETAINED) {
                pixelEntries.add(e);
                pixelExpectations.add(x);
                continue;
            }
            Optional<String> found = ElementChecks.found(e, output.dataset());
            switch (e.action()) {
                case UID_CONSISTENT, PATID_CONSISTENT -> observations.add(new Observation(e, o.relativePath(),
                        s.patient(), found, x, Optional.empty()));
                case DATE_SHIFTED -> observations.add(new Observation(e, o.relativePath(), s.patient(), found, x,
                        Optional.of(ElementChecks.check(e, x, source.dataset(), output.dataset(), o.relativePath()))));
                default -> checks.add(ElementChecks.check(e, x, source.dataset(), output.dataset(), o.relativePath()));
            }
        }
        if (!pixelEntries.isEmpty()) {
            PixelData sourcePixels;
            try {
                sourcePixels = PixelData.of(source);
            } catch (PixelDecodingException e) {
                throw new IOException("the source " + s.relativePath() + " has no decodable pixels: " + e.getMessage(), e);
            }
            Optional<PixelData> outputPixels = Optional.empty();
            String problem = "";
            try {
                outputPixels = Optional.of(PixelData.of(output));
            } catch (PixelDecodingException e) {
                problem = "the output's pixels cannot be read: " + e.getMessage();
            }
            checks.addAll(PixelChecks.check(pixelEntries, pixelExpectations, sourcePixels, outputPixels, problem,
                    o.relativePath(), PlantedRegions.of(s.entries())));
        }
        for (ResidualScanner.Hit h : scanner.scan(output.fileMeta(), output.dataset(), covered)) {
            findings.add(residual(o.relativePath(), s.sopInstanceUid(), h));
        }
    }

    private static Finding residual(String file, String sop, ResidualScanner.Hit h) {
        return new Finding(Finding.Kind.RESIDUAL_PHI, Optional.empty(), file, sop, h.path().toMidi(), h.keyword(),
                h.planted(), h.found(), h.category(), "no planted PHI anywhere in the file",
                "planted token(s) " + String.join(", ", h.tokens()) + " found");
    }

    private static Finding failed(CheckResult r) {
        AnswerKeyEntry e = r.entry();
        String location = e.tagPath().map(TagPath::toMidi).orElseGet(() -> e.region().map(g -> {
            var b = g.inkBox();
            return String.format(Locale.ROOT, "frames %s (%d,%d,%d,%d)", frames(g.frames()), b.x(), b.y(), b.width(),
                    b.height());
        }).orElse(""));
        return new Finding(Finding.Kind.CHECK_FAILED, Optional.of(e.action()), r.file(), e.sopInstanceUid(), location,
                e.keyword(), e.value(), r.found(), e.category(), r.expected(), r.reason());
    }

    private static String frames(List<Integer> frames) {
        if (frames.isEmpty()) {
            return "-";
        }
        return frames.size() == 1 ? Integer.toString(frames.get(0))
                : frames.get(0) + "-" + frames.get(frames.size() - 1);
    }

    private List<SourceInstance> sources(StudyFixture fixture, AnswerKey key, List<Box> planted) throws IOException {
        Map<String, String> patientOfStudy = new HashMap<>();
        for (PatientMapping m : fixture.patients()) {
            m.studyInstanceUids().forEach(uid -> patientOfStudy.put(uid, m.sourcePatient()));
        }
        List<SourceInstance> out = new ArrayList<>();
        for (Path file : fixture.files()) {
            DicomFile d = reader.read(file);
            String sop = d.dataset().getString(Tags.SOPInstanceUID).orElseThrow(
                    () -> new IOException(file + " of the fixture has no SOP Instance UID"));
            String study = d.dataset().getString(Tags.StudyInstanceUID).orElse("");
            out.add(new SourceInstance(sop, file, fixture.directory().relativize(file).toString().replace('\\', '/'),
                    patientOfStudy.getOrDefault(study, study), key.forInstance(sop), ImageSignature.of(d, planted)));
            progress.fileDone(EvaluationProgress.Stage.READING_SOURCES, out.size(), fixture.files().size());
        }
        return out;
    }

    private List<OutputFile> outputs(Path output, List<Box> planted, List<Finding> findings) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(output)) {
            files.add(output);
        } else if (Files.isDirectory(output)) {
            try (Stream<Path> walk = Files.walk(output)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        } else {
            findings.add(new Finding(Finding.Kind.UNREADABLE_OUTPUT, Optional.empty(), output.getFileName().toString(),
                    "", "", "", "", "", "", "the de-identifier's output", "the output " + output + " does not exist"));
            return List.of();
        }
        Path base = Files.isDirectory(output) ? output : output.getParent();
        List<OutputFile> out = new ArrayList<>();
        for (Path f : files) {
            String rel = base.relativize(f).toString().replace('\\', '/');
            try {
                DicomFile d = reader.read(f);
                out.add(new OutputFile(f, rel, Optional.empty(), d.dataset().getString(Tags.SOPInstanceUID).orElse(""),
                        ImageSignature.of(d, planted)));
            } catch (IOException e) {
                out.add(new OutputFile(f, rel, Optional.of(e.getMessage()), "", null));
                findings.add(new Finding(Finding.Kind.UNREADABLE_OUTPUT, Optional.empty(), rel, "", "", "", "", "",
                        "", "a readable DICOM file", "cannot be read: " + e.getMessage()));
            }
            progress.fileDone(EvaluationProgress.Stage.READING_OUTPUTS, out.size(), files.size());
        }
        return out;
    }

    private static List<OutputFile> readable(List<OutputFile> outputs) {
        List<OutputFile> out = new ArrayList<>();
        outputs.forEach(o -> {
            if (o.problem().isEmpty()) {
                out.add(o);
            }
        });
        return out;
    }
}
