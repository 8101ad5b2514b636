package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.dicom.interop.Pydicom;
import io.github.synthphi.core.dicom.interop.ToolResult;
import io.github.synthphi.core.pixel.BitmapFont;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.PlacedText;
import io.github.synthphi.core.pixel.TextMask;
import io.github.synthphi.core.study.GeneratedStudies.Text;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PhiOverlay;
import io.github.synthphi.core.truth.PixelRegion;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every burned line sits exactly in its box: for every pixel entry of {@code answer-key.csv}
 * ({@code pixels_hidden} and {@code pixels_retained}), the glyph mask recomputed from text, font, scale and
 * origin has exactly the recorded ink box, and in the frames pydicom decodes from the file every ink pixel
 * has the recorded ink value (every sample: the generator's ink is grey, so an RGB ink pixel has three equal
 * samples) on each listed frame, while on the frames not listed (the {@code SOME_FRAMES} variant) the mask is
 * not burned. The rows of {@code phi_overlays.csv} agree with the answer key one to one.
 *
 * <p>The pixels are decoded by pydicom, independent of synth's reader; without a Python that has pydicom the
 * test is skipped (it fails when {@value ExternalTools#REQUIRE_VARIABLE} is true).
 */
class GeneratedBurnedTextIT {

    /** On a frame a line is not on, at most this share of its mask may have the ink value by chance. */
    private static final double NOT_BURNED_AT_MOST = 0.5;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Modality m : Modality.values()) {
            out.add(of(m, Text.EN_US, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        }
        out.add(of(Modality.US_CINE, Text.JA_JP_IR87, TransferSyntax.RLE_LOSSLESS));
        out.add(of(Modality.CT, Text.DE_DE, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN));
        out.add(of(Modality.US, Text.DE_DE, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN));
        return out.stream();
    }

    private static Arguments of(Modality m, Text text, TransferSyntax ts) {
        return Arguments.of(GeneratedStudies.describe(m, text, ts), m, text, ts);
    }

    /** What pydicom decoded from one file. */
    private record Decoded(Path file, String sopInstanceUid, int frames, int rows, int columns, int samples,
                           int[] values) {
        int sample(int frame, int x, int y, int s) {
            return values[((frame * rows + y) * columns + x) * samples + s];
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBurnedLineSitsExactlyInItsBox(String name, Modality modality, Text text, TransferSyntax ts,
                                            @TempDir Path dir, TestReporter reporter) throws Exception {
        ExternalTools.requirePydicomPython();
        StudyFixture fixture = GeneratedStudies.generate(GeneratedStudies.spec(modality, text, ts),
                dir.resolve("study"));
        List<Decoded> decoded = decode(fixture, dir);
        List<String> problems = new ArrayList<>();
        int lines = 0;
        for (Decoded d : decoded) {
            String file = name + ", " + fixture.directory().relativize(d.file());
            List<AnswerKeyEntry> pixels = fixture.answerKey().forInstance(d.sopInstanceUid()).stream()
                    .filter(AnswerKeyEntry::isPixelEntry).toList();
            assertThat(pixels).as("%s: pixel entries of SOP Instance UID %s", file, d.sopInstanceUid())
                    .anyMatch(e -> e.action() == Action.PIXELS_HIDDEN)
                    .anyMatch(e -> e.action() == Action.PIXELS_RETAINED);
            for (AnswerKeyEntry e : pixels) {
                problems.addAll(check(file, e, d));
                lines++;
            }
        }
        problems.addAll(overlaysAgree(fixture, decoded));
        reporter.publishEntry("burned lines checked", Integer.toString(lines));
        assertThat(problems).as("%s: burned lines that are not exactly where the answer key says", name).isEmpty();
    }

    /** The problems of one pixel entry in one decoded file. */
    private static List<String> check(String file, AnswerKeyEntry e, Decoded d) {
        PixelRegion r = e.region().orElseThrow();
        String what = file + ": " + e.action().midiName() + " \"" + r.text() + "\" (" + r.font() + " x" + r.scale()
                + " at " + r.originX() + "," + r.originY() + ", ink " + r.value() + ", frames " + r.frames() + ")";
        List<String> problems = new ArrayList<>();
        TextMask mask = TextMask.render(r.text(), BitmapFont.named(r.font()), r.scale());
        Optional<Box> box = mask.inkBoxAt(r.originX(), r.originY());
        if (!box.equals(Optional.of(r.inkBox()))) {
            problems.add(what + ": the recorded ink box is " + r.inkBox() + " but the mask's is " + box);
        }
        if (!new PlacedText(mask, r.originX(), r.originY()).fits(d.columns(), d.rows())) {
            problems.add(what + ": the line's cells reach outside the image of " + d.columns() + " x " + d.rows());
            return problems;
        }
        if (r.frames().isEmpty() || r.frames().get(r.frames().size() - 1) >= d.frames()) {
            problems.add(what + ": the frames are not among the file's " + d.frames());
            return problems;
        }
        int inkPixels = mask.mask().inkCount();
        for (int f = 0; f < d.frames(); f++) {
            int frame = f;
            int[] matching = {0};
            List<String> wrong = new ArrayList<>();
            mask.mask().forEachInk((x, y) -> {
                int px = r.originX() + x;
                int py = r.originY() + y;
                boolean all = true;
                for (int s = 0; s < d.samples(); s++) {
                    all &= d.sample(frame, px, py, s) == r.value();
                }
                if (all) {
                    matching[0]++;
                } else if (wrong.size() < 5) {
                    List<Integer> samples = new ArrayList<>();
                    for (int s = 0; s < d.samples(); s++) {
                        samples.add(d.sample(frame, px, py, s));
                    }
                    wrong.add("(" + px + "," + py + ")=" + samples);
                }
            });
            if (r.frames().contains(f) && matching[0] != inkPixels) {
                problems.add(what + ": on frame " + f + ", " + (inkPixels - matching[0]) + " of " + inkPixels
                        + " ink pixels do not have the ink value, such as " + wrong);
            } else if (!r.frames().contains(f) && matching[0] > NOT_BURNED_AT_MOST * inkPixels) {
                problems.add(what + ": on frame " + f + ", which the key does not list, " + matching[0] + " of "
                        + inkPixels + " ink pixels have the ink value: the line is burned there too");
            }
        }
        return problems;
    }

    /**
     * The rows of {@code phi_overlays.csv} and the pixel entries of the answer key pair off one to one: same
     * instance, text, ink box and frames; the file the row names is the instance's; the image size is the
     * file's; a PHI row's value is the entry's, a label row has none.
     */
    private static List<String> overlaysAgree(StudyFixture fixture, List<Decoded> decoded) {
        List<String> problems = new ArrayList<>();
        Map<String, Decoded> bySop = new HashMap<>();
        decoded.forEach(d -> bySop.put(d.sopInstanceUid(), d));
        List<AnswerKeyEntry> unpaired = new ArrayList<>(fixture.answerKey().pixelEntries());
        for (PhiOverlay o : fixture.overlays()) {
            String what = "phi_overlays.csv row " + o.outputDicomRelpath() + " \"" + o.renderedText() + "\"";
            Optional<AnswerKeyEntry> pair = unpaired.stream().filter(e -> e.sopInstanceUid().equals(o.sopInstanceUid())
                    && e.region().orElseThrow().text().equals(o.renderedText())
                    && e.region().orElseThrow().inkBox().equals(o.inkBox())
                    && e.region().orElseThrow().frames().equals(o.frames())).findFirst();
            if (pair.isEmpty()) {
                problems.add(what + " " + o.inkBox() + " frames " + o.frames() + ": no pixel entry of "
                        + o.sopInstanceUid() + " has that text, box and frames");
                continue;
            }
            unpaired.remove(pair.get());
            String expectedValue = pair.get().action() == Action.PIXELS_HIDDEN ? pair.get().value() : "";
            if (!o.phiValue().equals(expectedValue)) {
                problems.add(what + ": phi_value '" + o.phiValue() + "' but the answer key's value is '"
                        + expectedValue + "'");
            }
            Decoded d = bySop.get(o.sopInstanceUid());
            Path named = fixture.directory().resolve(o.outputDicomRelpath());
            if (d == null || !d.file().equals(named)) {
                problems.add(what + ": names " + named + " but SOP Instance UID " + o.sopInstanceUid() + " is in "
                        + (d == null ? "no file" : d.file()));
            } else if (o.imageHeight() != d.rows() || o.imageWidth() != d.columns()) {
                problems.add(what + ": image " + o.imageWidth() + " x " + o.imageHeight() + " but the file's is "
                        + d.columns() + " x " + d.rows());
            }
        }
        unpaired.forEach(e -> problems.add("pixel entry of " + e.sopInstanceUid() + " \""
                + e.region().orElseThrow().text() + "\" has no row in phi_overlays.csv"));
        return problems;
    }

    /** Every file of the fixture, decoded by pydicom. */
    private static List<Decoded> decode(StudyFixture fixture, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("frames"));
        List<String> args = new ArrayList<>(List.of(out.toString()));
        fixture.files().forEach(f -> args.add(f.toString()));
        ToolResult r = Pydicom.run(dir, "pydicom_frames.py", args.toArray(new String[0]));
        List<String> lines = r.stdout().lines().filter(l -> l.startsWith("frames\t")).toList();
        assertThat(lines).as("pydicom_frames.py output:\n%s", r.describe()).hasSize(fixture.files().size());
        List<Decoded> decoded = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            int index = Integer.parseInt(f[1]);
            int frames = Integer.parseInt(f[3]);
            int rows = Integer.parseInt(f[4]);
            int columns = Integer.parseInt(f[5]);
            int samples = Integer.parseInt(f[6]);
            byte[] raw = Files.readAllBytes(out.resolve(index + ".raw"));
            assertThat(raw.length).as("pixels of %s", fixture.files().get(index))
                    .isEqualTo(4 * frames * rows * columns * samples);
            int[] values = new int[raw.length / 4];
            ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
            decoded.add(new Decoded(fixture.files().get(index), f[2], frames, rows, columns, samples, values));
        }
        return decoded;
    }
}
