package example;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.ImagePixelModule;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.evaluate.Profile;
import io.github.synthphi.core.pixel.BitmapFont;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.TextMask;
import io.github.synthphi.core.study.FixtureFolder;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PatientMapping;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.TagPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A small de-identifier for the invoker project, the kind a user tests with the plugin: a folder of fixtures in
 * (one sub-folder per study), a folder of de-identified files out, one sub-folder per study.
 *
 * <p>It reads the answer key to know what to do, as a rule-based de-identifier knows its rules: planted PHI
 * removed or emptied as PS3.15 says under the profile, descriptions reduced to their clinical part, private
 * elements and overlays removed, every planted UID replaced consistently, Patient ID replaced by one pseudonym
 * per patient, burned-in PHI blacked out on every frame. In mode {@code leaky} it forgets the Patient Name.
 *
 * <p>Usage: {@code Deidentify <fixtures> <output> <correct|leaky> <profile>}.
 */
public final class Deidentify {

    private static final long SEED = 11L;
    private static final int MARGIN = 2;

    private final StudyFixture fixture;
    private final Profile profile;
    private final boolean leaky;
    private final Set<String> plantedUids = new HashSet<>();
    private final Map<String, String> patientOfStudy = new HashMap<>();
    private final List<String> patients = new ArrayList<>();

    private Deidentify(StudyFixture fixture, Profile profile, boolean leaky) {
        this.fixture = fixture;
        this.profile = profile;
        this.leaky = leaky;
        for (AnswerKeyEntry e : fixture.answerKey().entries()) {
            if (e.action() == Action.UID_CHANGED) {
                plantedUids.add(e.value());
            }
        }
        for (PatientMapping m : fixture.patients()) {
            patients.add(m.sourcePatient());
            m.studyInstanceUids().forEach(uid -> patientOfStudy.put(uid, m.sourcePatient()));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 || !(args[2].equals("correct") || args[2].equals("leaky"))) {
            throw new IllegalArgumentException("usage: Deidentify <fixtures> <output> <correct|leaky> <profile>");
        }
        Path fixtures = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> studies;
        try (Stream<Path> list = Files.list(fixtures)) {
            studies = list.filter(FixtureFolder::hasMarker).sorted().toList();
        }
        for (Path study : studies) {
            new Deidentify(FixtureFolder.open(study), Profile.parse(args[3]), args[2].equals("leaky"))
                    .run(output.resolve(study.getFileName().toString()));
        }
    }

    private void run(Path out) throws IOException {
        Files.createDirectories(out);
        DicomReader reader = new DicomReader();
        for (Path file : fixture.files()) {
            DicomFile in = reader.read(file);
            String sop = in.dataset().getString(Tags.SOPInstanceUID).orElseThrow();
            Dataset ds = deidentify(in);
            new DicomWriter(WriteOptions.of(in.transferSyntax())).write(out.resolve(newUid(sop) + ".dcm"), ds);
        }
    }

    private static String newUid(String old) {
        return Uids.generate(SEED, "new/" + old);
    }

    private Dataset deidentify(DicomFile in) throws IOException {
        Dataset ds = in.dataset().deepCopy();
        String sop = ds.getString(Tags.SOPInstanceUID).orElseThrow();
        String patient = patientOfStudy.get(ds.getString(Tags.StudyInstanceUID).orElseThrow());
        Map<String, List<AnswerKeyEntry>> byPath = new LinkedHashMap<>();
        List<AnswerKeyEntry> lines = new ArrayList<>();
        for (AnswerKeyEntry e : fixture.answerKey().forInstance(sop)) {
            if (e.tagPath().isPresent()) {
                byPath.computeIfAbsent(e.tagPath().get().toMidi(), k -> new ArrayList<>()).add(e);
            } else {
                lines.add(e);
            }
        }
        for (List<AnswerKeyEntry> atPath : byPath.values()) {
            element(ds, atPath, patient);
        }
        removePrivate(ds);
        for (Element e : List.copyOf(ds.elements())) {
            if ((e.tag().group() & 0xFF00) == 0x6000) {
                ds.remove(e.tag());
            }
        }
        replaceUids(ds);
        blackOut(ds, in, lines);
        ds.setString(Tags.PatientIdentityRemoved, Vr.CS, "YES");
        ds.setString(Tags.DeidentificationMethod, Vr.LO, "synth invoker test de-identifier");
        return ds;
    }

    private void element(Dataset root, List<AnswerKeyEntry> atPath, String patient) {
        TagPath path = atPath.get(0).tagPath().orElseThrow();
        Tag tag = path.leafTag().orElse(null);
        if (tag == null || path.nodes().stream().anyMatch(TagPath.Node::isPrivate)
                || (tag.group() & 0xFF00) == 0x6000) {
            return; // private blocks and overlays go as a whole
        }
        Optional<Dataset> holder = holder(root, path);
        if (holder.isEmpty() || holder.get().get(tag).isEmpty()) {
            return;
        }
        Dataset ds = holder.get();
        String code = profile.action(tag);
        boolean cleaned = code.equals("C") || code.equals("K") || code.isEmpty();
        Optional<AnswerKeyEntry> removed = first(atPath, Action.TEXT_REMOVED);
        Optional<AnswerKeyEntry> retained = atPath.stream()
                .filter(e -> e.action() == Action.TEXT_RETAINED && !e.category().equals("DICOM-IOD")).findFirst();
        if (first(atPath, Action.UID_CHANGED).isPresent() || first(atPath, Action.UID_CONSISTENT).isPresent()) {
            return; // replaced where it occurs
        }
        if (first(atPath, Action.PATID_CONSISTENT).isPresent()) {
            ds.setString(tag, Vr.LO, String.format(Locale.ROOT, "ANON%04d", patients.indexOf(patient) + 1));
            return;
        }
        if (removed.isPresent()) {
            if (code.equals("K") || leaky && tag.equals(Tags.PatientName)) {
                return;
            }
            if (retained.isPresent() && cleaned) {
                ds.setString(tag, ds.get(tag).orElseThrow().vr(), retained.get().actionText());
            } else {
                removeOrEmpty(ds, tag, code);
            }
            return;
        }
        if (first(atPath, Action.DATE_SHIFTED).isPresent()) {
            if (!code.equals("K") && !code.equals("C")) {
                removeOrEmpty(ds, tag, code);
            }
            return;
        }
        if (retained.isPresent() && !cleaned) {
            removeOrEmpty(ds, tag, code);
        }
    }

    /** Z and D attributes are emptied, everything else removed. */
    private static void removeOrEmpty(Dataset ds, Tag tag, String code) {
        if (code.startsWith("Z") || code.startsWith("D")) {
            ds.setString(tag, ds.get(tag).orElseThrow().vr(), "");
        } else {
            ds.remove(tag);
        }
    }

    private static Optional<AnswerKeyEntry> first(List<AnswerKeyEntry> entries, Action action) {
        return entries.stream().filter(e -> e.action() == action).findFirst();
    }

    private static Optional<Dataset> holder(Dataset root, TagPath path) {
        Dataset current = root;
        List<TagPath.Node> nodes = path.nodes();
        for (int i = 0; i < nodes.size() - 1; i++) {
            TagPath.Node n = nodes.get(i);
            List<Dataset> items = current.getItems(Tag.of(n.group(), n.element()));
            if (n.item() >= items.size()) {
                return Optional.empty();
            }
            current = items.get(n.item());
        }
        return Optional.of(current);
    }

    private static void removePrivate(Dataset ds) {
        for (Element e : List.copyOf(ds.elements())) {
            if (e.tag().isPrivate()) {
                ds.remove(e.tag());
            } else if (e.value() instanceof Value.Items items) {
                items.items().forEach(Deidentify::removePrivate);
            }
        }
    }

    private void replaceUids(Dataset ds) {
        for (Element e : List.copyOf(ds.elements())) {
            if (e.value() instanceof Value.Items items) {
                items.items().forEach(this::replaceUids);
                continue;
            }
            if (e.vr() != Vr.UI) {
                continue;
            }
            List<String> values = new ArrayList<>(ds.getStrings(e.tag()));
            boolean changed = false;
            for (int i = 0; i < values.size(); i++) {
                if (plantedUids.contains(values.get(i))) {
                    values.set(i, newUid(values.get(i)));
                    changed = true;
                }
            }
            if (changed) {
                ds.setString(e.tag(), Vr.UI, values.toArray(new String[0]));
            }
        }
    }

    /** Blacks out each burned PHI line's cell box and a margin on every frame (native pixel data). */
    private void blackOut(Dataset ds, DicomFile in, List<AnswerKeyEntry> lines) throws IOException {
        if (lines.stream().noneMatch(e -> e.action() == Action.PIXELS_HIDDEN)) {
            return;
        }
        ImagePixelModule m = ImagePixelModule.of(ds);
        byte[] bytes = ((Value.Bytes) ds.get(Tags.PixelData).orElseThrow().value()).toArray();
        int bytesPerSample = m.bitsAllocated() / 8;
        int black;
        try {
            Frame f = PixelData.of(ds, in.transferSyntax()).frame(0);
            black = Integer.MAX_VALUE;
            for (int s : f.samples()) {
                black = Math.min(black, s);
            }
        } catch (PixelDecodingException e) {
            throw new IOException(e);
        }
        for (AnswerKeyEntry e : lines) {
            if (e.action() != Action.PIXELS_HIDDEN) {
                continue;
            }
            PixelRegion r = e.region().orElseThrow();
            TextMask mask = TextMask.render(r.text(), BitmapFont.named(r.font()), r.scale());
            Box box = new Box(r.originX(), r.originY(), mask.width(), mask.height()).grow(MARGIN);
            for (int frame = 0; frame < m.frames(); frame++) {
                fill(bytes, m, frame, box, black, bytesPerSample);
            }
        }
        ds.setBytes(Tags.PixelData, ds.get(Tags.PixelData).orElseThrow().vr(), bytes);
    }

    private static void fill(byte[] bytes, ImagePixelModule m, int frame, Box box, int value, int bytesPerSample) {
        long base = frame * m.frameLength();
        int spp = m.samplesPerPixel();
        for (int y = Math.max(0, box.y()); y < Math.min(m.rows(), box.bottom()); y++) {
            for (int x = Math.max(0, box.x()); x < Math.min(m.columns(), box.right()); x++) {
                for (int s = 0; s < spp; s++) {
                    long at = m.planarConfiguration() == 0
                            ? base + ((long) (y * m.columns() + x) * spp + s) * bytesPerSample
                            : base + ((long) s * m.rows() * m.columns() + (long) y * m.columns() + x) * bytesPerSample;
                    for (int k = 0; k < bytesPerSample; k++) {
                        bytes[(int) at + k] = (byte) (value >>> (8 * k));
                    }
                }
            }
        }
    }
}
