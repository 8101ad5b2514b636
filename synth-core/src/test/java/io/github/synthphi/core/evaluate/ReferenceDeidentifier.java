package io.github.synthphi.core.evaluate;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Frame;
import io.github.synthphi.core.dicom.ImagePixelModule;
import io.github.synthphi.core.dicom.PixelData;
import io.github.synthphi.core.dicom.PixelDecodingException;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Uids;
import io.github.synthphi.core.dicom.Value;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.pixel.BitmapFont;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.TextMask;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.PatientMapping;
import io.github.synthphi.core.truth.PixelRegion;
import io.github.synthphi.core.truth.TagPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A de-identifier written for the verdict tests: a folder of generated DICOM files in, a folder of
 * de-identified files under new names out. It knows the answer key, so under its {@link Profile} it does
 * everything right, unless it is told to make {@link Fault}s, each of which breaks exactly one thing.
 *
 * <p>Doing it right means: PHI elements removed, or emptied where PS3.15 says Z or D; free text replaced by its
 * clinical part (the {@code text_retained} action text of the same element) where the profile cleans it;
 * every private element and the overlay plane removed; every planted UID replaced by
 * {@code Uids.generate(SEED, "new/" + old)} everywhere, references and file meta included; Patient ID replaced
 * by one pseudonym per patient; under MOD the dates shifted by one offset per patient (times kept), otherwise
 * removed or emptied; each burned PHI line's cell box and a margin blacked out on every frame, labels left;
 * controls kept. It marks the files PatientIdentityRemoved YES with a DeidentificationMethod.
 */
final class ReferenceDeidentifier {

    /** The seed of the new UIDs. */
    static final long SEED = 7L;
    /** The margin around a line's cell box that is blacked out with it. */
    static final int MARGIN = 2;

    /**
     * One way of getting one thing wrong; or, for {@link #PIXELATED} and the transcodings, another way of doing
     * it right. Faults combine: {@code BANNER_LEFT} with {@code JPEG_BASELINE} leaves the text under lossy
     * compression.
     */
    enum Fault {
        /** Removes Patient Name but appends it to Image Comments. */
        NAME_COPIED_TO_COMMENTS,
        /** Copies Patient Name into Derivation Description, which the answer key does not list. */
        NAME_IN_UNLISTED_ATTRIBUTE,
        /** Patient Name keeps its family name alone. */
        FAMILY_NAME_LEFT,
        /** Patient's Address keeps its two-letter state code. */
        STATE_CODE_LEFT,
        /** Keeps the private block's copy of the patient's name (the rest of the private data go). */
        PRIVATE_NAME_LEFT,
        /** Keeps the order number three private sequences deep (the rest of the private data go). */
        PRIVATE_DEEP_LEFT,
        /** Keeps the issuer's facility name three sequences deep in the first Other Patient IDs item. */
        DEEP_SEQUENCE_LEFT,
        /**
         * Swaps the two items of Other Patient IDs Sequence and leaves the first one's ID, which now sits in the
         * second item, where the answer key names another value.
         */
        ITEMS_REORDERED,
        /** Study Description loses a clinical word. */
        CLINICAL_WORD_DROPPED,
        /** Modality, a control, is emptied. */
        MODALITY_BLANKED,
        /** Series Instance UID, a Type 1 attribute, is emptied instead of replaced. */
        SERIES_UID_EMPTIED,
        /** Every sample is halved (an intensity rescaling), after whatever else is done to the pixels. */
        INTENSITY_HALVED,
        /** Keeps the overlay plane's bits (its description is removed). */
        OVERLAY_LEFT,
        /** Study Date stays as it was. */
        DATE_LEFT,
        /** Study Date is shifted but written as 2019-02-23, which is no DA. */
        DATE_INVALID,
        /** Study Date is emptied. */
        DATE_EMPTIED,
        /** Dates of the series numbered 3 are shifted by a week more than the patient's other dates. */
        DATES_SHIFTED_PER_SERIES,
        /** The items of Referenced Image Sequence keep the source SOP Instance UID. */
        SOURCE_UID_IN_REFERENCE,
        /** Every file gets a Study Instance UID of its own. */
        UID_TWO_VALUES,
        /** Frame of Reference UID is replaced by a UID with a leading zero. */
        UID_INVALID,
        /** The file meta keeps the source Media Storage SOP Instance UID. */
        MEDIA_SOP_KEPT,
        /** A patient gets a pseudonym per study. */
        PSEUDONYM_PER_STUDY,
        /** Every patient gets the same pseudonym. */
        PSEUDONYM_SHARED,
        /** The burned PHI is blacked out in frame 0 only. */
        BANNER_FRAME0_ONLY,
        /** The burned text is left as it is. */
        BANNER_LEFT,
        /** The burned PHI is pixelated (8x8 blocks of their mean) instead of blacked out: right too. */
        PIXELATED,
        /** The mask of the first PHI line stops one pixel short of its ink on the right. */
        MASK_ONE_PIXEL_SHORT,
        /** The clinical labels are blacked out too. */
        LABELS_MASKED,
        /** A 16x16 patch in the lower left corner, outside every planted region, is blacked out too. */
        IMAGE_ALTERED,
        /**
         * Keeps the family name in Patient Name and writes it as UTF-8 into a file that declares no Specific
         * Character Set (ISO_IR 6): a leak in bytes the declared set cannot decode.
         */
        UTF8_UNDECLARED,
        /** The same with the family name written in Latin-1 (ISO_IR 100's bytes) into an ISO_IR 6 file. */
        LATIN1_UNDECLARED,
        /** The image is cropped by its last 16 rows. */
        CROPPED,
        /** Rows, a control, is removed. */
        ROWS_DROPPED,
        /** The pixels are written in JPEG 2000's transfer syntax with bytes no decoder reads. */
        UNDECODABLE_PIXELS,
        /** After a correct clean, the pixels are re-encoded as JPEG Baseline (lossy). */
        JPEG_BASELINE,
        /** After a correct clean, the file is written in RLE Lossless. */
        RLE_LOSSLESS,
        /** The file is written in Implicit VR Little Endian, where private sequences have no VR. */
        IMPLICIT_VR,
        /** The last instance is not written. */
        INSTANCE_DROPPED,
        /** A stray file with the patient's name is added. */
        STRAY_FILE,
        /** The last instance is written truncated to half its length. */
        TRUNCATED_FILE
    }

    /** The name of the stray file {@link Fault#STRAY_FILE} adds. */
    static final String STRAY = "extra/stray.dcm";

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private final StudyFixture fixture;
    private final Profile profile;
    private final Set<Fault> faults;
    private final Set<String> plantedUids = new HashSet<>();
    private final Map<String, String> patientOfStudy = new HashMap<>();
    private final Map<String, Integer> studyIndex = new HashMap<>();
    private final List<String> patients = new ArrayList<>();
    private final Map<String, String> uidMapping = new TreeMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();

    ReferenceDeidentifier(StudyFixture fixture, Profile profile, Fault... faults) {
        this.fixture = fixture;
        this.profile = profile;
        this.faults = faults.length == 0 ? EnumSet.noneOf(Fault.class) : EnumSet.of(faults[0], faults);
        for (AnswerKeyEntry e : fixture.answerKey().entries()) {
            if (e.action() == Action.UID_CHANGED) {
                plantedUids.add(e.value());
            }
        }
        for (PatientMapping m : fixture.patients()) {
            patients.add(m.sourcePatient());
            for (int i = 0; i < m.studyInstanceUids().size(); i++) {
                patientOfStudy.put(m.studyInstanceUids().get(i), m.sourcePatient());
                studyIndex.put(m.studyInstanceUids().get(i), i);
            }
        }
    }

    /** The new UID of a planted UID. */
    static String newUid(String old) {
        return Uids.generate(SEED, "new/" + old);
    }

    /** The output file of a source instance, relative to the output folder: the new SOP Instance UID. */
    static String outputName(String sourceSop) {
        return newUid(sourceSop) + ".dcm";
    }

    /** Each output file written (relative to the output folder) with its source SOP Instance UID, in order. */
    Map<String, String> outputs() {
        return Collections.unmodifiableMap(outputs);
    }

    /** The patient's pseudonym. */
    String pseudonym(String patient) {
        return faults.contains(Fault.PSEUDONYM_SHARED) ? "ANON"
                : String.format(Locale.ROOT, "ANON%04d", patients.indexOf(patient) + 1);
    }

    /** The patient's date offset in days under MOD: between 30 and 329 days back. */
    static long offset(String patient) {
        return -(30 + Math.floorMod(patient.hashCode(), 300));
    }

    /** De-identifies every file of the fixture into {@code out}, which is created. */
    void run(Path out) throws IOException {
        Files.createDirectories(out);
        DicomReader reader = new DicomReader();
        List<Path> files = fixture.files();
        for (int i = 0; i < files.size(); i++) {
            boolean last = i == files.size() - 1;
            DicomFile in = reader.read(files.get(i));
            String sop = in.dataset().getString(Tags.SOPInstanceUID).orElseThrow();
            if (last && faults.contains(Fault.INSTANCE_DROPPED)) {
                continue;
            }
            Path target = out.resolve(outputName(sop));
            write(target, deidentify(in, sop), in);
            outputs.put(outputName(sop), sop);
            if (last && faults.contains(Fault.TRUNCATED_FILE)) {
                byte[] bytes = Files.readAllBytes(target);
                Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        if (faults.contains(Fault.STRAY_FILE)) {
            Path stray = out.resolve(STRAY);
            Files.createDirectories(stray.getParent());
            Part10.write(stray, stray(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        }
    }

    /** Writes the UID mapping in MIDI's {@code id_old,id_new} format. */
    void writeUidMapping(Path csv) throws IOException {
        StringBuilder sb = new StringBuilder("id_old,id_new\n");
        uidMapping.forEach((o, n) -> sb.append(o).append(',').append(n).append('\n'));
        Files.writeString(csv, sb.toString(), StandardCharsets.US_ASCII);
    }

    private Dataset deidentify(DicomFile in, String sop) throws IOException {
        Dataset ds = in.dataset().deepCopy();
        String study = ds.getString(Tags.StudyInstanceUID).orElseThrow();
        String patient = patientOfStudy.get(study);
        int series = ds.getInt(Tags.SeriesNumber).orElse(1);
        List<AnswerKeyEntry> entries = fixture.answerKey().forInstance(sop);
        Map<String, List<AnswerKeyEntry>> byPath = new LinkedHashMap<>();
        List<AnswerKeyEntry> lines = new ArrayList<>();
        for (AnswerKeyEntry e : entries) {
            if (e.tagPath().isPresent()) {
                byPath.computeIfAbsent(e.tagPath().get().toMidi(), k -> new ArrayList<>()).add(e);
            } else {
                lines.add(e);
            }
        }
        String patientName = ds.getString(Tags.PatientName).orElse("");
        for (List<AnswerKeyEntry> atPath : byPath.values()) {
            element(ds, atPath, patient, study, series);
        }
        if (faults.contains(Fault.NAME_COPIED_TO_COMMENTS)) {
            ds.setString(Tags.ImageComments, Vr.LT, ds.getString(Tags.ImageComments).orElse("") + ", " + patientName);
        }
        if (faults.contains(Fault.NAME_IN_UNLISTED_ATTRIBUTE)) {
            ds.setString(Tags.DerivationDescription, Vr.ST, "Derived for " + patientName);
        }
        if (faults.contains(Fault.ITEMS_REORDERED)) {
            List<Dataset> items = new ArrayList<>(ds.getItems(Tags.OtherPatientIDsSequence));
            Collections.reverse(items);
            ds.setItems(Tags.OtherPatientIDsSequence, items);
        }
        removePrivate(ds, entries);
        removeOverlay(ds);
        replaceUids(ds, sop);
        pixels(ds, in.transferSyntax(), lines);
        ds.setString(Tags.PatientIdentityRemoved, Vr.CS, "YES");
        ds.setString(Tags.DeidentificationMethod, Vr.LO, "synth reference de-identifier");
        if (faults.contains(Fault.UTF8_UNDECLARED) || faults.contains(Fault.LATIN1_UNDECLARED)) {
            ds.remove(Tags.SpecificCharacterSet);
            String family = patientName.split("\\^", -1)[0];
            ds.setBytes(Tags.PatientName, Vr.PN, family.getBytes(faults.contains(Fault.UTF8_UNDECLARED)
                    ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        }
        if (faults.contains(Fault.MODALITY_BLANKED)) {
            ds.setString(Tags.Modality, Vr.CS, "");
        }
        if (faults.contains(Fault.SERIES_UID_EMPTIED)) {
            ds.setString(Tags.SeriesInstanceUID, Vr.UI, "");
        }
        if (faults.contains(Fault.ROWS_DROPPED)) {
            ds.remove(Tags.Rows);
        }
        if (faults.contains(Fault.CROPPED)) {
            crop(ds, 16);
        }
        return ds;
    }

    /** What to do with the element one or more entries name. */
    private void element(Dataset root, List<AnswerKeyEntry> atPath, String patient, String study, int series) {
        TagPath path = atPath.get(0).tagPath().orElseThrow();
        if (path.nodes().stream().anyMatch(TagPath.Node::isPrivate)) {
            return; // the whole private block goes
        }
        Tag tag = path.leafTag().orElseThrow();
        if ((tag.group() & 0xFF00) == 0x6000) {
            return; // the whole overlay goes
        }
        Optional<Dataset> holder = holder(root, path);
        if (holder.isEmpty() || !holder.get().contains(tag)) {
            return;
        }
        Dataset ds = holder.get();
        String code = profile.action(tag);
        Optional<AnswerKeyEntry> removed = first(atPath, Action.TEXT_REMOVED);
        Optional<AnswerKeyEntry> retained = atPath.stream().filter(e -> e.action() == Action.TEXT_RETAINED
                && !e.category().equals("DICOM-IOD")).findFirst();
        Optional<AnswerKeyEntry> date = first(atPath, Action.DATE_SHIFTED);
        boolean cleaned = code.equals("C") || code.equals("K") || code.isEmpty();
        if (first(atPath, Action.UID_CHANGED).isPresent() || first(atPath, Action.UID_CONSISTENT).isPresent()) {
            return; // every planted UID is replaced where it occurs
        }
        if (first(atPath, Action.PATID_CONSISTENT).isPresent()) {
            int index = studyIndex.getOrDefault(study, 0);
            ds.setString(tag, Vr.LO, pseudonym(patient)
                    + (faults.contains(Fault.PSEUDONYM_PER_STUDY) ? "-" + (index + 1) : ""));
            return;
        }
        if (removed.isPresent()) {
            if (code.equals("K")) {
                return;
            }
            if (tag.equals(Tags.PatientName) && faults.contains(Fault.FAMILY_NAME_LEFT)) {
                ds.setString(tag, Vr.PN, removed.get().value().split("\\^", -1)[0]);
                return;
            }
            if (tag.equals(Tags.PatientAddress) && faults.contains(Fault.STATE_CODE_LEFT)) {
                String[] words = removed.get().value().split("[ ,]+");
                ds.setString(tag, Vr.LO, words[words.length - 2]);
                return;
            }
            if (tag.equals(Tags.LocalNamespaceEntityID) && faults.contains(Fault.DEEP_SEQUENCE_LEFT)
                    && path.nodes().get(0).item() == 0) {
                return;
            }
            if (faults.contains(Fault.ITEMS_REORDERED) && path.depth() == 1 && tag.equals(Tags.PatientID)
                    && path.nodes().get(0).item() == 0) {
                return;
            }
            if (retained.isPresent() && cleaned) {
                String clinical = retained.get().actionText();
                if (tag.equals(Tags.StudyDescription) && faults.contains(Fault.CLINICAL_WORD_DROPPED)) {
                    clinical = dropWord(clinical);
                }
                ds.setString(tag, ds.get(tag).orElseThrow().vr(), clinical);
                return;
            }
            removeOrEmpty(ds, tag, code);
            return;
        }
        if (date.isPresent()) {
            dates(ds, tag, date.get(), code, patient, series);
            return;
        }
        if (retained.isPresent()) {
            if (!cleaned) {
                removeOrEmpty(ds, tag, code);
            } else if (tag.equals(Tags.StudyDescription) && faults.contains(Fault.CLINICAL_WORD_DROPPED)) {
                ds.setString(tag, Vr.LO, dropWord(retained.get().actionText()));
            }
        }
        // controls are kept
    }

    private void dates(Dataset ds, Tag tag, AnswerKeyEntry e, String code, String patient, int series) {
        boolean studyDate = tag.equals(Tags.StudyDate);
        if (studyDate && faults.contains(Fault.DATE_LEFT)) {
            return;
        }
        if (studyDate && faults.contains(Fault.DATE_EMPTIED)) {
            ds.setString(tag, Vr.DA, "");
            return;
        }
        if (code.equals("K")) {
            return;
        }
        if (!code.equals("C")) {
            removeOrEmpty(ds, tag, code);
            return;
        }
        if (e.vr().equals("TM")) {
            return; // whole days are shifted: times stay
        }
        long days = offset(patient);
        if (series == 3 && faults.contains(Fault.DATES_SHIFTED_PER_SERIES)) {
            days -= 7;
        }
        String v = e.value();
        LocalDate shifted = LocalDate.parse(v.substring(0, 8), DA).plusDays(days);
        if (studyDate && faults.contains(Fault.DATE_INVALID)) {
            ds.setString(tag, Vr.DA, shifted.toString());
            return;
        }
        ds.setString(tag, Vr.valueOf(e.vr()), shifted.format(DA) + v.substring(8));
    }

    private static String dropWord(String clinical) {
        String[] words = clinical.split(" ");
        List<String> kept = new ArrayList<>(List.of(words));
        kept.remove(words.length - 2);
        return String.join(" ", kept);
    }

    /** Z and D attributes are emptied (Type 2), everything else removed. */
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

    /** The data set holding the path's last element. */
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

    /** Removes every private element at every depth, but what a fault keeps. */
    private void removePrivate(Dataset ds, List<AnswerKeyEntry> entries) {
        if (faults.contains(Fault.PRIVATE_NAME_LEFT) || faults.contains(Fault.PRIVATE_DEEP_LEFT)) {
            // keep the block, then remove every planted private element but the one the fault keeps
            for (AnswerKeyEntry e : entries) {
                TagPath p = e.tagPath().orElse(null);
                if (p == null || !p.leaf().isPrivate()) {
                    continue;
                }
                boolean keep = faults.contains(Fault.PRIVATE_NAME_LEFT) ? p.depth() == 0 && p.leaf().element() == 0x10
                        : p.depth() == 3;
                if (!keep) {
                    removeAt(ds, p);
                }
            }
            if (faults.contains(Fault.PRIVATE_NAME_LEFT)) {
                removePrivateSequences(ds);
            }
            return;
        }
        for (Element e : List.copyOf(ds.elements())) {
            if (e.tag().isPrivate()) {
                ds.remove(e.tag());
            } else if (e.value() instanceof Value.Items items) {
                items.items().forEach(item -> removePrivate(item, List.of()));
            }
        }
    }

    private static void removePrivateSequences(Dataset ds) {
        for (Element e : List.copyOf(ds.elements())) {
            if (e.tag().isPrivate() && e.value() instanceof Value.Items) {
                ds.remove(e.tag());
            }
        }
    }

    private static void removeAt(Dataset root, TagPath path) {
        Dataset current = root;
        for (TagPath.Node n : path.nodes()) {
            Optional<Element> found = new TagPath(List.of(new TagPath.Node(n.group(), n.element(), n.creator(), -1)))
                    .resolve(current);
            if (found.isEmpty()) {
                return;
            }
            if (n.item() < 0) {
                current.remove(found.get().tag());
                return;
            }
            current = current.getItems(found.get().tag()).get(n.item());
        }
    }

    private void removeOverlay(Dataset ds) {
        for (Element e : List.copyOf(ds.elements())) {
            if ((e.tag().group() & 0xFF00) == 0x6000) {
                boolean bits = e.tag().element() != 0x0022; // everything but the description
                if (!(faults.contains(Fault.OVERLAY_LEFT) && bits)) {
                    ds.remove(e.tag());
                }
            }
        }
    }

    /** Replaces every planted UID wherever it occurs. */
    private void replaceUids(Dataset ds, String sop) {
        for (Element e : List.copyOf(ds.elements())) {
            if (e.value() instanceof Value.Items items) {
                boolean keepSource = faults.contains(Fault.SOURCE_UID_IN_REFERENCE)
                        && e.tag().equals(Tags.ReferencedImageSequence);
                if (!keepSource) {
                    items.items().forEach(item -> replaceUids(item, sop));
                }
                continue;
            }
            if (e.vr() != Vr.UI) {
                continue;
            }
            List<String> values = new ArrayList<>(ds.getStrings(e.tag()));
            boolean changed = false;
            for (int i = 0; i < values.size(); i++) {
                String old = values.get(i);
                if (plantedUids.contains(old)) {
                    String replacement = newUid(old);
                    if (e.tag().equals(Tags.StudyInstanceUID) && faults.contains(Fault.UID_TWO_VALUES)) {
                        replacement = Uids.generate(SEED, "new/" + old + "/in/" + sop);
                    } else if (e.tag().equals(Tags.FrameOfReferenceUID) && faults.contains(Fault.UID_INVALID)) {
                        replacement = "1.2.03." + Math.abs(old.hashCode());
                    } else {
                        uidMapping.put(old, replacement);
                    }
                    values.set(i, replacement);
                    changed = true;
                }
            }
            if (changed) {
                ds.setString(e.tag(), Vr.UI, values.toArray(new String[0]));
            }
        }
    }

    /** Blacks out each PHI line's cell box and margin on every frame (native pixel data). */
    private void pixels(Dataset ds, TransferSyntax ts, List<AnswerKeyEntry> lines) throws IOException {
        if (lines.isEmpty() && !faults.contains(Fault.IMAGE_ALTERED) && !faults.contains(Fault.INTENSITY_HALVED)) {
            return;
        }
        ImagePixelModule m = ImagePixelModule.of(ds);
        Value.Bytes native0 = (Value.Bytes) ds.get(Tags.PixelData).orElseThrow().value();
        byte[] bytes = native0.toArray();
        int frames = m.frames();
        int bytesPerSample = m.bitsAllocated() / 8;
        int black = black(ds, ts);
        boolean firstPhi = true;
        for (AnswerKeyEntry e : lines) {
            boolean phi = e.action() == Action.PIXELS_HIDDEN;
            if (phi ? faults.contains(Fault.BANNER_LEFT) : !faults.contains(Fault.LABELS_MASKED)) {
                continue;
            }
            PixelRegion r = e.region().orElseThrow();
            TextMask mask = TextMask.render(r.text(), BitmapFont.named(r.font()), r.scale());
            Box box = new Box(r.originX(), r.originY(), mask.width(), mask.height()).grow(MARGIN);
            if (phi && firstPhi && faults.contains(Fault.MASK_ONE_PIXEL_SHORT)) {
                int right = r.inkBox().right() - 1;
                box = new Box(box.x(), box.y(), right - box.x(), box.height());
            }
            firstPhi &= !phi;
            int last = faults.contains(Fault.BANNER_FRAME0_ONLY) && phi ? 1 : frames;
            for (int f = 0; f < last; f++) {
                if (faults.contains(Fault.PIXELATED)) {
                    pixelate(bytes, m, f, box, bytesPerSample);
                } else {
                    fill(bytes, m, f, box, black, bytesPerSample);
                }
            }
        }
        if (faults.contains(Fault.IMAGE_ALTERED)) {
            for (int f = 0; f < frames; f++) {
                fill(bytes, m, f, new Box(0, m.rows() - 16, 16, 16), black, bytesPerSample);
            }
        }
        if (faults.contains(Fault.INTENSITY_HALVED)) {
            for (int at = 0; at + bytesPerSample <= bytes.length; at += bytesPerSample) {
                int half = sample(bytes, at, bytesPerSample, m.signed()) >> 1;
                for (int k = 0; k < bytesPerSample; k++) {
                    bytes[at + k] = (byte) (half >>> (8 * k));
                }
            }
        }
        ds.setBytes(Tags.PixelData, ds.get(Tags.PixelData).orElseThrow().vr(), bytes);
    }

    /** Drops the last {@code rows} rows of every frame (native pixel data). */
    private static void crop(Dataset ds, int rows) {
        ImagePixelModule m = ImagePixelModule.of(ds);
        byte[] all = ((Value.Bytes) ds.get(Tags.PixelData).orElseThrow().value()).toArray();
        int keep = (int) (m.frameLength() / m.rows() * (m.rows() - rows));
        byte[] out = new byte[keep * m.frames()];
        for (int f = 0; f < m.frames(); f++) {
            System.arraycopy(all, (int) (f * m.frameLength()), out, f * keep, keep);
        }
        ds.setInt(Tags.Rows, Vr.US, m.rows() - rows);
        ds.setBytes(Tags.PixelData, ds.get(Tags.PixelData).orElseThrow().vr(), out);
    }

    /** The smallest sample of frame 0, the black of the image. */
    private static int black(Dataset ds, TransferSyntax ts) throws IOException {
        try {
            Frame f = PixelData.of(ds, ts).frame(0);
            int min = Integer.MAX_VALUE;
            for (int s : f.samples()) {
                min = Math.min(min, s);
            }
            return min;
        } catch (PixelDecodingException e) {
            throw new IOException(e);
        }
    }

    /** Replaces each 8x8 block of the box by its mean (native pixel data, color by pixel). */
    private static void pixelate(byte[] bytes, ImagePixelModule m, int frame, Box box, int bytesPerSample) {
        long base = frame * m.frameLength();
        int spp = m.samplesPerPixel();
        int block = 8;
        for (int s = 0; s < spp; s++) {
            for (int by = Math.max(0, box.y()); by < Math.min(m.rows(), box.bottom()); by += block) {
                for (int bx = Math.max(0, box.x()); bx < Math.min(m.columns(), box.right()); bx += block) {
                    int y1 = Math.min(Math.min(m.rows(), box.bottom()), by + block);
                    int x1 = Math.min(Math.min(m.columns(), box.right()), bx + block);
                    long sum = 0;
                    int n = 0;
                    for (int y = by; y < y1; y++) {
                        for (int x = bx; x < x1; x++) {
                            sum += sample(bytes, base + ((long) (y * m.columns() + x) * spp + s) * bytesPerSample,
                                    bytesPerSample, m.signed());
                            n++;
                        }
                    }
                    int mean = (int) Math.round((double) sum / n);
                    for (int y = by; y < y1; y++) {
                        for (int x = bx; x < x1; x++) {
                            long at = base + ((long) (y * m.columns() + x) * spp + s) * bytesPerSample;
                            for (int k = 0; k < bytesPerSample; k++) {
                                bytes[(int) at + k] = (byte) (mean >>> (8 * k));
                            }
                        }
                    }
                }
            }
        }
    }

    private static int sample(byte[] bytes, long at, int bytesPerSample, boolean signed) {
        int i = (int) at;
        if (bytesPerSample == 1) {
            return signed ? bytes[i] : bytes[i] & 0xFF;
        }
        int v = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8;
        return signed ? (short) v : v;
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

    private void write(Path target, Dataset ds, DicomFile in) throws IOException {
        TransferSyntax ts = in.transferSyntax();
        if (faults.contains(Fault.JPEG_BASELINE)) {
            writeJpeg(target, ds, ts);
        } else if (faults.contains(Fault.RLE_LOSSLESS)) {
            Part10.write(target, ds, TransferSyntax.RLE_LOSSLESS);
        } else if (faults.contains(Fault.UNDECODABLE_PIXELS)) {
            ImagePixelModule m = ImagePixelModule.of(ds);
            byte[] all = ((Value.Bytes) ds.get(Tags.PixelData).orElseThrow().value()).toArray();
            List<byte[]> frames = new ArrayList<>();
            for (int f = 0; f < m.frames(); f++) {
                frames.add(Arrays.copyOfRange(all, (int) (f * m.frameLength()),
                        (int) ((f + 1) * m.frameLength())));
            }
            ds.set(new Element(Tags.PixelData, Vr.OB, Part10.fragments(frames)));
            Part10.write(target, ds, TransferSyntax.of("1.2.840.10008.1.2.4.90"), Optional.empty());
        } else if (faults.contains(Fault.IMPLICIT_VR)) {
            Part10.write(target, ds, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        } else if (faults.contains(Fault.MEDIA_SOP_KEPT)) {
            Part10.write(target, ds, ts, in.dataset().getString(Tags.SOPInstanceUID));
        } else {
            Part10.write(target, ds, ts);
        }
    }

    private static void writeJpeg(Path target, Dataset ds, TransferSyntax ts) throws IOException {
        PixelData px;
        try {
            px = PixelData.of(ds, ts);
            List<byte[]> frames = new ArrayList<>();
            for (int f = 0; f < px.frameCount(); f++) {
                frames.add(Part10.jpeg(px.frame(f), 0.9f));
            }
            ds.set(new Element(Tags.PixelData, Vr.OB, Part10.fragments(frames)));
        } catch (PixelDecodingException e) {
            throw new IOException(e);
        }
        if (px.module().samplesPerPixel() == 3) {
            ds.setString(Tags.PhotometricInterpretation, Vr.CS, "YBR_FULL_422");
        }
        ds.setString(Tags.LossyImageCompression, Vr.CS, "01");
        Part10.write(target, ds, TransferSyntax.JPEG_BASELINE, Optional.empty());
    }

    /** A small secondary capture no source instance matches, with the first patient's name. */
    private Dataset stray() {
        String name = fixture.identities().get(0).patient().name().alphabetic().toDicom();
        byte[] pixels = new byte[32 * 32];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7);
        }
        return new Dataset()
                .setString(Tags.SOPClassUID, Vr.UI, "1.2.840.10008.5.1.4.1.1.7")
                .setString(Tags.SOPInstanceUID, Vr.UI, Uids.generate(SEED, "stray"))
                .setString(Tags.Modality, Vr.CS, "OT")
                .setString(Tags.PatientName, Vr.PN, name)
                .setString(Tags.StudyInstanceUID, Vr.UI, Uids.generate(SEED, "stray/study"))
                .setString(Tags.SeriesInstanceUID, Vr.UI, Uids.generate(SEED, "stray/series"))
                .setString(Tags.SeriesNumber, Vr.IS, "99")
                .setString(Tags.InstanceNumber, Vr.IS, "1")
                .setInt(Tags.SamplesPerPixel, Vr.US, 1)
                .setString(Tags.PhotometricInterpretation, Vr.CS, "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, 32)
                .setInt(Tags.Columns, Vr.US, 32)
                .setInt(Tags.BitsAllocated, Vr.US, 8)
                .setInt(Tags.BitsStored, Vr.US, 8)
                .setInt(Tags.HighBit, Vr.US, 7)
                .setInt(Tags.PixelRepresentation, Vr.US, 0)
                .setBytes(Tags.PixelData, Vr.OB, pixels);
    }
}
