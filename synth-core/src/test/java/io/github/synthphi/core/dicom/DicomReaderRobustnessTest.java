package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of seeded mutations and truncations of valid files: each input either parses or raises
 * {@link DicomParseException}, within a bounded time and allocation, and what parses can be read further
 * (text, numbers, pixel frames) without anything escaping but the documented exceptions.
 *
 * <p>Every case has an id from which it is rebuilt exactly. For id {@code base * 1_000_000 + k}: when
 * {@code k < 500_000} the case is a mutation of valid input {@code base} drawn with
 * {@code new SplittableRandom(id)}; otherwise it is that input truncated to {@code k - 500_000} bytes. Ids
 * from {@code 90_000_000} are generated inputs: deep nesting, very many items and elements, deflate bombs
 * and pixel data declaring huge sizes. To replay failing cases, run
 * {@code mvn -pl synth-core test -Dtest=DicomReaderRobustnessTest -Dsynth.robustness.case=<id>[,<id>...]}.
 *
 * <p>What the read side may throw on a parsed data set: text decoding nothing (undecodable bytes become
 * U+FFFD); numbers {@link DicomValueException}, the documented exception for a value that is not a
 * number; pixel data {@link PixelDecodingException}.
 */
class DicomReaderRobustnessTest {

    private static final long UNDEFINED = TestEncoder.UNDEFINED;
    private static final long PER_BASE = 1_000_000;
    private static final int TRUNCATION = 500_000;
    private static final long GENERATED = 90_000_000;
    /** Seeded mutations drawn from each valid input. */
    private static final int MUTATIONS_PER_BASE = 800;
    /** The cases run on a thread with half the usual default stack, so stack overflows show here first. */
    private static final long STACK_SIZE = 512 * 1024;
    /** A hang guard, not a speed test: the whole run normally takes seconds. */
    private static final long TIMEOUT_MILLIS = 180_000;
    /**
     * No case may allocate more than this plus {@link #ALLOCATION_PER_BYTE} times its size, reading and
     * exercising included; the inputs are a few kilobytes to a few megabytes.
     */
    private static final long MAX_ALLOCATION = 64L << 20;
    private static final long ALLOCATION_PER_BYTE = 128;
    private static final int MAX_FRAMES_DECODED = 16;
    private static final String JPEG_BASELINE = TransferSyntax.JPEG_BASELINE.uid();
    private static final String DEFLATED = TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.uid();
    private static final String RLE = TransferSyntax.RLE_LOSSLESS.uid();
    private static final String EXPLICIT_LE = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid();

    /** Tags whose values steer the character set and pixel decoding: mutated more often. */
    private static final Set<Tag> STEERING = Set.of(Tags.SpecificCharacterSet, Tags.Rows, Tags.Columns,
            Tags.SamplesPerPixel, Tags.BitsAllocated, Tags.BitsStored, Tags.HighBit, Tags.PixelRepresentation,
            Tags.PlanarConfiguration, Tags.NumberOfFrames, Tags.PhotometricInterpretation,
            Tags.ExtendedOffsetTable, Tags.PixelData);

    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() ? t : null;

    // ---------------------------------------------------------------------------------------------------
    // the tests

    @Test
    void everyValidInputReadsAndDecodes() throws IOException {
        for (Base base : Bases.ALL) {
            DicomFile file = new DicomReader().read(base.file, base.name);
            assertThat(file.dataset().isEmpty()).as(base.name).isFalse();
            PixelData px = PixelData.of(file);
            assertThat(px.undecodableReason()).as(base.name).isEmpty();
            for (int f = 0; f < px.frameCount(); f++) {
                assertThat(px.frame(f).samples()).as(base.name).isNotEmpty();
            }
            assertThat(base.headers).as(base.name).hasSizeGreaterThan(20);
        }
    }

    @Test
    void everyMutationParsesOrRaisesDicomParseException(@TempDir Path dir) throws Exception {
        List<Long> ids = caseIds();
        Result result = runGuarded(ids, dir);
        assertThat(result.failures).as("%d of %d cases failed; the first ones:%n%s%n"
                        + "replay with -Dsynth.robustness.case=<id>; the slowest case was case-%d (%d ms), the most "
                        + "allocating case-%d (%d KiB)", result.failureCount, result.count,
                String.join("\n", result.failures), result.slowestCase, result.slowestNanos / 1_000_000,
                result.maxAllocationCase, result.maxAllocation >> 10).isEmpty();
        assertThat(result.count).isEqualTo(ids.size());
        if (System.getProperty("synth.robustness.case") == null) {
            // the mix must keep reaching both outcomes, or the mutations have stopped testing anything
            assertThat(result.count).isGreaterThan(15_000);
            assertThat(result.parsed).isGreaterThan(result.count / 10);
            assertThat(result.rejected).isGreaterThan(result.count / 10);
        }
    }

    /**
     * Elements in descending tag order were each inserted at the front of the sorted data set: a million of
     * them (8 MB) took 13 minutes to read. They are now sorted once.
     */
    @Test
    void elementsInDescendingTagOrderReadInLinearTime() {
        byte[] bytes = Generated.manyElements(TestEncoder.explicitLittle(), 1_000_000, "descending");

        Dataset ds = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new DicomReader().read(bytes, "descending").dataset());

        assertThat(ds.size()).isEqualTo(1_000_000);
        assertThat(ds.elements().get(0).tag()).isEqualTo(Tag.of(0x0011, 0x1000));
    }

    // ---------------------------------------------------------------------------------------------------
    // running the cases

    /** One input to read. */
    record Case(long id, String description, byte[] bytes, ReadOptions options) {
        String source() {
            return "case-" + id;
        }
    }

    private static final class Result {
        final List<String> failures = new ArrayList<>();
        volatile long current = -1;
        int count;
        int parsed;
        int rejected;
        int failureCount;
        long maxAllocation;
        long maxAllocationCase = -1;
        long slowestNanos;
        long slowestCase = -1;

        void fail(Case c, String problem) {
            failureCount++;
            if (failures.size() < 25) {
                failures.add("case-" + c.id() + " [" + c.description() + "]: " + problem);
            }
        }
    }

    private static List<Long> caseIds() {
        String replay = System.getProperty("synth.robustness.case");
        List<Long> ids = new ArrayList<>();
        if (replay != null && !replay.isBlank()) {
            for (String id : replay.split(",")) {
                ids.add(Long.parseLong(id.strip()));
            }
            return ids;
        }
        for (int b = 0; b < Bases.ALL.size(); b++) {
            Base base = Bases.ALL.get(b);
            for (int k = 0; k < MUTATIONS_PER_BASE; k++) {
                ids.add(b * PER_BASE + k);
            }
            if (base.truncateEverywhere) {
                for (int n = 0; n < base.file.length; n++) {
                    ids.add(b * PER_BASE + TRUNCATION + n);
                }
            }
        }
        for (int g = 0; g < Generated.ALL.size(); g++) {
            ids.add(GENERATED + g);
        }
        return ids;
    }

    /** Rebuilds case {@code id}. */
    static Case caseOf(long id) {
        if (id >= GENERATED) {
            Generated g = Generated.ALL.get((int) (id - GENERATED));
            return new Case(id, g.name, g.bytes.get(), g.options);
        }
        Base base = Bases.ALL.get((int) (id / PER_BASE));
        int k = (int) (id % PER_BASE);
        if (k >= TRUNCATION) {
            int n = k - TRUNCATION;
            return new Case(id, base.name + ": truncated to " + n + " bytes", Arrays.copyOf(base.file, n),
                    ReadOptions.defaults());
        }
        return Mutator.mutate(id, base);
    }

    private static Result runGuarded(List<Long> ids, Path dir) throws Exception {
        Result result = new Result();
        Throwable[] crash = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                warmUp();
                for (long id : ids) {
                    result.current = id;
                    runCase(caseOf(id), result, dir);
                }
            } catch (Throwable t) {
                crash[0] = t;
            }
        }, "robustness", STACK_SIZE);
        worker.setDaemon(true);
        worker.start();
        worker.join(TIMEOUT_MILLIS);
        if (worker.isAlive()) {
            long id = result.current;
            StackTraceElement[] stack = worker.getStackTrace();
            worker.interrupt();
            fail("hang: case-" + id + " [" + caseOf(id).description() + "] still runs after " + TIMEOUT_MILLIS
                    + " ms, at " + Arrays.toString(Arrays.copyOf(stack, Math.min(12, stack.length))));
        }
        if (crash[0] != null) {
            throw new AssertionError("the test itself failed at case-" + result.current, crash[0]);
        }
        return result;
    }

    /** Loads ImageIO's plug-ins and the dictionary, so their one-time allocation is not charged to a case. */
    private static void warmUp() throws IOException {
        for (Base base : Bases.ALL) {
            PixelData px = PixelData.of(new DicomReader().read(base.file, base.name));
            px.frame(0);
        }
    }

    private static void runCase(Case c, Result r, Path dir) {
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        String problem = readAndExercise(c, () -> new DicomReader(c.options()).read(c.bytes(), c.source()),
                c.source(), r);
        long nanos = System.nanoTime() - start;
        long allocation = allocated() - allocatedBefore;
        if (problem == null && allocation > MAX_ALLOCATION + ALLOCATION_PER_BYTE * c.bytes().length) {
            problem = "allocated " + (allocation >> 20) + " MiB reading " + c.bytes().length + " bytes";
        }
        if (problem == null && c.id() % 97 == 0) {
            // now and then through a file, which has its own size check
            Path file = dir.resolve(c.source() + ".dcm");
            try {
                Files.write(file, c.bytes());
                problem = readAndExercise(c, () -> new DicomReader(c.options()).read(file), file.toString(), null);
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        r.count++;
        if (problem != null) {
            r.fail(c, problem);
        }
        if (allocation > r.maxAllocation) {
            r.maxAllocation = allocation;
            r.maxAllocationCase = c.id();
        }
        if (nanos > r.slowestNanos) {
            r.slowestNanos = nanos;
            r.slowestCase = c.id();
        }
    }

    interface Read {
        DicomFile read() throws IOException;
    }

    /** Null when the case behaves; otherwise what went wrong. */
    private static String readAndExercise(Case c, Read read, String source, Result r) {
        DicomFile file;
        try {
            file = read.read();
        } catch (DicomParseException e) {
            if (r != null) {
                r.rejected++;
            }
            return checkMessage(e, source);
        } catch (Throwable t) {
            return "read threw " + describe(t);
        }
        if (r != null) {
            r.parsed++;
        }
        try {
            exercise(file);
            return null;
        } catch (Throwable t) {
            return "reading the parsed file threw " + describe(t);
        }
    }

    private static String checkMessage(DicomParseException e, String source) {
        String prefix = source + ": at byte " + e.offset();
        if (!source.equals(e.source()) || e.offset() < 0 || !e.getMessage().startsWith(prefix)) {
            return "DicomParseException does not name the source and offset: " + e.getMessage();
        }
        if (e.tag().isPresent() && !e.getMessage().startsWith(prefix + ", tag " + e.tag().get())) {
            return "DicomParseException does not name its tag " + e.tag().get() + ": " + e.getMessage();
        }
        return null;
    }

    private static String describe(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return t + " at " + Arrays.toString(Arrays.copyOf(st, Math.min(6, st.length)));
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Reads everything a user of a parsed file would read. */
    private static void exercise(DicomFile file) {
        exercise(file.fileMeta());
        exercise(file.dataset());
        if (!file.dataset().contains(Tags.PixelData)) {
            return;
        }
        PixelData px;
        try {
            px = PixelData.of(file);
        } catch (PixelDecodingException e) {
            return;
        }
        px.undecodableReason();
        px.module().toString();
        px.encapsulatedFrames().size();
        int frames = px.frameCount();
        for (int f = 0; f < frames && f < MAX_FRAMES_DECODED; f++) {
            decode(px, f);
        }
        if (frames > MAX_FRAMES_DECODED) {
            decode(px, frames - 1);
        }
    }

    private static void decode(PixelData px, int frame) {
        try {
            Frame decoded = px.frame(frame);
            assertThat(decoded.samples()).hasSize(decoded.rows() * decoded.columns() * decoded.samplesPerPixel());
        } catch (PixelDecodingException expected) {
            // the documented outcome for undecodable frames
        }
    }

    private static void exercise(Dataset ds) {
        ds.characterSet().problem();
        for (Element e : ds.elements()) {
            Tag tag = e.tag();
            ds.getStrings(tag);
            ds.getString(tag);
            ds.decode(tag);
            try {
                ds.getInts(tag);
            } catch (DicomValueException notANumber) {
                // documented for values that are not integers
            }
            try {
                ds.getDouble(tag);
            } catch (DicomValueException notANumber) {
                // documented for values that are not numbers
            }
            for (Dataset item : ds.getItems(tag)) {
                exercise(item);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // the valid inputs

    /** An element, item or delimiter header found in a valid input, with where its fields are. */
    record Header(int offset, Tag tag, int vrAt, int lengthAt, int lengthSize, boolean bigEndian, int valueAt,
                  long length, boolean fragment) {
        boolean hasValue() {
            return length != UNDEFINED && length > 0 && !tag.equals(Tag.SEQUENCE_DELIMITATION);
        }
    }

    /**
     * A valid input. {@code plain} is the input with any deflated data set inflated: structural mutations
     * work on it and are deflated again, so they reach the parser.
     */
    static final class Base {
        final String name;
        final byte[] plain;
        final int bodyStart;
        final boolean deflated;
        final List<Header> headers;
        final byte[] file;
        final boolean truncateEverywhere;

        Base(String name, byte[] plain, int bodyStart, boolean deflated, List<Header> headers,
             boolean truncateEverywhere) {
            this.name = name;
            this.plain = plain;
            this.bodyStart = bodyStart;
            this.deflated = deflated;
            this.headers = List.copyOf(headers);
            this.file = assemble(plain);
            this.truncateEverywhere = truncateEverywhere;
        }

        byte[] assemble(byte[] p) {
            if (!deflated || p.length < bodyStart) {
                return p;
            }
            return TestEncoder.concat(Arrays.copyOf(p, bodyStart),
                    TestEncoder.deflate(Arrays.copyOfRange(p, bodyStart, p.length)));
        }
    }

    static final class Bases {
        static final List<Base> ALL = build();

        private static List<Base> build() {
            List<Base> out = new ArrayList<>();
            WriteOptions.Length d = WriteOptions.Length.DEFINED;
            WriteOptions.Length u = WriteOptions.Length.UNDEFINED;
            WriteOptions.Length[][] lengths = {{d, d}, {u, u}, {d, u}, {u, d}};
            int shape = 0;
            for (TransferSyntax ts : TransferSyntax.writable()) {
                for (WriteOptions.Length[] l : lengths) {
                    Dataset ds = shape++ % 2 == 0 ? TestDatasets.secondaryCapture(4, 5, 2, 8, 3)
                            : TestDatasets.secondaryCapture(6, 4, 1, 16, 1);
                    byte[] file = write(ds, WriteOptions.of(ts).withSequenceLength(l[0]).withItemLength(l[1]));
                    boolean everywhere = ts.deflated() && l[0] == u && l[1] == u;
                    out.add(part10(ts.name() + ", sequences " + l[0] + ", items " + l[1], file, everywhere));
                }
            }
            byte[] explicit = write(TestDatasets.secondaryCapture(4, 5, 2, 8, 3),
                    WriteOptions.defaults().withSequenceLength(u).withItemLength(u));
            byte[] implicit = write(TestDatasets.secondaryCapture(6, 4, 1, 16, 1),
                    WriteOptions.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN));
            out.add(bare("bare Explicit VR Little Endian data set", body(explicit), true, false, true));
            out.add(bare("bare Implicit VR Little Endian data set", body(implicit), false, false, false));
            out.add(bare("bare Explicit VR Big Endian data set", bigEndianDataset(), true, true, false));
            byte[] noPreamble = Arrays.copyOfRange(explicit, 132, explicit.length);
            List<Header> headers = new ArrayList<>();
            int bodyStart = dataStart(explicit) - 132;
            walk(noPreamble, 0, bodyStart, true, false, headers);
            walk(noPreamble, bodyStart, noPreamble.length, true, false, headers);
            out.add(new Base("file meta without preamble", noPreamble, bodyStart, false, headers, false));
            out.add(part10("Explicit VR Big Endian", TestEncoder.part10(
                    TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid(), bigEndianDataset()), true));
            out.add(part10("JPEG Baseline, grey, Basic Offset Table", jpegFile(false), true));
            out.add(part10("JPEG Baseline, color, Extended Offset Table", jpegFile(true), false));
            return out;
        }

        static byte[] write(Dataset ds, WriteOptions options) {
            try {
                return RoundTripTest.write(ds, options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Where the data set of a Part 10 file starts: after the group length's value. */
        static int dataStart(byte[] file) {
            return 132 + 12 + (int) Bytes.read(file, 140, 4, false);
        }

        static byte[] body(byte[] file) {
            return Arrays.copyOfRange(file, dataStart(file), file.length);
        }

        static Base part10(String name, byte[] file, boolean truncateEverywhere) {
            int start = dataStart(file);
            DicomFile read;
            try {
                read = new DicomReader().read(file, name);
            } catch (DicomParseException e) {
                throw new IllegalStateException("a valid input does not read: " + e.getMessage(), e);
            }
            TransferSyntax ts = read.transferSyntax();
            byte[] plain = ts.deflated()
                    ? TestEncoder.concat(Arrays.copyOf(file, start), inflate(file, start)) : file;
            List<Header> headers = new ArrayList<>();
            walk(plain, 132, start, true, false, headers);
            walk(plain, start, plain.length, ts.explicitVr(), ts.bigEndian(), headers);
            return new Base(name, plain, start, ts.deflated(), headers, truncateEverywhere);
        }

        static Base bare(String name, byte[] body, boolean explicit, boolean bigEndian, boolean everywhere) {
            List<Header> headers = new ArrayList<>();
            walk(body, 0, body.length, explicit, bigEndian, headers);
            return new Base(name, body, 0, false, headers, everywhere);
        }

        static byte[] inflate(byte[] b, int from) {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(b, from, b.length - from);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] chunk = new byte[8192];
                while (!inflater.finished()) {
                    out.write(chunk, 0, inflater.inflate(chunk));
                }
                return out.toByteArray();
            } catch (DataFormatException e) {
                throw new IllegalStateException(e);
            } finally {
                inflater.end();
            }
        }

        /** An Explicit VR Big Endian data set with nested sequences of both lengths and 16-bit signed pixels. */
        static byte[] bigEndianDataset() {
            byte[] other1 = TestEncoder.explicitBig().text(Tags.PatientID, "LO", "OTHER-1")
                    .text(Tags.IssuerOfPatientID, "LO", "HOSP A").toByteArray();
            byte[] other2 = TestEncoder.explicitBig().text(Tags.PatientID, "LO", "OTHER-2")
                    .text(Tags.IssuerOfPatientID, "LO", "HOSP B").toByteArray();
            byte[] code = TestEncoder.explicitBig().text(Tags.CodeValue, "SH", "121")
                    .text(Tags.CodingSchemeDesignator, "SH", "99SYNTH").text(Tags.CodeMeaning, "LO", "Ärztin")
                    .toByteArray();
            TestEncoder pixels = TestEncoder.explicitBig();
            for (int i = 0; i < 2 * 3 * 4; i++) {
                pixels.u16((i * 397 - 2048) & 0xFFF);
            }
            byte[] bValue = new byte[8];
            long bits = Double.doubleToLongBits(1000.5);
            for (int i = 0; i < 8; i++) {
                bValue[i] = (byte) (bits >>> (56 - 8 * i));
            }
            return TestEncoder.explicitBig()
                    .text(Tags.SpecificCharacterSet, "CS", "ISO_IR 100")
                    .text(Tags.ImageType, "CS", "ORIGINAL\\PRIMARY")
                    .text(Tags.SOPClassUID, "UI", "1.2.840.10008.5.1.4.1.1.7")
                    .text(Tags.SOPInstanceUID, "UI", "2.25.42")
                    .text(Tags.StudyDate, "DA", "20240131")
                    .header(Tags.ReferringPhysicianIdentificationSequence, "SQ", UNDEFINED).item(UNDEFINED)
                    .header(Tags.PersonIdentificationCodeSequence, "SQ", code.length + 8).item(code.length).raw(code)
                    .text(Tags.PersonAddress, "ST", "Hauptstraße 1, Köln")
                    .itemDelimitation().sequenceDelimitation()
                    .text(Tags.StudyDescription, "LO", "CT THORAX Müller")
                    .text(Tags.PatientName, "PN", "Müller^Anna")
                    .text(Tags.PatientID, "LO", "MRN-0042")
                    .header(Tags.OtherPatientIDsSequence, "SQ", other1.length + other2.length + 16)
                    .item(other1.length).raw(other1).item(other2.length).raw(other2)
                    .element(Tag.of(0x0018, 0x9087), "FD", bValue)
                    .us(Tags.SamplesPerPixel, 1)
                    .text(Tags.PhotometricInterpretation, "CS", "MONOCHROME2")
                    .text(Tags.NumberOfFrames, "IS", "2")
                    .element(Tags.FrameIncrementPointer, "AT", new byte[] {0x00, 0x18, 0x10, 0x63})
                    .us(Tags.Rows, 3)
                    .us(Tags.Columns, 4)
                    .us(Tags.BitsAllocated, 16)
                    .us(Tags.BitsStored, 12)
                    .us(Tags.HighBit, 11)
                    .us(Tags.PixelRepresentation, 1)
                    .text(Tags.WindowCenter, "DS", "40")
                    .header(Tag.of(0x0028, 0x9001), "UL", 4).u32(7)
                    .element(Tags.PixelData, "OW", pixels.toByteArray())
                    .toByteArray();
        }

        /**
         * A two-frame JPEG Baseline file in Explicit VR Little Endian with a UTF-8 name and a private UN
         * sequence of undefined length. Frame 2 is split over two fragments; grey frames are found by the
         * Basic Offset Table, color frames by the Extended Offset Table.
         */
        static byte[] jpegFile(boolean color) {
            byte[] f1 = jpeg(16, 8, color, 0);
            byte[] f2 = jpeg(16, 8, color, 1);
            int half = f2.length / 4 * 2;
            byte[] f2a = Arrays.copyOf(f2, half);
            byte[] f2b = Arrays.copyOfRange(f2, half, f2.length);
            byte[] unItem = TestEncoder.implicitLittle().text(Tags.PatientID, "LO", "HIDDEN-1").toByteArray();
            TestEncoder e = TestEncoder.explicitLittle()
                    .text(Tags.SpecificCharacterSet, "CS", "ISO_IR 192")
                    .text(Tags.SOPClassUID, "UI", "1.2.840.10008.5.1.4.1.1.7.4")
                    .text(Tags.SOPInstanceUID, "UI", "2.25.43")
                    .text(Tags.PatientName, "PN", "Wang^XiaoDong=王^小東", StandardCharsets.UTF_8)
                    .text(Tag.of(0x0009, 0x0010), "LO", "SYNTH TEST 1.0")
                    .header(Tag.of(0x0009, 0x1010), "UN", UNDEFINED)
                    .item(UNDEFINED).raw(unItem).itemDelimitation()
                    .item(unItem.length).raw(unItem)
                    .sequenceDelimitation()
                    .us(Tags.SamplesPerPixel, color ? 3 : 1)
                    .text(Tags.PhotometricInterpretation, "CS", color ? "YBR_FULL_422" : "MONOCHROME2");
            if (color) {
                e.us(Tags.PlanarConfiguration, 0);
            }
            e.text(Tags.NumberOfFrames, "IS", "2")
                    .us(Tags.Rows, 8)
                    .us(Tags.Columns, 16)
                    .us(Tags.BitsAllocated, 8)
                    .us(Tags.BitsStored, 8)
                    .us(Tags.HighBit, 7)
                    .us(Tags.PixelRepresentation, 0);
            long second = 8L + f1.length;
            if (color) {
                e.header(Tags.ExtendedOffsetTable, "OV", 16).u32(0).u32(0).u32(second).u32(0);
                e.header(Tags.ExtendedOffsetTableLengths, "OV", 16).u32(f1.length).u32(0).u32(f2.length).u32(0);
            }
            e.header(Tags.PixelData, "OB", UNDEFINED);
            if (color) {
                e.item(0);
            } else {
                e.item(8).u32(0).u32(second);
            }
            e.item(f1.length).raw(f1).item(f2a.length).raw(f2a).item(f2b.length).raw(f2b).sequenceDelimitation();
            return TestEncoder.part10(JPEG_BASELINE, e.toByteArray());
        }

        /** A JPEG from ImageIO, padded to even length. */
        static byte[] jpeg(int width, int height, boolean color, int frame) {
            BufferedImage image = new BufferedImage(width, height,
                    color ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int v = (x * 13 + y * 7 + frame * 40) & 0xFF;
                    image.setRGB(x, y, color ? (v << 16 | (255 - v) << 8 | (x * 16 & 0xFF)) : (v << 16 | v << 8 | v));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (!ImageIO.write(image, "jpeg", out)) {
                    throw new IllegalStateException("no JPEG writer");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (out.size() % 2 != 0) {
                out.write(0);
            }
            return out.toByteArray();
        }

        /** Records every header of the valid encoded data set {@code b[from..to)}. */
        static void walk(byte[] b, int from, int to, boolean explicit, boolean bigEndian, List<Header> out) {
            walkDataset(b, from, to, explicit, bigEndian, out);
        }

        private static int walkDataset(byte[] b, int p, int end, boolean explicit, boolean be, List<Header> out) {
            while (p < end) {
                Tag tag = Bytes.tag(b, p, be);
                if (tag.equals(Tag.ITEM_DELIMITATION)) {
                    out.add(new Header(p, tag, -1, p + 4, 4, be, p + 8, 0, false));
                    return p + 8;
                }
                String vr;
                int vrAt = -1;
                int lengthAt;
                int lengthSize = 4;
                int valueAt;
                if (explicit) {
                    vrAt = p + 4;
                    vr = new String(b, vrAt, 2, StandardCharsets.ISO_8859_1);
                    boolean longHeader = Vr.of(vr).orElseThrow().hasLongHeader();
                    lengthAt = longHeader ? p + 8 : p + 6;
                    lengthSize = longHeader ? 4 : 2;
                    valueAt = longHeader ? p + 12 : p + 8;
                } else {
                    vr = Dictionary.standard().vrOf(tag).name();
                    lengthAt = p + 4;
                    valueAt = p + 8;
                }
                long length = Bytes.read(b, lengthAt, lengthSize, be);
                out.add(new Header(p, tag, vrAt, lengthAt, lengthSize, be, valueAt, length, false));
                if (length == UNDEFINED) {
                    p = walkItems(b, valueAt, end, true, explicit && !vr.equals("UN"), be, tag.equals(Tags.PixelData),
                            out);
                } else if (vr.equals("SQ")) {
                    walkItems(b, valueAt, valueAt + (int) length, false, explicit, be, false, out);
                    p = valueAt + (int) length;
                } else {
                    p = valueAt + (int) length;
                }
            }
            return p;
        }

        private static int walkItems(byte[] b, int p, int end, boolean undefined, boolean explicit, boolean be,
                                     boolean fragments, List<Header> out) {
            while (undefined || p < end) {
                Tag tag = Bytes.tag(b, p, be);
                long length = Bytes.read(b, p + 4, 4, be);
                out.add(new Header(p, tag, -1, p + 4, 4, be, p + 8, length, fragments));
                if (tag.equals(Tag.SEQUENCE_DELIMITATION)) {
                    return p + 8;
                }
                if (length == UNDEFINED) {
                    p = walkDataset(b, p + 8, end, explicit, be, out);
                } else {
                    if (!fragments) {
                        walkDataset(b, p + 8, p + 8 + (int) length, explicit, be, out);
                    }
                    p = p + 8 + (int) length;
                }
            }
            return p;
        }
    }

    /** Reading and writing numbers in either byte order. */
    static final class Bytes {
        private Bytes() {
        }

        static long read(byte[] b, int at, int size, boolean bigEndian) {
            long v = 0;
            for (int i = 0; i < size; i++) {
                int shift = bigEndian ? 8 * (size - 1 - i) : 8 * i;
                v |= (long) (b[at + i] & 0xFF) << shift;
            }
            return v;
        }

        static void write(byte[] b, int at, int size, boolean bigEndian, long value) {
            for (int i = 0; i < size; i++) {
                int shift = bigEndian ? 8 * (size - 1 - i) : 8 * i;
                b[at + i] = (byte) (value >>> shift);
            }
        }

        static Tag tag(byte[] b, int at, boolean bigEndian) {
            return new Tag((int) (read(b, at, 2, bigEndian) << 16 | read(b, at + 2, 2, bigEndian)));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // the mutations

    static final class Mutator {
        private static final String[] TEXTS = {"2147483648", "-2147483649", "-1", "0", "65535", "65536", "NaN",
            "Infinity", "-Infinity", "1e400", "-0", "0x1p4", "1.5", "1d", " ", "\\\\\\", "", "ISO 2022 IR 87",
            "ISO_IR 192", "ISO 2022 IR 159\\ISO 2022 IR 149", "ISO_IR 13\\ISO 2022 IR 87", "\\ISO 2022 IR 58",
            "ISO 2022 IR 6\\ISO_IR 192", "GB18030", "GBK\\ISO 2022 IR 87", "ISO_IR 999", "\u001b$B", "\u001b$)C\u00ff",
            "\u001b(J\u001b$(D!!", "\u001b-A\u00e9", "\u00ff\u00fe\u00fd", "YBR_FULL_422", "RGB", "PALETTE COLOR",
            "MONOCHROME1", "2\\3", "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.5", "1.2.840.10008.1.2.1.99",
            "1.2.840.10008.1.2.2", "1.2.840.10008.1.2"};
        private static final String[] TRANSFER_SYNTAXES = {EXPLICIT_LE, JPEG_BASELINE, RLE, DEFLATED,
            TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid(), TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid(), "1.2.3"};
        private static final long[] INTS = {0, 1, 2, 3, 4, 7, 8, 15, 16, 17, 31, 32, 33, 64, 0x7FFF, 0x8000, 0xFFFF,
            0x10000, 46000, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFFL, 0xFFFFFFFEL};
        private static final String[] VRS = {"SQ", "UN", "OB", "OW", "UT", "US", "SS", "UL", "FD", "FL", "AT", "OV",
            "SV", "UV", "UC", "UR", "IS", "DS", "PN", "CS", "  ", "\0\0", "sq", "ZZ"};
        private static final Tag[] TAGS = {Tag.ITEM, Tag.ITEM_DELIMITATION, Tag.SEQUENCE_DELIMITATION,
            Tags.PixelData, Tags.SpecificCharacterSet, Tags.TransferSyntaxUID, Tags.PixelRepresentation,
            Tags.ExtendedOffsetTable, Tag.of(0x0009, 0x0010), Tag.of(0x0009, 0x1010), new Tag(0xFFFFFFFF),
            new Tag(0), Tag.of(0x0008, 0x0000), Tag.of(0x7FE0, 0x0008)};

        private Mutator() {
        }

        static Case mutate(long id, Base base) {
            SplittableRandom rnd = new SplittableRandom(id);
            StringBuilder what = new StringBuilder(base.name).append(':');
            int kind = rnd.nextInt(100);
            byte[] bytes;
            if (kind < 12) {
                boolean raw = base.deflated && rnd.nextBoolean();
                bytes = (raw ? base.file : base.plain).clone();
                what.append(raw ? " in the deflated bytes" : "");
                flip(bytes, rnd, what);
                bytes = raw ? bytes : base.assemble(bytes);
            } else if (kind < 85) {
                bytes = base.plain.clone();
                int steps = kind < 75 ? 1 : 2 + rnd.nextInt(3);
                for (int s = 0; s < steps; s++) {
                    bytes = structural(bytes, base, rnd, what);
                }
                bytes = base.assemble(bytes);
            } else if (kind < 93) {
                bytes = base.assemble(splice(base, rnd, what));
            } else {
                bytes = garbage(rnd, what);
            }
            ReadOptions options = options(rnd, bytes.length, what);
            return new Case(id, what.toString(), bytes, options);
        }

        private static byte[] structural(byte[] bytes, Base base, SplittableRandom rnd, StringBuilder what) {
            Header h = pick(base, rnd);
            int kind = rnd.nextInt(100);
            if (h.valueAt() > bytes.length) { // cut off by an earlier step
                flip(bytes, rnd, what);
            } else if (kind < 25) {
                length(bytes, h, rnd, what);
            } else if (kind < 37) {
                return truncate(bytes, h, rnd, what);
            } else if (kind < 50 && h.vrAt() >= 0) {
                vr(bytes, h, rnd, what);
            } else if (kind < 70) {
                value(bytes, h, rnd, what);
            } else if (kind < 85) {
                steer(bytes, base, rnd, what);
            } else {
                tag(bytes, h, base, rnd, what);
            }
            return bytes;
        }

        /** A header, often one of the elements that steer decoding or a pixel data fragment. */
        private static Header pick(Base base, SplittableRandom rnd) {
            if (rnd.nextBoolean()) {
                List<Header> steering = base.headers.stream()
                        .filter(h -> STEERING.contains(h.tag()) || h.fragment()).toList();
                if (!steering.isEmpty()) {
                    return steering.get(rnd.nextInt(steering.size()));
                }
            }
            return base.headers.get(rnd.nextInt(base.headers.size()));
        }

        /** Sets several of the values that size the pixel data at once, as single mutations rarely do. */
        private static void steer(byte[] bytes, Base base, SplittableRandom rnd, StringBuilder what) {
            List<Header> steering = base.headers.stream().filter(h -> STEERING.contains(h.tag()) && h.hasValue()
                    && h.valueAt() + h.length() <= bytes.length).toList();
            int n = 1 + rnd.nextInt(4);
            for (int i = 0; i < n && !steering.isEmpty(); i++) {
                value(bytes, steering.get(rnd.nextInt(steering.size())), rnd, what);
            }
        }

        private static void flip(byte[] bytes, SplittableRandom rnd, StringBuilder what) {
            int n = 1 + rnd.nextInt(8);
            for (int i = 0; i < n && bytes.length > 0; i++) {
                int at = rnd.nextInt(bytes.length);
                int x = 1 + rnd.nextInt(255);
                bytes[at] ^= (byte) x;
                what.append(String.format(" byte %d ^= 0x%02X;", at, x));
            }
        }

        private static void length(byte[] bytes, Header h, SplittableRandom rnd, StringBuilder what) {
            long remaining = bytes.length - (long) h.valueAt();
            long[] choices = {0xFFFFFFFFL, 0xFFFFFFFEL, 0x7FFFFFFFL, 0x80000000L, remaining + 1, remaining,
                remaining - 1, h.length() + 1, h.length() - 1, h.length() + 2, h.length() - 2, 0, 1,
                2L * rnd.nextInt(64) + 1, rnd.nextLong() & 0xFFFFFFFFL};
            long v = choices[rnd.nextInt(choices.length)];
            long mask = h.lengthSize() == 2 ? 0xFFFF : 0xFFFFFFFFL;
            Bytes.write(bytes, h.lengthAt(), h.lengthSize(), h.bigEndian(), v & mask);
            what.append(String.format(" length of %s at %d := 0x%X;", h.tag(), h.offset(), v & mask));
        }

        private static byte[] truncate(byte[] bytes, Header h, SplittableRandom rnd, StringBuilder what) {
            long[] choices = {h.offset(), h.offset() + 1 + rnd.nextInt(11), h.valueAt(),
                h.valueAt() + (h.hasValue() ? h.length() / 2 : 1), h.valueAt() + (h.hasValue() ? h.length() - 1 : 2),
                h.lengthAt() + 1, rnd.nextInt(bytes.length + 1)};
            int n = (int) Math.min(bytes.length, choices[rnd.nextInt(choices.length)]);
            what.append(" truncated to ").append(n).append(" bytes (near ").append(h.tag()).append(");");
            return Arrays.copyOf(bytes, n);
        }

        private static void vr(byte[] bytes, Header h, SplittableRandom rnd, StringBuilder what) {
            byte[] code;
            int choice = rnd.nextInt(3);
            if (choice == 0) {
                code = new byte[] {(byte) rnd.nextInt(256), (byte) rnd.nextInt(256)};
            } else if (choice == 1) {
                code = VRS[rnd.nextInt(VRS.length)].getBytes(StandardCharsets.ISO_8859_1);
            } else {
                Vr[] all = Vr.values();
                code = all[rnd.nextInt(all.length)].name().getBytes(StandardCharsets.ISO_8859_1);
            }
            bytes[h.vrAt()] = code[0];
            bytes[h.vrAt() + 1] = code[1];
            what.append(String.format(" VR of %s at %d := 0x%02X 0x%02X;", h.tag(), h.offset(), code[0] & 0xFF,
                    code[1] & 0xFF));
        }

        private static void value(byte[] bytes, Header h, SplittableRandom rnd, StringBuilder what) {
            if (!h.hasValue() || h.valueAt() + h.length() > bytes.length) {
                flip(bytes, rnd, what);
                return;
            }
            int len = (int) h.length();
            boolean text = h.vrAt() >= 0 ? Vr.of(new String(bytes, h.vrAt(), 2, StandardCharsets.ISO_8859_1))
                    .map(Vr::isText).orElse(false) : Dictionary.standard().vrOf(h.tag()).isText();
            int choice = rnd.nextInt(4);
            if (text && choice < 2) {
                String t = TEXTS[rnd.nextInt(TEXTS.length)];
                byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
                for (int i = 0; i < len; i++) {
                    bytes[h.valueAt() + i] = i < b.length ? b[i] : (byte) ' ';
                }
                what.append(" value of ").append(h.tag()).append(" at ").append(h.offset()).append(" := '")
                        .append(t.replace("\u001b", "ESC")).append("';");
            } else if (choice < 3) {
                int size = len >= 4 && rnd.nextBoolean() ? 4 : Math.min(2, len);
                int limit = h.fragment() ? Math.min(len, 64) : len;
                int at = h.valueAt() + (limit - size <= 0 ? 0 : rnd.nextInt((limit - size) / size + 1) * size);
                long v = INTS[rnd.nextInt(INTS.length)];
                Bytes.write(bytes, at, size, h.bigEndian(), v);
                what.append(String.format(" %d bytes at %d in the value of %s := 0x%X;", size, at, h.tag(), v));
            } else {
                int from = rnd.nextInt(len);
                int n = 1 + rnd.nextInt(Math.min(16, len - from));
                for (int i = 0; i < n; i++) {
                    bytes[h.valueAt() + from + i] = (byte) rnd.nextInt(256);
                }
                what.append(String.format(" %d random bytes at %d in the value of %s;", n, h.valueAt() + from,
                        h.tag()));
            }
        }

        private static void tag(byte[] bytes, Header h, Base base, SplittableRandom rnd, StringBuilder what) {
            int choice = rnd.nextInt(3);
            Tag t = choice == 0 ? TAGS[rnd.nextInt(TAGS.length)]
                    : choice == 1 ? base.headers.get(rnd.nextInt(base.headers.size())).tag()
                    : new Tag(rnd.nextInt());
            Bytes.write(bytes, h.offset(), 2, h.bigEndian(), t.group());
            Bytes.write(bytes, h.offset() + 2, 2, h.bigEndian(), t.element());
            what.append(" tag at ").append(h.offset()).append(" := ").append(t).append(';');
        }

        /** Deletes, repeats or inserts bytes, mostly at header boundaries. */
        private static byte[] splice(Base base, SplittableRandom rnd, StringBuilder what) {
            byte[] b = base.plain;
            int at = rnd.nextBoolean() ? base.headers.get(rnd.nextInt(base.headers.size())).offset()
                    : rnd.nextInt(b.length);
            int n = Math.min(b.length - at, 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 200));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(b, 0, at);
            int choice = rnd.nextInt(3);
            if (choice == 0) {
                what.append(" deleted ").append(n).append(" bytes at ").append(at).append(';');
                out.write(b, at + n, b.length - at - n);
            } else if (choice == 1) {
                int times = rnd.nextBoolean() ? 2 : 1 + rnd.nextInt(2000);
                what.append(" repeated ").append(n).append(" bytes at ").append(at).append(' ').append(times)
                        .append(" times;");
                for (int i = 0; i < times; i++) {
                    out.write(b, at, n);
                }
                out.write(b, at + n, b.length - at - n);
            } else {
                byte[] random = new byte[n];
                rnd.nextBytes(random);
                what.append(" inserted ").append(n).append(" random bytes at ").append(at).append(';');
                out.writeBytes(random);
                out.write(b, at, b.length - at);
            }
            return out.toByteArray();
        }

        private static byte[] garbage(SplittableRandom rnd, StringBuilder what) {
            byte[] random = new byte[rnd.nextInt(4096)];
            rnd.nextBytes(random);
            int choice = rnd.nextInt(5);
            what.append(" replaced by ").append(random.length).append(" random bytes");
            switch (choice) {
                case 0 -> {
                    return random;
                }
                case 1 -> {
                    what.append(" after the preamble");
                    return TestEncoder.concat(TestEncoder.preamble(), random);
                }
                case 2 -> {
                    String ts = TRANSFER_SYNTAXES[rnd.nextInt(TRANSFER_SYNTAXES.length)];
                    what.append(" after a file meta for ").append(ts);
                    return TestEncoder.part10(ts, random);
                }
                case 3 -> {
                    what.append(", deflated, after a file meta for deflate");
                    return TestEncoder.part10(DEFLATED, TestEncoder.deflate(random));
                }
                default -> {
                    what.append(" starting with an element header");
                    byte[] header = TestEncoder.explicitLittle().header(Tags.PatientName, "PN", random.length)
                            .toByteArray();
                    return TestEncoder.concat(header, random);
                }
            }
        }

        private static ReadOptions options(SplittableRandom rnd, int length, StringBuilder what) {
            int choice = rnd.nextInt(10);
            ReadOptions o = ReadOptions.defaults();
            if (choice == 7) {
                o = o.withAllowOddLengths(true);
            } else if (choice == 8) {
                o = o.withMaxDepth(rnd.nextInt(4)).withMaxElements(1 + rnd.nextInt(200));
            } else if (choice == 9) {
                o = o.withMaxFileSize(Math.max(0, length - rnd.nextInt(64)));
            }
            if (!o.equals(ReadOptions.defaults())) {
                what.append(" with ").append(o);
            }
            return o;
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // the generated inputs

    record Generated(String name, Supplier<byte[]> bytes, ReadOptions options) {
        static final List<Generated> ALL = build();

        private static List<Generated> build() {
            ReadOptions deepest = ReadOptions.defaults().withMaxDepth(ReadOptions.MAX_DEPTH);
            ReadOptions defaults = ReadOptions.defaults();
            List<Generated> out = new ArrayList<>();
            for (ReadOptions o : List.of(defaults, deepest)) {
                String with = " with maxDepth " + o.maxDepth();
                out.add(new Generated("10000 nested sequences of undefined length, Explicit VR LE" + with,
                        () -> nestedUndefined(TestEncoder.explicitLittle(), 10_000), o));
                out.add(new Generated("10000 nested sequences of undefined length, Implicit VR LE" + with,
                        () -> nestedUndefined(TestEncoder.implicitLittle(), 10_000), o));
                out.add(new Generated("10000 nested sequences of undefined length, Explicit VR BE file" + with,
                        () -> TestEncoder.part10(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid(),
                                nestedUndefined(TestEncoder.explicitBig(), 10_000)), o));
                out.add(new Generated("10000 nested UN sequences of undefined length" + with,
                        () -> nestedUn(10_000), o));
                out.add(new Generated("10000 nested sequences of defined length, Explicit VR LE" + with,
                        () -> nestedDefined(true, 10_000), o));
                out.add(new Generated("10000 nested sequences of defined length, Implicit VR LE" + with,
                        () -> nestedDefined(false, 10_000), o));
                out.add(new Generated("sequences nested exactly to the limit" + with,
                        () -> nestedUndefined(TestEncoder.explicitLittle(), o.maxDepth()), o));
            }
            out.add(new Generated("200000 empty items", () -> manyItems(200_000), defaults));
            out.add(new Generated("200000 empty items, maxElements 10000", () -> manyItems(200_000),
                    defaults.withMaxElements(10_000)));
            for (String order : List.of("ascending", "descending", "shuffled")) {
                out.add(new Generated("200000 empty elements in " + order + " order, Explicit VR LE",
                        () -> manyElements(TestEncoder.explicitLittle(), 200_000, order), defaults));
            }
            out.add(new Generated("200000 empty elements in descending order, Implicit VR LE",
                    () -> manyElements(TestEncoder.implicitLittle(), 200_000, "descending"), defaults));
            out.add(new Generated("deflate bomb: 256 MiB of zeros in 256 KiB, maxFileSize 1 MiB", () ->
                    TestEncoder.part10(DEFLATED, repeatedDeflate(new byte[1 << 20], 256, Deflater.BEST_COMPRESSION)),
                    defaults.withMaxFileSize(1 << 20)));
            out.add(new Generated("deflate bomb: 8 MiB of zeros", () -> TestEncoder.part10(DEFLATED,
                    repeatedDeflate(new byte[1 << 20], 8, Deflater.BEST_COMPRESSION)), defaults));
            out.add(new Generated("deflate bomb: 2 MiB of empty elements, maxFileSize 1 MiB", () ->
                    TestEncoder.part10(DEFLATED, repeatedDeflate(manyElements(TestEncoder.explicitLittle(),
                            1 << 18, "ascending"), 1, Deflater.BEST_SPEED)), defaults.withMaxFileSize(1 << 20)));
            out.add(new Generated("deflated stream cut in half", () -> {
                byte[] d = TestEncoder.deflate(Bases.bigEndianDataset());
                return TestEncoder.part10(DEFLATED, Arrays.copyOf(d, d.length / 2));
            }, defaults));
            out.add(new Generated("native 65535x65535 with 8 bytes of pixel data",
                    () -> pixelFile(EXPLICIT_LE, 65535, 65535, 1, 8, "1", nativePixels(8)), defaults));
            out.add(new Generated("native 2147483647 frames of 65535x65535x4x32 bits",
                    () -> pixelFile(EXPLICIT_LE, 65535, 65535, 4, 32, "2147483647", nativePixels(8)), defaults));
            out.add(new Generated("native 2147483647 frames of 46340x46340x32 bits, whose size wraps negative",
                    () -> pixelFile(EXPLICIT_LE, 46340, 46340, 1, 32, "2147483647", nativePixels(8)), defaults));
            out.add(new Generated("native 2 frames of 46341x46341",
                    () -> pixelFile(EXPLICIT_LE, 46341, 46341, 1, 8, "2", nativePixels(8)), defaults));
            out.add(new Generated("RLE 65535x65535 from a 66-byte fragment",
                    () -> pixelFile(RLE, 65535, 65535, 1, 8, "1", rleFragment(1, 2)), defaults));
            out.add(new Generated("RLE 46000x46000 from a 66-byte fragment",
                    () -> pixelFile(RLE, 46000, 46000, 1, 8, "1", rleFragment(1, 2)), defaults));
            out.add(new Generated("RLE 46000x46000 whose one segment claims 64 MiB",
                    () -> pixelFile(RLE, 46000, 46000, 1, 8, "1", rleFragment(1, 1 << 20)), defaults));
            out.add(new Generated("RLE 4 samples of 32 bits (16 segments) in a 64-byte header",
                    () -> pixelFile(RLE, 2, 2, 4, 32, "1", rleFragment(16, 0)), defaults));
            out.add(new Generated("JPEG declaring 46000x46000", () -> jpegDeclaring(46000, 46000), defaults));
            out.add(new Generated("JPEG declaring 65535x65535", () -> jpegDeclaring(65535, 65535), defaults));
            out.add(new Generated("JPEG declaring 2000x2000", () -> jpegDeclaring(2000, 2000), defaults));
            return out;
        }

        /**
         * A raw deflate stream of {@code data} repeated {@code times}: the data is compressed once, flushed to
         * a byte boundary without ending the stream, repeated, and closed by an empty final block. The
         * repetitions are valid because each refers back only to output that the previous ones produced.
         */
        static byte[] repeatedDeflate(byte[] data, int times, int level) {
            Deflater deflater = new Deflater(level, true);
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            try {
                deflater.setInput(data);
                byte[] chunk = new byte[64 * 1024];
                int n;
                do {
                    n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                    block.write(chunk, 0, n);
                } while (n == chunk.length);
            } finally {
                deflater.end();
            }
            byte[] once = block.toByteArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < times; i++) {
                out.writeBytes(once);
            }
            out.write(0x03); // an empty final block with fixed codes
            out.write(0x00);
            return out.toByteArray();
        }

        static byte[] nestedUndefined(TestEncoder e, int levels) {
            for (int i = 0; i < levels; i++) {
                e.header(Tags.ReferencedStudySequence, "SQ", UNDEFINED).item(UNDEFINED);
            }
            e.text(Tags.PatientName, "PN", "DEEP");
            for (int i = 0; i < levels; i++) {
                e.itemDelimitation().sequenceDelimitation();
            }
            return e.toByteArray();
        }

        /** An explicit UN of undefined length whose content nests Implicit VR sequences. */
        static byte[] nestedUn(int levels) {
            TestEncoder inner = TestEncoder.implicitLittle();
            byte[] implicit = nestedUndefined(inner, levels - 1);
            return TestEncoder.explicitLittle().header(Tag.of(0x0009, 0x1010), "UN", UNDEFINED).item(UNDEFINED)
                    .raw(implicit).itemDelimitation().sequenceDelimitation().toByteArray();
        }

        static byte[] nestedDefined(boolean explicit, int levels) {
            byte[] b = new TestEncoder(explicit, false).text(Tags.PatientName, "PN", "DEEP").toByteArray();
            for (int i = 0; i < levels; i++) {
                b = new TestEncoder(explicit, false).header(Tags.ReferencedStudySequence, "SQ", b.length + 8L)
                        .item(b.length).raw(b).toByteArray();
            }
            return b;
        }

        static byte[] manyItems(int n) {
            TestEncoder e = TestEncoder.explicitLittle().header(Tags.ReferencedStudySequence, "SQ", UNDEFINED);
            for (int i = 0; i < n; i++) {
                e.item(0);
            }
            return e.sequenceDelimitation().toByteArray();
        }

        static byte[] manyElements(TestEncoder e, int n, String order) {
            int[] index = new int[n];
            for (int i = 0; i < n; i++) {
                index[i] = order.equals("descending") ? n - 1 - i : i;
            }
            if (order.equals("shuffled")) {
                SplittableRandom rnd = new SplittableRandom(n);
                for (int i = n - 1; i > 0; i--) {
                    int j = rnd.nextInt(i + 1);
                    int t = index[i];
                    index[i] = index[j];
                    index[j] = t;
                }
            }
            for (int i : index) {
                // private groups 0x0011, 0x0013, ...; elements from 0x1000
                e.header(Tag.of(0x0011 + 2 * (i / 0xF000), 0x1000 + i % 0xF000), "CS", 0);
            }
            return e.toByteArray();
        }

        static byte[] pixelFile(String ts, int rows, int columns, int samples, int bits, String frames,
                                byte[] pixelData) {
            TestEncoder e = TestEncoder.explicitLittle()
                    .text(Tags.SOPClassUID, "UI", "1.2.840.10008.5.1.4.1.1.7")
                    .text(Tags.SOPInstanceUID, "UI", "2.25.44")
                    .us(Tags.SamplesPerPixel, samples)
                    .text(Tags.PhotometricInterpretation, "CS", samples == 1 ? "MONOCHROME2" : "RGB");
            if (samples > 1) {
                e.us(Tags.PlanarConfiguration, 0);
            }
            e.text(Tags.NumberOfFrames, "IS", frames)
                    .us(Tags.Rows, rows)
                    .us(Tags.Columns, columns)
                    .us(Tags.BitsAllocated, bits)
                    .us(Tags.BitsStored, bits)
                    .us(Tags.HighBit, bits - 1)
                    .us(Tags.PixelRepresentation, 0)
                    .raw(pixelData);
            return TestEncoder.part10(ts, e.toByteArray());
        }

        static byte[] nativePixels(int n) {
            return TestEncoder.explicitLittle().element(Tags.PixelData, "OB", new byte[n]).toByteArray();
        }

        /** Encapsulated pixel data: one RLE fragment declaring {@code segments}, each of {@code length} bytes. */
        static byte[] rleFragment(int segments, int length) {
            int used = Math.min(segments, 15);
            TestEncoder f = TestEncoder.explicitLittle().u32(segments);
            for (int s = 0; s < 15; s++) {
                f.u32(s < used ? 64L + (long) s * length : 0);
            }
            for (int s = 0; s < used; s++) {
                byte[] run = new byte[length];
                for (int i = 0; i < length; i += 2) {
                    run[i] = (byte) -127; // 128 copies of the next byte
                    run[i + 1] = (byte) s;
                }
                f.raw(run);
            }
            byte[] fragment = f.toByteArray();
            return TestEncoder.explicitLittle().header(Tags.PixelData, "OB", UNDEFINED).item(0)
                    .item(fragment.length).raw(fragment).sequenceDelimitation().toByteArray();
        }

        /** A valid JPEG whose frame header is patched to declare another size, with Rows and Columns to match. */
        static byte[] jpegDeclaring(int width, int height) {
            byte[] jpeg = Bases.jpeg(16, 8, false, 0);
            int at = 2; // after the start of image marker, marker segments until the frame header
            while ((jpeg[at + 1] & 0xFF) != 0xC0) {
                at += 2 + (int) Bytes.read(jpeg, at + 2, 2, true);
            }
            Bytes.write(jpeg, at + 5, 2, true, height);
            Bytes.write(jpeg, at + 7, 2, true, width);
            byte[] pixelData = TestEncoder.explicitLittle().header(Tags.PixelData, "OB", UNDEFINED).item(0)
                    .item(jpeg.length).raw(jpeg).sequenceDelimitation().toByteArray();
            return pixelFile(JPEG_BASELINE, height, width, 1, 8, "1", pixelData);
        }
    }
}
