package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fault the reader detects raises a {@link DicomParseException} naming the source, the byte offset and
 * (when there is one) the tag. Every expected offset is counted from the bytes the test wrote, not taken
 * from the parser.
 */
class DicomReaderFaultTest {

    private static final String SOURCE = "fault.dcm";
    private static final long UNDEFINED = TestEncoder.UNDEFINED;
    private static final String EXPLICIT_LE = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid();
    private static final String DEFLATED = TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.uid();

    /** The preamble and file meta that precede a data set written by {@link #part10}. */
    private static byte[] prefix(String tsUid) {
        return TestEncoder.concat(TestEncoder.preamble(), TestEncoder.fileMeta(tsUid));
    }

    private static byte[] part10(String tsUid, TestEncoder body) {
        return TestEncoder.concat(prefix(tsUid), body.toByteArray());
    }

    private static DicomParseException fault(ReadOptions options, byte[] bytes) {
        DicomParseException e = catchThrowableOfType(DicomParseException.class,
                () -> new DicomReader(options).read(bytes, SOURCE));
        assertThat(e).as("a DicomParseException").isNotNull();
        return e;
    }

    private static DicomParseException fault(byte[] bytes) {
        return fault(ReadOptions.defaults(), bytes);
    }

    /** Checks the offset, the tag and the whole start of the message, which is what a person reads. */
    private static void assertFault(DicomParseException e, long offset, Tag tag, String keyword, String message) {
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.offset()).isEqualTo(offset);
        assertThat(e.tag()).isEqualTo(Optional.ofNullable(tag));
        String where = SOURCE + ": at byte " + offset + (tag == null ? "" : ", tag " + tag + " " + keyword);
        assertThat(e.getMessage()).isEqualTo(where + ": " + message);
    }

    private static TestEncoder encoder(String syntax) {
        return switch (syntax) {
            case "explicit" -> TestEncoder.explicitLittle();
            case "implicit" -> TestEncoder.implicitLittle();
            default -> TestEncoder.explicitBig();
        };
    }

    private static String uid(String syntax) {
        return switch (syntax) {
            case "explicit" -> EXPLICIT_LE;
            case "implicit" -> TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid();
            default -> TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid();
        };
    }

    // ---------------------------------------------------------------------------------------------------
    // lengths

    @ParameterizedTest
    @ValueSource(strings = {"explicit", "implicit", "big endian"})
    void valueLengthPastTheEnd(String syntax) {
        TestEncoder body = encoder(syntax).text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.header(Tags.PatientID, "LO", 200).raw("MRN-0042".getBytes(StandardCharsets.US_ASCII));

        DicomParseException e = fault(part10(uid(syntax), body));

        assertFault(e, prefix(uid(syntax)).length + at, Tags.PatientID, "PatientID",
                "value length 200 exceeds the 8 bytes that remain");
    }

    @ParameterizedTest
    @ValueSource(longs = {0xFFFFFFFEL, 0x7FFFFFFFL, 0x80000000L, 18})
    void itemLengthPastTheEndOfItsSequence(long itemLength) {
        byte[] item = TestEncoder.explicitLittle().text(Tags.PatientID, "LO", "OTHER-1").toByteArray();
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE")
                .header(Tags.OtherPatientIDsSequence, "SQ", 8 + item.length);
        int itemAt = body.position();
        body.item(itemLength).raw(item).text(Tags.StudyDescription, "LO", "AFTER");

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + itemAt, Tags.OtherPatientIDsSequence, "OtherPatientIDsSequence",
                "item length " + itemLength + " exceeds the " + item.length + " bytes that remain");
    }

    @Test
    void fragmentLengthPastTheEnd() {
        TestEncoder body = TestEncoder.explicitLittle().header(Tags.PixelData, "OB", UNDEFINED).item(0);
        int at = body.position();
        body.item(0xFFFFFFF0L).raw(new byte[16]);

        DicomParseException e = fault(part10(TransferSyntax.RLE_LOSSLESS.uid(), body));

        assertFault(e, prefix(TransferSyntax.RLE_LOSSLESS.uid()).length + at, Tags.PixelData, "PixelData",
                "fragment length 4294967280 exceeds the 16 bytes that remain");
    }

    @Test
    void undefinedLengthWhereTheVrForbidsIt() {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.header(Tags.StudyDescription, "UT", UNDEFINED).raw(new byte[16]);

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + at, Tags.StudyDescription, "StudyDescription",
                "undefined length is not allowed for VR UT");
    }

    @Test
    void oddLengthIsRejectedUnlessAllowed() throws IOException {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.header(Tags.PatientID, "LO", 5).raw("ABCDE".getBytes(StandardCharsets.US_ASCII))
                .text(Tags.PatientSex, "CS", "F");
        byte[] file = part10(EXPLICIT_LE, body);

        DicomParseException e = fault(file);

        assertFault(e, prefix(EXPLICIT_LE).length + at, Tags.PatientID, "PatientID",
                "odd value length 5 (PS3.5 7.1.1 requires even lengths)");
        Dataset ds = new DicomReader(ReadOptions.defaults().withAllowOddLengths(true)).read(file, SOURCE).dataset();
        assertThat(ds.getString(Tags.PatientID)).contains("ABCDE");
        assertThat(ds.getString(Tags.PatientSex)).contains("F");
    }

    @Test
    void oddItemLengthIsRejectedUnlessAllowed() throws IOException {
        byte[] item = TestEncoder.explicitLittle().header(Tags.PatientID, "LO", 3)
                .raw("ABC".getBytes(StandardCharsets.US_ASCII)).toByteArray();
        TestEncoder body = TestEncoder.explicitLittle().header(Tags.OtherPatientIDsSequence, "SQ", UNDEFINED);
        int at = body.position();
        body.item(item.length).raw(item).sequenceDelimitation();
        byte[] file = part10(EXPLICIT_LE, body);

        DicomParseException e = fault(file);

        assertFault(e, prefix(EXPLICIT_LE).length + at, Tags.OtherPatientIDsSequence, "OtherPatientIDsSequence",
                "odd item length 11");
        Dataset ds = new DicomReader(ReadOptions.defaults().withAllowOddLengths(true)).read(file, SOURCE).dataset();
        assertThat(ds.getItems(Tags.OtherPatientIDsSequence).get(0).getString(Tags.PatientID)).contains("ABC");
    }

    // ---------------------------------------------------------------------------------------------------
    // limits

    /** Nested sequences of undefined length; {@code at[i]} receives the offset of the header of level i. */
    private static TestEncoder nested(TestEncoder e, int levels, int[] at) {
        for (int i = 0; i < levels; i++) {
            if (i < at.length) {
                at[i] = e.position();
            }
            e.header(Tags.ReferencedStudySequence, "SQ", UNDEFINED).item(UNDEFINED);
        }
        e.text(Tags.PatientName, "PN", "DEEP");
        for (int i = 0; i < levels; i++) {
            e.itemDelimitation().sequenceDelimitation();
        }
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"explicit", "implicit", "big endian"})
    void nestingDeeperThanMaxDepth(String syntax) {
        int[] at = new int[4];
        byte[] file = part10(uid(syntax), nested(encoder(syntax), 10, at));

        DicomParseException e = fault(ReadOptions.defaults().withMaxDepth(3), file);

        assertFault(e, prefix(uid(syntax)).length + at[3], Tags.ReferencedStudySequence, "ReferencedStudySequence",
                "sequences nested deeper than 3 (ReadOptions.maxDepth)");
    }

    @Test
    void tenThousandLevelsStopAtTheLargestMaxDepth() {
        int max = ReadOptions.MAX_DEPTH;
        int[] at = new int[max + 1];
        byte[] file = part10(EXPLICIT_LE, nested(TestEncoder.explicitLittle(), 10_000, at));

        DicomParseException e = fault(ReadOptions.defaults().withMaxDepth(max), file);

        assertFault(e, prefix(EXPLICIT_LE).length + at[max], Tags.ReferencedStudySequence, "ReferencedStudySequence",
                "sequences nested deeper than " + max + " (ReadOptions.maxDepth)");
    }

    @Test
    void nestingToTheLargestMaxDepthIsRead() throws IOException {
        int max = ReadOptions.MAX_DEPTH;
        byte[] file = part10(EXPLICIT_LE, nested(TestEncoder.explicitLittle(), max, new int[0]));

        Dataset ds = new DicomReader(ReadOptions.defaults().withMaxDepth(max)).read(file, SOURCE).dataset();

        for (int i = 0; i < max; i++) {
            ds = ds.getItems(Tags.ReferencedStudySequence).get(0);
        }
        assertThat(ds.getString(Tags.PatientName)).contains("DEEP");
        assertThatIllegalArgumentException().isThrownBy(() -> ReadOptions.defaults().withMaxDepth(max + 1));
    }

    @Test
    void inputLargerThanMaxFileSize() throws IOException {
        byte[] file = part10(EXPLICIT_LE, TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE"));
        int n = file.length;

        DicomParseException e = fault(ReadOptions.defaults().withMaxFileSize(n - 1), file);

        assertFault(e, 0, null, null, "input of " + n + " bytes is larger than the limit of " + (n - 1)
                + " (ReadOptions.maxFileSize)");
        assertThat(new DicomReader(ReadOptions.defaults().withMaxFileSize(n)).read(file, SOURCE).dataset()
                .getString(Tags.PatientName)).contains("DOE^JANE");
    }

    @Test
    void fileLargerThanMaxFileSize(@TempDir Path dir) throws IOException {
        byte[] bytes = part10(EXPLICIT_LE, TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE"));
        Path file = Files.write(dir.resolve("IM0001.dcm"), bytes);
        int n = bytes.length;

        DicomParseException e = catchThrowableOfType(DicomParseException.class,
                () -> new DicomReader(ReadOptions.defaults().withMaxFileSize(n - 1)).read(file));

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.offset()).isZero();
        assertThat(e.tag()).isEmpty();
        assertThat(e.getMessage()).isEqualTo(file + ": at byte 0: file of " + n + " bytes is larger than the limit of "
                + (n - 1) + " (ReadOptions.maxFileSize)");
        assertThat(new DicomReader(ReadOptions.defaults().withMaxFileSize(n)).read(file).dataset()
                .getString(Tags.PatientName)).contains("DOE^JANE");
    }

    @Test
    void deflatedDataSetInflatingPastMaxFileSize() {
        byte[] prefix = prefix(DEFLATED);
        byte[] file = TestEncoder.concat(prefix, TestEncoder.deflate(new byte[1 << 20]));
        assertThat(file.length).isLessThan(4096);

        DicomParseException e = fault(ReadOptions.defaults().withMaxFileSize(4096), file);

        assertFault(e, prefix.length, null, null,
                "the deflated data set inflates to more than 4096 bytes (ReadOptions.maxFileSize)");
    }

    @Test
    void tooManyElements() {
        TestEncoder body = TestEncoder.explicitLittle()
                .text(Tags.SOPInstanceUID, "UI", "2.25.1")
                .text(Tags.StudyDate, "DA", "20240131")
                .text(Tags.Modality, "CS", "OT");
        int at = body.position();
        body.text(Tags.PatientName, "PN", "DOE^JANE").text(Tags.PatientID, "LO", "MRN-0042");

        DicomParseException e = fault(ReadOptions.defaults().withMaxElements(3), body.toByteArray());

        assertFault(e, at, Tags.PatientName, "PatientName",
                "more than 3 elements and items (ReadOptions.maxElements)");
    }

    @Test
    void itemsCountAsElements() {
        TestEncoder body = TestEncoder.explicitLittle().header(Tags.OtherPatientIDsSequence, "SQ", UNDEFINED)
                .item(0).item(0);
        int at = body.position();
        body.item(0).sequenceDelimitation();

        DicomParseException e = fault(ReadOptions.defaults().withMaxElements(3), body.toByteArray());

        assertFault(e, at, Tags.OtherPatientIDsSequence, "OtherPatientIDsSequence",
                "more than 3 elements and items (ReadOptions.maxElements)");
    }

    // ---------------------------------------------------------------------------------------------------
    // deflate

    @Test
    void truncatedDeflateStream() {
        byte[] deflated = TestEncoder.deflate(TestEncoder.explicitLittle()
                .text(Tags.PatientName, "PN", "DOE^JANE").text(Tags.StudyDescription, "LO", "x".repeat(2000))
                .toByteArray());
        byte[] file = TestEncoder.concat(prefix(DEFLATED), Arrays.copyOf(deflated, deflated.length - 4));

        DicomParseException e = fault(file);

        assertThat(e.offset()).isEqualTo(file.length);
        assertThat(e.tag()).isEmpty();
        assertThat(e.getMessage()).startsWith(SOURCE + ": at byte " + file.length
                + ": the deflated data set is truncated: the stream ends before its last block (");
    }

    @Test
    void corruptDeflateStream() {
        byte[] prefix = prefix(DEFLATED);
        byte[] file = TestEncoder.concat(prefix, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});

        DicomParseException e = fault(file);

        assertThat(e.offset()).isEqualTo(prefix.length);
        assertThat(e.tag()).isEmpty();
        assertThat(e.getMessage()).startsWith(SOURCE + ": at byte " + prefix.length + ": corrupt deflated data set: ");
    }

    @Test
    void deflatedDataSetShorterThanAnElementHeader() throws IOException {
        // an empty data set deflates to 2 bytes: the file meta parser took them for a truncated header, and
        // the inflater, which finishes them without producing a byte, for a truncated stream
        byte[] file = TestEncoder.concat(prefix(DEFLATED), TestEncoder.deflate(new byte[0]));

        DicomFile read = new DicomReader().read(file, SOURCE);

        assertThat(read.transferSyntax()).isEqualTo(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(read.dataset().isEmpty()).isTrue();
    }

    @Test
    void faultInsideTheInflatedDataSetIsPlacedInIt() {
        TestEncoder inflated = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = inflated.position();
        inflated.text(Tags.PatientName, "PN", "ROE^RICHARD");
        byte[] prefix = prefix(DEFLATED);

        DicomParseException e = fault(TestEncoder.concat(prefix, TestEncoder.deflate(inflated.toByteArray())));

        assertFault(e, at, Tags.PatientName, "PatientName", "duplicate element: the tag occurs twice in one data set"
                + " (offset in the data set inflated from byte " + prefix.length + ")");
    }

    // ---------------------------------------------------------------------------------------------------
    // structure

    @Test
    void duplicateElement() {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.text(Tags.PatientName, "PN", "ROE^RICHARD");

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + at, Tags.PatientName, "PatientName",
                "duplicate element: the tag occurs twice in one data set");
    }

    @Test
    void duplicateElementOutOfOrder() {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientID, "LO", "MRN-0042")
                .text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.text(Tags.PatientID, "LO", "MRN-0043");

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + at, Tags.PatientID, "PatientID",
                "duplicate element: the tag occurs twice in one data set");
    }

    @Test
    void elementsOutOfOrderAreReadInTagOrder() throws IOException {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientID, "LO", "MRN-0042")
                .text(Tags.StudyDate, "DA", "20240131").text(Tags.PatientName, "PN", "DOE^JANE");

        Dataset ds = new DicomReader().read(part10(EXPLICIT_LE, body), SOURCE).dataset();

        assertThat(ds.elements()).extracting(Element::tag)
                .containsExactly(Tags.StudyDate, Tags.PatientName, Tags.PatientID);
        assertThat(ds.getString(Tags.PatientID)).contains("MRN-0042");
    }

    @Test
    void unknownVr() {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.header(Tags.PatientID, "ZZ", 8).raw("MRN-0042".getBytes(StandardCharsets.US_ASCII));

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + at + 4, Tags.PatientID, "PatientID",
                "unknown VR bytes 0x5A 0x5A");
    }

    @Test
    void missingTransferSyntaxUid() {
        byte[] meta = TestEncoder.explicitLittle()
                .element(Tags.FileMetaInformationVersion, "OB", new byte[] {0, 1})
                .text(Tags.MediaStorageSOPClassUID, "UI", "1.2.840.10008.5.1.4.1.1.7")
                .text(Tags.MediaStorageSOPInstanceUID, "UI", "2.25.1")
                .toByteArray();
        byte[] file = TestEncoder.concat(TestEncoder.preamble(),
                TestEncoder.explicitLittle().header(Tags.FileMetaInformationGroupLength, "UL", 4).u32(meta.length)
                        .toByteArray(), meta,
                TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE").toByteArray());

        DicomParseException e = fault(file);

        assertFault(e, TestEncoder.preamble().length, Tags.TransferSyntaxUID, "TransferSyntaxUID",
                "the file meta information has no Transfer Syntax UID");
    }

    @Test
    void itemTagOutsideASequence() {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.item(8).text(Tags.PatientID, "LO", "MRN-0042");

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + at, Tag.ITEM, "Item", "unexpected item tag inside a data set");
    }

    @Test
    void delimitersOutsideWhereTheyBelong() {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.itemDelimitation();
        assertFault(fault(part10(EXPLICIT_LE, body)), prefix(EXPLICIT_LE).length + at, Tag.ITEM_DELIMITATION,
                "ItemDelimitationItem", "item delimitation outside an item of undefined length");

        body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        body.sequenceDelimitation();
        assertFault(fault(part10(EXPLICIT_LE, body)), prefix(EXPLICIT_LE).length + at, Tag.SEQUENCE_DELIMITATION,
                "SequenceDelimitationItem", "unexpected delimiter tag inside a data set");
    }

    @Test
    void truncatedElementHeader() {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.raw(new byte[] {0x10, 0x00, 0x20, 0x00, 'L'});

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + at, null, null, "truncated element header: 5 bytes remain");
    }

    @Test
    void sequenceWithoutItsDelimitation() {
        TestEncoder body = TestEncoder.explicitLittle().header(Tags.OtherPatientIDsSequence, "SQ", UNDEFINED)
                .item(UNDEFINED).text(Tags.PatientID, "LO", "OTHER-1").itemDelimitation();
        int end = body.position();

        DicomParseException e = fault(part10(EXPLICIT_LE, body));

        assertFault(e, prefix(EXPLICIT_LE).length + end, Tags.OtherPatientIDsSequence, "OtherPatientIDsSequence",
                "sequence of undefined length has no sequence delimitation before the end of its data");
    }

    @Test
    void aFileIsNamedByItsPath(@TempDir Path dir) throws IOException {
        TestEncoder body = TestEncoder.explicitLittle().text(Tags.PatientName, "PN", "DOE^JANE");
        int at = body.position();
        body.header(Tags.PatientID, "LO", 200);
        Path file = Files.write(dir.resolve("IM0002.dcm"), part10(EXPLICIT_LE, body));

        DicomParseException e = catchThrowableOfType(DicomParseException.class, () -> new DicomReader().read(file));

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage()).isEqualTo(file + ": at byte " + (prefix(EXPLICIT_LE).length + at)
                + ", tag (0010,0020) PatientID: value length 200 exceeds the 0 bytes that remain");
    }
}
