package io.github.synthphi.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.interop.DcmdumpListing;
import io.github.synthphi.core.dicom.interop.Dcmtk;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.dicom.interop.Listing;
import io.github.synthphi.core.dicom.interop.ToolResult;
import io.github.synthphi.core.study.GeneratedStudies.Text;
import io.github.synthphi.core.truth.AnswerKey;
import io.github.synthphi.core.truth.AnswerKeyEntry;
import io.github.synthphi.core.truth.TagPath;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dcmdump (dcmtk) shows every planted value exactly where the answer key says: for each generated file, every
 * element entry of its instance in {@code answer-key.csv} finds, at its MIDI tag path, the value the entry
 * records. Nested items and private blocks are resolved in dcmdump's printout (a private node by the creator
 * element of its item), never with synth's reader. The reverse holds too: every text value of group 0010 that
 * dcmdump prints has an entry (no unrecorded PHI in the Patient module).
 *
 * <p>Cases: every modality (en-US, Explicit VR Little Endian), de-DE, ja-JP in ISO 2022 IR 87, ja-JP in
 * ISO_IR 192, Implicit VR Little Endian, RLE Lossless and Deflated Explicit VR Little Endian.
 *
 * <p>Text: dcmdump prints values in the file's own bytes (this dcmtk's iconv cannot convert ISO 2022 IR 87 to
 * UTF-8), so the printout is read as ISO 8859-1, which keeps every byte, and each text value is decoded with
 * the JDK's charset of the Specific Character Set dcmdump printed (US-ASCII, ISO-8859-1, UTF-8, ISO-2022-JP).
 * The JDK's decoders, not synth's {@code SpecificCharacterSet}, so that the check does not share code with the
 * encoder it checks.
 *
 * <p>Implicit VR: dcmtk can know the VR of a private element only from a dictionary, so the file is dumped a
 * second time with a private dictionary of synth's blocks added to dcmtk's own; that run leaves out {@code -dc},
 * because with it dcmtk does not find the dictionary's creator in a value padded to even length. Private paths
 * are resolved in that printout; everything else, and the check for warnings, uses the first.
 */
class GeneratedStudyDcmdumpIT {

    /** dcmtk's data dictionary format: the two private blocks synth plants in group 0013. */
    private static final String PRIVATE_DICTIONARY = String.join("\n",
            "(0013,\"SYNTH PHI 1.0\",10)\tLO\tSynthPatientNameCopy\t1\tPrivateTag",
            "(0013,\"SYNTH PHI 1.0\",11)\tLO\tSynthChartNumber\t1\tPrivateTag",
            "(0013,\"SYNTH PHI 1.0\",12)\tDA\tSynthBirthDate\t1\tPrivateTag",
            "(0013,\"SYNTH PHI 1.0\",13)\tSQ\tSynthOuterSequence\t1\tPrivateTag",
            "(0013,\"SYNTH PHI 1.0\",14)\tSQ\tSynthInnerSequence\t1\tPrivateTag",
            "(0013,\"SYNTH PHI 1.0\",15)\tSQ\tSynthThirdSequence\t1\tPrivateTag",
            "(0013,\"SYNTH PHI 1.0\",16)\tLO\tSynthOrderNumber\t1\tPrivateTag",
            "(0013,\"SYNTH PHI 1.0\",17)\tLO\tSynthReader\t1\tPrivateTag",
            "(0013,\"SYNTH TECHNICAL 1.0\",10)\tDS\tSynthTechnicalFactor\t1\tPrivateTag",
            "(0013,\"SYNTH TECHNICAL 1.0\",11)\tCS\tSynthTechnicalMode\t1\tPrivateTag",
            "(0013,\"SYNTH TECHNICAL 1.0\",12)\tUS\tSynthTechnicalSize\t1\tPrivateTag", "");

    /** Text VRs whose values in group 0010 must all be in the answer key. */
    private static final Set<String> PATIENT_TEXT_VRS = Set.of("PN", "LO", "SH", "LT", "ST", "UT");

    private static final String SOP_INSTANCE_UID = Listing.path(Tags.SOPInstanceUID);
    private static final String SPECIFIC_CHARACTER_SET = Listing.path(Tags.SpecificCharacterSet);

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Modality m : Modality.values()) {
            out.add(of(m, Text.EN_US, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        }
        out.add(of(Modality.US_CINE, Text.DE_DE, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        out.add(of(Modality.CT, Text.JA_JP_IR87, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        out.add(of(Modality.MR, Text.JA_JP_UTF8, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        out.add(of(Modality.US, Text.JA_JP_IR87, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN));
        out.add(of(Modality.DX, Text.DE_DE, TransferSyntax.RLE_LOSSLESS));
        out.add(of(Modality.MG, Text.EN_US, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN));
        return out.stream();
    }

    private static Arguments of(Modality m, Text text, TransferSyntax ts) {
        return Arguments.of(GeneratedStudies.describe(m, text, ts), m, text, ts);
    }

    private static final java.util.regex.Pattern NOTHING = java.util.regex.Pattern.compile("(?!)");
    private static final java.util.regex.Pattern PRIVATE_UN_SEQUENCE = java.util.regex.Pattern.compile(
            "W: Found element \\(0013,10\\p{XDigit}{2}\\) with VR UN and undefined length, reading a sequence "
                    + "with transfer syntax LittleEndianImplicit \\(CP-246\\)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dcmdumpShowsEveryPlantedValueWhereTheAnswerKeySays(String name, Modality modality, Text text,
                                                            TransferSyntax ts, @TempDir Path dir, TestReporter reporter)
            throws Exception {
        Path dcmdump = ExternalTools.require("dcmdump", "dcmtk");
        StudyFixture fixture = GeneratedStudies.generate(GeneratedStudies.spec(modality, text, ts),
                dir.resolve("study"));
        AnswerKey key = fixture.answerKey();
        Optional<Map<String, String>> privateDictionary = ts.explicitVr() ? Optional.empty()
                : Optional.of(privateDictionary(dcmdump, dir));
        Set<String> instancesSeen = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : fixture.files()) {
            String what = name + ", " + fixture.directory().relativize(file);
            // -dc: no silent repairs of what dcmtk finds wrong; +L: values in full; -Un: UIDs as numbers;
            // -M +R 200: values over 200 KiB (the pixels, not the overlay bits) are not read
            ToolResult dump = ExternalTools.runOk(dir, List.of(dcmdump.toString(), "-dc", "+L", "-Un", "-M", "+R",
                    "200", file.toString()));
            // Implicit VR: private sequences have undefined length so that any reader can follow them into their
            // items; dcmtk notes that it reads such an element as a sequence (CP-246)
            Dcmtk.assertNoWarnings(dump, ts.explicitVr() ? NOTHING : PRIVATE_UN_SEQUENCE);
            Listing listing = DcmdumpListing.parse(dump.stdout(StandardCharsets.ISO_8859_1)).dataset();
            Listing privateListing = listing;
            if (privateDictionary.isPresent()) {
                ToolResult typed = ExternalTools.run(dir, List.of(dcmdump.toString(), "+L", "-Un", "-M", "+R", "200",
                        file.toString()), privateDictionary.get());
                assertThat(typed.exitCode()).as(typed.describe()).isZero();
                Dcmtk.assertNoWarnings(typed);
                privateListing = DcmdumpListing.parse(typed.stdout(StandardCharsets.ISO_8859_1)).dataset();
            }
            Charset charset = charset(listing, what);
            String sop = listing.get(SOP_INSTANCE_UID).value();
            instancesSeen.add(sop);
            List<AnswerKeyEntry> entries = key.forInstance(sop).stream().filter(e -> e.tagPath().isPresent()).toList();
            assertThat(entries).as("%s: answer-key entries of SOP Instance UID %s", what, sop).isNotEmpty();

            Set<String> recorded = new TreeSet<>();
            for (AnswerKeyEntry e : entries) {
                checked++;
                TagPath path = e.tagPath().orElseThrow();
                boolean isPrivate = path.nodes().stream().anyMatch(TagPath.Node::isPrivate);
                Listing in = isPrivate ? privateListing : listing;
                Optional<String> at = listingPath(path, in, charset);
                if (at.isEmpty()) {
                    problems.add(what + ": " + path + " (" + e.action().midiName() + "): a private creator or item "
                            + "on the path is not in dcmdump's printout");
                    continue;
                }
                recorded.add(at.get());
                Optional<Listing.Entry> printed = in.find(at.get());
                if (printed.isEmpty()) {
                    problems.add(what + ": " + path + " (" + e.action().midiName() + ", dcmdump path " + at.get()
                            + "): not in dcmdump's printout; expected '" + e.value() + "'");
                    continue;
                }
                check(e, path, printed.get(), listing, charset, what).ifPresent(problems::add);
            }

            // the reverse: no text value of the Patient module that the answer key does not know
            for (String p : listing.paths()) {
                Listing.Entry printed = listing.get(p);
                if (!lastTag(p).startsWith("(0010,") || !PATIENT_TEXT_VRS.contains(printed.vr())) {
                    continue;
                }
                String value = decode(printed.value(), charset);
                if (!value.isEmpty() && !recorded.contains(p)) {
                    problems.add(what + ": dcmdump shows " + p + " " + printed.vr() + " '" + value
                            + "', which no answer-key entry records");
                }
            }
        }
        reporter.publishEntry("answer-key entries checked", checked + " in " + fixture.files().size() + " files");
        assertThat(problems).as("%s: planted values that dcmdump does not show where the answer key says", name)
                .isEmpty();
        assertThat(instancesSeen).as("%s: the SOP Instance UIDs of the files against those of the answer key", name)
                .containsExactlyElementsOf(key.instances());
    }

    /** The first problem of one entry against what dcmdump printed at its path, if any. */
    private static Optional<String> check(AnswerKeyEntry e, TagPath path, Listing.Entry printed, Listing listing,
                                          Charset charset, String what) {
        String where = what + ": " + path + " (" + e.action().midiName() + ", " + e.keyword() + ")";
        if (path.leafTag().map(Tags.PixelData::equals).orElse(false)) {
            // pixels_retained on Pixel Data: the pixels are there; GeneratedBurnedTextIT looks at them
            return printed.value().isEmpty() ? Optional.of(where + ": Pixel Data is empty") : Optional.empty();
        }
        if (path.leafTag().map(Tags.OverlayData::equals).orElse(false)) {
            // Overlay Data: OW bits whose answer-key value is the text they spell; check that they are there
            int rows = Integer.parseInt(listing.get(Listing.path(Tags.OverlayRows)).value());
            int columns = Integer.parseInt(listing.get(Listing.path(Tags.OverlayColumns)).value());
            int expected = (rows * columns + 15) / 16 * 2;
            String hex = printed.value();
            if (!printed.vr().equals("OW") || hex.length() != 2 * expected) {
                return Optional.of(where + ": expected OW of " + expected + " bytes (" + columns + " x " + rows
                        + " bits) but dcmdump shows " + printed.vr() + " of " + hex.length() / 2 + " bytes");
            }
            if (hex.chars().allMatch(c -> c == '0')) {
                return Optional.of(where + ": no overlay bit is set");
            }
            return Optional.empty();
        }
        if (!printed.vr().equals(e.vr())) {
            return Optional.of(where + ": the answer key says VR " + e.vr() + " but dcmdump shows " + printed.vr());
        }
        String value = Vr.of(printed.vr()).map(Vr::isText).orElse(false) ? decode(printed.value(), charset)
                : printed.value();
        if (!value.equals(e.value())) {
            return Optional.of(where + ": the answer key has '" + e.value() + "' but dcmdump shows '" + value + "'");
        }
        return Optional.empty();
    }

    /**
     * The path of {@code path} in a dcmdump listing, such as {@code (0013,1013)[0](0013,1014)}: public tags as
     * they are, a private node as the element of the block whose creator element, in the same item, holds the
     * node's creator (compared ignoring case, as MIDI upper-cases creators); empty when no block has it.
     */
    static Optional<String> listingPath(TagPath path, Listing listing, Charset charset) {
        StringBuilder prefix = new StringBuilder();
        for (TagPath.Node n : path.nodes()) {
            int element = n.element();
            if (n.isPrivate()) {
                Optional<Integer> block = Optional.empty();
                for (int b = 0x10; b <= 0xFF && block.isEmpty(); b++) {
                    String creatorPath = prefix + String.format(Locale.ROOT, "(%04X,%04X)", n.group(), b);
                    Optional<Listing.Entry> creator = listing.find(creatorPath);
                    if (creator.isPresent()
                            && decode(creator.get().value(), charset).strip().equalsIgnoreCase(n.creator())) {
                        block = Optional.of(b);
                    }
                }
                if (block.isEmpty()) {
                    return Optional.empty();
                }
                element = block.get() << 8 | n.element();
            }
            prefix.append(String.format(Locale.ROOT, "(%04X,%04X)", n.group(), element));
            if (n.item() >= 0) {
                prefix.append('[').append(n.item()).append(']');
            }
        }
        return Optional.of(prefix.toString());
    }

    private static String lastTag(String listingPath) {
        return listingPath.substring(listingPath.lastIndexOf('('));
    }

    /** A value dcmdump printed, read as ISO 8859-1 (its bytes), decoded with the file's character set. */
    private static String decode(String latin1, Charset charset) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), charset);
    }

    /** The JDK charset of the Specific Character Set dcmdump printed. */
    private static Charset charset(Listing listing, String what) {
        String terms = listing.find(SPECIFIC_CHARACTER_SET).map(Listing.Entry::value).orElse("");
        switch (terms) {
            case "":
                return StandardCharsets.US_ASCII;
            case "ISO_IR 100":
                return StandardCharsets.ISO_8859_1;
            case "ISO_IR 192":
                return StandardCharsets.UTF_8;
            case "\\ISO 2022 IR 87":
                return Charset.forName("ISO-2022-JP");
            default:
                throw new AssertionError(what + ": Specific Character Set '" + terms + "' is not one the generator "
                        + "declares");
        }
    }

    /**
     * The environment that makes dcmtk load its own data dictionary and synth's private one: DCMDICTPATH as it
     * is set, else dcmtk's {@code dicom.dic} found under the {@code share} folder beside dcmdump's.
     */
    private static Map<String, String> privateDictionary(Path dcmdump, Path dir) throws IOException {
        Path ours = dir.resolve("synth-private.dic");
        Files.writeString(ours, PRIVATE_DICTIONARY, StandardCharsets.US_ASCII);
        String base = System.getenv("DCMDICTPATH");
        if (base == null || base.isBlank()) {
            Path share = dcmdump.toRealPath().getParent().resolveSibling("share");
            try (Stream<Path> dirs = Files.isDirectory(share) ? Files.list(share) : Stream.empty()) {
                base = dirs.filter(d -> d.getFileName().toString().contains("dcmtk"))
                        .map(d -> d.resolve("dicom.dic")).filter(Files::isRegularFile).sorted()
                        .map(Path::toString).findFirst().orElse(null);
            }
        }
        if (base == null) {
            ExternalTools.unavailable("cannot find dcmtk's dicom.dic under " + dcmdump.toRealPath().getParent()
                    .resolveSibling("share") + " (set DCMDICTPATH), needed to read private elements in Implicit VR");
        }
        return Map.of("DCMDICTPATH", base + File.pathSeparator + ours);
    }
}
