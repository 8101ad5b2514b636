package io.github.synthphi.it.realdeid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.assertions.SynthAssertions;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.evaluate.Finding;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.study.StudyGenerator;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.FrameRanges;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.TagPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The fixtures the real de-identifiers are run on, and the findings that follow from what a tool is documented to
 * do: a tool that handles some elements of the header (a predicate on the answer key's tag paths) and leaves the
 * pixels and everything else alone must fail exactly the PHI checks of the elements it does not handle, and every
 * {@code pixels_hidden} check, and nothing else.
 */
final class Expected {

    private static final Tag SOP_INSTANCE_UID = Tag.of(0x0008, 0x0018);
    private static final Tag MEDIA_STORAGE_SOP_INSTANCE_UID = Tag.of(0x0002, 0x0003);

    private Expected() {
    }

    /** The modalities the tools are run on: single-frame grey CT and MR, multi-frame colour ultrasound. */
    static Stream<Modality> modalities() {
        return Stream.of(Modality.CT, Modality.MR, Modality.US_CINE);
    }

    /**
     * A small study of {@code modality} in {@code dir}: 320×320 (the burned banner of some identities needs
     * nearly 280 columns), two instances in a series so that UID references and consistency span files, four
     * frames for ultrasound cine.
     *
     * @throws IllegalStateException when the generator quarantined every instance
     */
    static StudyFixture generate(Modality modality, Path dir) throws IOException {
        StudySpec.Builder spec = StudySpec.builder(modality).size(320, 320).instancesPerSeries(2).seed(20_261_122L);
        if (modality == Modality.US_CINE) {
            spec.frames(4);
        }
        StudyFixture study = new StudyGenerator(1).generate(spec.build(), dir);
        if (study.files().size() != 2) {
            throw new IllegalStateException("expected 2 instances of " + modality + ", generated "
                    + study.files().size() + "; see " + dir.resolve("run_manifest.csv"));
        }
        return study;
    }

    /** The DICOM files of {@code study}, relative to its directory, by SOP Instance UID. */
    static Map<String, String> filesBySop(StudyFixture study) throws IOException {
        Map<String, String> out = new TreeMap<>();
        DicomReader reader = new DicomReader();
        for (Path f : study.files()) {
            String sop = reader.read(f).dataset().getString(SOP_INSTANCE_UID)
                    .orElseThrow(() -> new IOException("fixture file without SOP Instance UID: " + f));
            out.put(sop, study.directory().relativize(f).toString().replace('\\', '/'));
        }
        return out;
    }

    /** Copies the DICOM files of {@code study} to the same relative paths under {@code out}. */
    static void copyDicomFiles(StudyFixture study, Path out) throws IOException {
        for (Path f : study.files()) {
            Path target = out.resolve(study.directory().relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }

    /**
     * The findings expected of a tool that keeps file names, handles the header elements {@code handled} accepts
     * so that their checks pass, and leaves every other element, the pixels and the overlays unchanged. A tool
     * that leaves the SOP Instance UID also leaves its copy in the file meta information, Media Storage SOP
     * Instance UID (0002,0003), which no answer-key entry checks: residual PHI there.
     */
    static List<String> findings(StudyFixture study, Predicate<TagPath> handled) throws IOException {
        Map<String, String> files = filesBySop(study);
        List<String> out = new ArrayList<>();
        if (!handled.test(TagPath.of(SOP_INSTANCE_UID))) {
            for (String file : files.values()) {
                out.add(key(Finding.Kind.RESIDUAL_PHI, Optional.empty(), file,
                        TagPath.of(MEDIA_STORAGE_SOP_INSTANCE_UID).toMidi()));
            }
        }
        for (AnswerKeyEntry e : study.answerKey().entries()) {
            String file = files.get(e.sopInstanceUid());
            if (e.isPixelEntry()) {
                if (e.action() == Action.PIXELS_HIDDEN) {
                    out.add(key(Finding.Kind.CHECK_FAILED, Optional.of(e.action()), file, location(e)));
                }
            } else if (e.action().removesPhi() && !handled.test(e.tagPath().orElseThrow())) {
                out.add(key(Finding.Kind.CHECK_FAILED, Optional.of(e.action()), file, location(e)));
            }
        }
        return out;
    }


    /**
     * Judges {@code out} under {@code profile} and asserts what every tool here leads to: exactly the findings of
     * the answer-key entries {@code handled} does not cover (see {@link #findings}), {@code hasNoBurnedInPhi()}
     * failing with every burned box named, and {@code hasNoResidualHeaderPhi()} failing with the header findings
     * counted. Returns the output for the tool's own assertions.
     */
    static DeidOutput assertFindingsExactly(StudyFixture study, Path out, Profile profile,
                                            Predicate<TagPath> handled) throws IOException {
        DeidOutput output = DeidOutput.of(study, out).withProfile(profile);
        Evaluation evaluation = output.evaluation();
        List<String> expected = findings(study, handled);
        assertThat(keys(evaluation)).as(describe(evaluation)).containsExactlyInAnyOrderElementsOf(expected);

        List<String> boxes = burnedInBoxes(study);
        assertThat(boxes).as("the fixture burns PHI in").isNotEmpty();
        assertThatThrownBy(() -> SynthAssertions.assertThat(output).hasNoBurnedInPhi())
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(boxes.toArray(String[]::new));
        assertThatThrownBy(() -> SynthAssertions.assertThat(output).hasNoResidualHeaderPhi())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but found " + headerFindings(expected) + " findings");
        return output;
    }

    /** The keys of the findings of {@code e}, to compare with {@link #findings}. */
    static List<String> keys(Evaluation e) {
        List<String> out = new ArrayList<>();
        for (Finding f : e.findings()) {
            out.add(key(f.kind(), f.action(), f.file().isEmpty() ? "sop " + f.sopInstanceUid() : f.file(),
                    f.location()));
        }
        return out;
    }

    /**
     * How many of {@code findings} (keys of {@link #findings}) {@code hasNoResidualHeaderPhi()} fails on: all but
     * the pixel checks and the checks of Overlay Data (60xx,3000).
     */
    static long headerFindings(List<String> findings) {
        return findings.stream().filter(k -> !k.contains("| " + Action.PIXELS_HIDDEN.midiName() + " |")
                && !k.matches(".*<\\(60[0-9a-f]{2},3000\\)>")).count();
    }

    /** The burned-in boxes of {@code study}'s PHI, as pixel findings name them. */
    static List<String> burnedInBoxes(StudyFixture study) {
        return study.answerKey().entries().stream()
                .filter(e -> e.isPixelEntry() && e.action() == Action.PIXELS_HIDDEN).map(Expected::location)
                .distinct().toList();
    }

    /** True when {@code path} or one of the sequences it is nested in is a public element listed in {@code tags}. */
    static boolean passesThrough(TagPath path, List<Tag> tags) {
        return path.nodes().stream()
                .anyMatch(n -> !n.isPrivate() && tags.contains(Tag.of(n.group(), n.element())));
    }

    /** True when the element {@code path} ends in is a public element listed in {@code tags}, at any depth. */
    static boolean endsIn(TagPath path, List<Tag> tags) {
        return path.leafTag().filter(tags::contains).isPresent();
    }

    /** Every finding in full, one a line, for assertion messages. */
    static String describe(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.findings().size()).append(" finding(s) under ").append(e.profile()).append(":\n");
        for (Finding f : e.findings()) {
            String found = f.found().length() > 100 ? f.found().substring(0, 100) + "..." : f.found();
            sb.append("  ").append(key(f.kind(), f.action(), f.file(), f.location())).append(" [")
                    .append(f.keyword()).append("] found '").append(found).append("': ").append(f.reason())
                    .append('\n');
        }
        return sb.toString();
    }

    private static String key(Finding.Kind kind, Optional<Action> action, String file, String location) {
        return String.join(" | ", kind.name(), action.map(Action::midiName).orElse("-"), file, location);
    }

    private static String location(AnswerKeyEntry e) {
        return e.tagPath().map(TagPath::toMidi).orElseGet(() -> {
            PixelRegion r = e.region().orElseThrow();
            var b = r.inkBox();
            return String.format(Locale.ROOT, "frames %s (%d,%d,%d,%d)", FrameRanges.format(r.frames()), b.x(),
                    b.y(), b.width(), b.height());
        });
    }
}
