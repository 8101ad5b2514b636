package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomWriter;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.dicom.WriteOptions;
import io.github.synthphi.core.evaluate.CheckResult;
import io.github.synthphi.core.evaluate.DeidOutput;
import io.github.synthphi.core.evaluate.Evaluation;
import io.github.synthphi.core.truth.UidMappingCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MIDI mode end to end on a hand-built key: three instances (one found, one missing, one re-encoded losslessly in
 * RLE), every action, nested and private paths, mapping CSVs, a stray and a non-DICOM file. Every expected verdict
 * and count is derived by hand from the rule table (see the comments).
 */
class MidiScorerTest {

    private static final String NESTED = "<(0008,1115)>[<0000>]<(0008,114a)>[<0001>]<(0008,1155)>";
    private static final String PRIVATE = "<(0019,\"SIEMENS CT VA0  COAD\",92)>";
    private static final byte[] PIXELS = new byte[32];

    static {
        for (int i = 0; i < PIXELS.length; i += 2) {
            PIXELS[i] = (byte) (i * 7);
            PIXELS[i + 1] = (byte) (i % 4);
        }
    }

    @TempDir
    Path dir;

    private Path key;
    private Path out;
    private MidiRules rules;

    @BeforeEach
    void setUp() throws Exception {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(PIXELS));
        key = dir.resolve("key.db");
        String pixelsRetained = "\"%s\": {\"action\": \"<pixels_retained>\", \"tag\": null, \"tag_ds\": null, "
                + "\"tag_name\": null, \"value\": null, \"action_text\": \"<" + md5 + ">\", \"scope\": \"<Instance>\"}";
        String pixelsHidden = "\"%s\": {\"action\": \"<pixels_hidden>\", \"tag\": null, \"tag_ds\": null, "
                + "\"tag_name\": null, \"value\": null, \"action_text\": \"<{\\\"text\\\": \\\"SANCHEZ\\\", "
                + "\\\"top_left\\\": [0, 0], \\\"bottom_right\\\": [4, 2]}>\", \"scope\": \"<Instance>\"}";
        new HandKeys()
                .row("1014584441", "1.2.3", "1.2.3.4", "1.2.3.4.5", "CT", HandKeys.object(
                        HandKeys.check("0", "text_removed", "<(0010,0010)>", "Patient's Name", "SANCHEZ^TIMOTHY",
                                "SANCHEZ^TIMOTHY", "HIPAA-A", null),
                        HandKeys.check("1", "patid_consistent", "<(0010,0020)>", "Patient ID", "1014584441",
                                "1014584441", null, null),
                        HandKeys.check("2", "uid_consistent", "<(0020,000d)>", "Study Instance UID", "1.2.3", "1.2.3",
                                null, null),
                        HandKeys.check("3", "date_shifted", "<(0008,0020)>", "Study Date", "20180805", "20180805",
                                null, null),
                        HandKeys.check("4", "text_retained", PRIVATE, "[SFOV Type]",
                                "P4^P101^S108^I0, Gated, 0.0% 20140321", "P4^P101^S108^I0, Gated, 0.0%", null,
                                "TCIA-P15-DESC-C"),
                        HandKeys.check("5", "uid_changed", NESTED, "Referenced SOP Instance UID", "1.2.3.9", "1.2.3.9",
                                null, null),
                        HandKeys.check("6", "tag_retained", "<(0008,0008)>", "Image Type", "ORIGINAL\\PRIMARY", null,
                                null, null),
                        HandKeys.check("7", "text_notnull", "<(0008,0060)>", "Modality", "CT", null, null, null),
                        HandKeys.check("8", "text_removed", "<(0008,0050)>", "Accession Number", "ACC1", "ACC1",
                                "HIPAA-R", null),
                        HandKeys.check("9", "uid_consistent", "<(0020,0052)>", "Frame of Reference UID", "1.2.3.8",
                                "1.2.3.8", null, null),
                        HandKeys.check("10", "text_retained", "<(0008,103e)>", "Series Description", "THE", "THE",
                                null, "TCIA-P15-DESC-C"),
                        String.format(pixelsRetained, "11"),
                        String.format(pixelsHidden, "12"),
                        HandKeys.check("13", "text_removed", "<(0010,1040)>", "Patient's Address", "PORTLAND OR",
                                "PORTLAND OR", "HIPAA-B", null)))
                .row("1014584441", "1.2.3", "1.2.3.4", "1.2.3.4.6", "CT", HandKeys.object(
                        HandKeys.check("0", "text_removed", "<(0010,0010)>", "Patient's Name", "SANCHEZ^TIMOTHY",
                                "SANCHEZ^TIMOTHY", "HIPAA-A", null),
                        HandKeys.check("1", "tag_retained", "<(0008,0008)>", "Image Type", "ORIGINAL", null, null,
                                null),
                        HandKeys.check("2", "uid_consistent", "<(0020,000d)>", "Study Instance UID", "1.2.3", "1.2.3",
                                null, null),
                        HandKeys.check("3", "date_shifted", "<(0008,0020)>", "Study Date", "20180805", "20180805",
                                null, null),
                        String.format(pixelsHidden, "4")))
                .row("1014584441", "1.2.3", "1.2.3.4", "1.2.3.4.7", "CT",
                        HandKeys.object(String.format(pixelsRetained, "0")))
                .write(key);

        Path uidCsv = Files.writeString(dir.resolve("uids.csv"), "id_old,id_new\n1.2.3,2.25.1003\n"
                + "1.2.3.4,2.25.10034\n1.2.3.4.5,2.25.100345\n1.2.3.4.6,2.25.100346\n1.2.3.4.7,2.25.100347\n"
                + "1.2.3,2.25.ignored-second-row\n");
        Path patCsv = Files.writeString(dir.resolve("patients.csv"), "id_old,id_new\n1014584441,MIDI_001\n");
        rules = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), UidMappingCsv.read(uidCsv),
                UidMappingCsv.read(patCsv), MidiRules.PixelsHidden.REVIEW);

        out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("sub"));
        new DicomWriter().write(out.resolve("a.dcm"), output("2.25.100345"));
        new DicomWriter(WriteOptions.of(TransferSyntax.RLE_LOSSLESS)).write(out.resolve("sub/c.dcm"),
                output("2.25.100347"));
        new DicomWriter().write(out.resolve("stray.dcm"), output("2.25.999"));
        Files.writeString(out.resolve("notes.txt"), "not DICOM");
    }

    private static Dataset output(String sop) {
        Dataset second = new Dataset().setString(Tags.ReferencedSOPInstanceUID, Vr.UI, "1.2.3.9.1");
        Dataset series = new Dataset().setItems(Tag.of(0x0008, 0x114A), List.of(new Dataset(), second));
        return new Dataset()
                .setString(Tags.ImageType, Vr.CS, "ORIGINAL", "PRIMARY")
                .setString(Tags.SOPClassUID, Vr.UI, "1.2.840.10008.5.1.4.1.1.2")
                .setString(Tags.SOPInstanceUID, Vr.UI, sop)
                .setString(Tags.StudyDate, Vr.DA, "20180815")
                .setString(Tags.Modality, Vr.CS, "CT")
                .setString(Tags.SeriesDescription, Vr.LO, "AXIAL")
                .setItems(Tags.ReferencedSeriesSequence, List.of(series))
                .setString(Tags.PatientName, Vr.PN, "ANON")
                .setString(Tags.PatientID, Vr.LO, "MIDI_001")
                .setString(Tags.PatientAddress, Vr.LO, "OR")
                .setString(Tag.of(0x0019, 0x0010), Vr.LO, "SIEMENS CT VA0  COAD")
                .setString(Tag.of(0x0019, 0x1092), Vr.LO, "^I0, Gated, 0.0%")
                .setString(Tags.StudyInstanceUID, Vr.UI, "2.25.1003")
                .setString(Tags.SeriesInstanceUID, Vr.UI, "2.25.10034")
                .setInt(Tags.SamplesPerPixel, Vr.US, 1)
                .setString(Tags.PhotometricInterpretation, Vr.CS, "MONOCHROME2")
                .setInt(Tags.Rows, Vr.US, 4)
                .setInt(Tags.Columns, Vr.US, 4)
                .setInt(Tags.BitsAllocated, Vr.US, 16)
                .setInt(Tags.BitsStored, Vr.US, 12)
                .setInt(Tags.HighBit, Vr.US, 11)
                .setInt(Tags.PixelRepresentation, Vr.US, 0)
                .setString(Tags.InstanceNumber, Vr.IS, Integer.toString(instanceNumber(sop)))
                .setBytes(Tags.PixelData, Vr.OW, pixels(sop));
    }

    /** 5, 6 and 7 for the three instances before and after, 999 for the stray output. */
    private static int instanceNumber(String sop) {
        return Integer.parseInt(sop.substring(sop.lastIndexOf('.') + 1)) % 1000 % 100 % 10
                + (sop.endsWith("999") ? 990 : 0);
    }

    /** The pixels the key's MD5 is of for the two instances with outputs; other pixels for the others. */
    private static byte[] pixels(String sop) {
        byte[] p = PIXELS.clone();
        if (!sop.endsWith(".100345") && !sop.endsWith(".100347") && !sop.equals("1.2.3.4.5")
                && !sop.equals("1.2.3.4.7")) {
            for (int i = 0; i < p.length; i += 2) {
                p[i] = (byte) (sop.hashCode() + i * 13);
            }
        }
        return p;
    }

    @Test
    void instanceAndSeriesScoresFollowTheRules() throws Exception {
        List<MidiResult> results = new ArrayList<>();
        MidiScore score = new MidiScorer(rules).score(key, out, results::add);
        assertThat(score.mode()).isEqualTo("MIDI");
        assertThat(score.rows()).isEqualTo(3);
        assertThat(score.missingInstances()).isEqualTo(1);
        assertThat(score.unmappedOutputs()).containsExactly("stray.dcm");
        assertThat(score.skippedFiles()).singleElement().asString().startsWith("notes.txt");

        // found instance: pass 0,1,2,3,6,7,8,9,11,13; fail 4 (2 of 3 tokens), 5 (substring); blank 10 (no token), 12
        // missing instance: text_removed, date_shifted, pixels_hidden pass; tag_retained, uid_consistent fail
        // re-encoded instance: pixels_retained fails (MD5 of the encapsulated bytes)
        assertThat(results).hasSize(20);
        MidiTally.Counts all = score.instanceLevel().all();
        assertThat(all).isEqualTo(new MidiTally.Counts(13, 5, 2));
        assertThat(all.scoreText()).isEqualTo("65.00%");
        assertThat(score.instanceLevel().byAction().get("pixels_retained")).isEqualTo(new MidiTally.Counts(1, 1, 0));
        assertThat(score.instanceLevel().byAction().get("text_removed")).isEqualTo(new MidiTally.Counts(4, 0, 0));
        assertThat(score.instanceLevel().byCategory().get("hipaa / HIPAA-C")).isEqualTo(new MidiTally.Counts(2, 0, 0));
        assertThat(score.instanceLevel().byCategory().get("tcia / TCIA-P15-DESC-C"))
                .isEqualTo(new MidiTally.Counts(0, 1, 1));

        // series: the two pixels_retained rows of one series collapse into one failure; the missing instance's
        // checks carry its old identifiers and stay apart: 9 + 3 passes, 3 + 2 failures, 2 blanks
        MidiTally.Counts series = score.seriesLevel().all();
        assertThat(series).isEqualTo(new MidiTally.Counts(12, 5, 2));
        assertThat(series.scoreText()).isEqualTo("63.16%");

        MidiResult partial = results.stream().filter(r -> r.check().tagDs().orElse("").equals(PRIVATE))
                .findFirst().orElseThrow();
        assertThat(partial.outcome().verdict()).isEqualTo(MidiVerdict.FAIL);
        assertThat(partial.outcome().score().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(partial.fileValue()).contains("<^I0, Gated, 0.0%>");
        assertThat(partial.patient()).isEqualTo("<MIDI_001>");
        assertThat(partial.file()).contains("a.dcm");

        MidiResult missing = results.stream().filter(r -> r.instance().equals("1.2.3.4.6")).findFirst().orElseThrow();
        assertThat(missing.fileValue()).contains(MidiRules.MISSING_FILE);
        assertThat(missing.patient()).isEqualTo("1014584441");
        assertThat(missing.file()).isEmpty();
    }

    @Test
    void reportsHaveMidisColumnsAndCounts() throws Exception {
        Path reports = dir.resolve("reports");
        try (MidiReports r = MidiReports.open(reports)) {
            r.finish(new MidiScorer(rules).score(key, out, r));
        }
        List<String> internal = Files.readAllLines(reports.resolve("discrepancy_report_internal.csv"));
        assertThat(internal.get(0)).isEqualTo("check_passed,check_score,tag_ds,tag_name,file_value,answer_value,"
                + "action,action_text,category,subcategory,hipaa_z,hipaa_m,dicom_p15,dicom_iod,dicom_safe,tcia_ptkb,"
                + "tcia_p15,tcia_rev,prev_cat,modality,class,patient,study,series,instance,file_name,file_path");
        assertThat(internal).as("5 failures and 2 blanks").hasSize(1 + 7);
        List<String> participant = Files.readAllLines(reports.resolve("discrepancy_report_participant.csv"));
        assertThat(participant.get(0)).isEqualTo("check_passed,check_score,tag_ds,tag_name,file_value,answer_value,"
                + "action,action_text,category,subcategory,modality,class,patient,study,series,instance,file_name");
        assertThat(participant).hasSize(1 + 7);
        assertThat(participant).anySatisfy(l -> assertThat(l).startsWith("0,0.6666666666666666,"
                + "\"<(0019,\"\"SIEMENS CT VA0  COAD\"\",92)>\",<[SFOV Type]>,\"<^I0, Gated, 0.0%>\""));
        assertThat(Files.readAllLines(reports.resolve("scoring_report_instance_Scoring.csv")))
                .containsExactly("\"\",Fail,Pass,Blank,Total,Score,Mode", "All,5,13,2,20,65.00%,MIDI");
        assertThat(Files.readAllLines(reports.resolve("scoring_report_series_Scoring.csv")))
                .containsExactly("\"\",Fail,Pass,Blank,Total,Score,Mode", "All,5,12,2,19,63.16%,MIDI");
        assertThat(Files.readAllLines(reports.resolve("scoring_report_instance_Actions.csv")))
                .contains("<pixels_retained>,1,1,0,2,50.00%", "<text_removed>,0,4,0,4,100.00%");
        assertThat(Files.readAllLines(reports.resolve("scoring_report_instance_Categories.csv")))
                .contains("hipaa,HIPAA-C,0,2,0,2,100.00%");

        Map<String, String> xlsx = unzip(reports.resolve("scoring_report_series.xlsx"));
        assertThat(xlsx).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet3.xml");
        assertThat(xlsx.get("xl/workbook.xml")).contains("<sheet name=\"Scoring\" sheetId=\"1\"",
                "<sheet name=\"Actions\" sheetId=\"2\"", "<sheet name=\"Categories\" sheetId=\"3\"");
        assertThat(xlsx.get("xl/worksheets/sheet1.xml")).contains("<c r=\"A2\" t=\"inlineStr\"><is>"
                + "<t xml:space=\"preserve\">All</t></is></c><c r=\"B2\"><v>5</v></c><c r=\"C2\"><v>12</v></c>"
                + "<c r=\"D2\"><v>2</v></c><c r=\"E2\"><v>19</v></c>", ">63.16%<", ">MIDI<");
        assertThat(xlsx.get("xl/worksheets/sheet2.xml")).contains("&lt;pixels_retained&gt;");
        Path again = dir.resolve("again");
        try (MidiReports r = MidiReports.open(again)) {
            r.finish(new MidiScorer(rules).score(key, out, r));
        }
        for (String f : List.of("scoring_report_series.xlsx", "scoring_report_instance.xlsx",
                "discrepancy_report_internal.csv")) {
            assertThat(Files.mismatch(reports.resolve(f), again.resolve(f))).as(f).isEqualTo(-1L);
        }
    }

    /** The source files: old identifiers and the PHI the key plants. */
    private static Dataset source(String sop) {
        Dataset ds = output(sop);
        Dataset second = new Dataset().setString(Tags.ReferencedSOPInstanceUID, Vr.UI, "1.2.3.9");
        Dataset series = new Dataset().setItems(Tag.of(0x0008, 0x114A), List.of(new Dataset(), second));
        return ds.setItems(Tags.ReferencedSeriesSequence, List.of(series))
                .setString(Tags.StudyDate, Vr.DA, "20180805")
                .setString(Tags.AccessionNumber, Vr.SH, "ACC1")
                .setString(Tags.SeriesDescription, Vr.LO, "THE")
                .setString(Tags.PatientName, Vr.PN, "SANCHEZ^TIMOTHY")
                .setString(Tags.PatientID, Vr.LO, "1014584441")
                .setString(Tags.PatientAddress, Vr.LO, "PORTLAND OR")
                .setString(Tag.of(0x0019, 0x1092), Vr.LO, "P4^P101^S108^I0, Gated, 0.0% 20140321")
                .setString(Tags.StudyInstanceUID, Vr.UI, "1.2.3")
                .setString(Tags.SeriesInstanceUID, Vr.UI, "1.2.3.4");
    }

    @Test
    void strictModeJudgesTheSameKeyBySynthsRules() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("source"));
        for (String sop : List.of("1.2.3.4.5", "1.2.3.4.6", "1.2.3.4.7")) {
            new DicomWriter().write(sources.resolve(sop + ".dcm"), source(sop));
        }
        // synth pairs a leftover output with the nearest leftover source (similarity), so without this the stray
        // file would stand in for the missing instance
        Files.delete(out.resolve("stray.dcm"));
        MidiStrict.Input in = MidiStrict.of(key, sources);
        assertThat(in.fixture().files()).hasSize(3);
        assertThat(in.notEvaluated()).as("MIDI's pixels_hidden boxes have no font or frames")
                .extracting(e -> e.action().midiName()).containsExactly("pixels_hidden", "pixels_hidden");
        assertThat(in.fixture().patients()).singleElement()
                .satisfies(p -> assertThat(p.studyInstanceUids()).containsExactly("1.2.3"));

        Evaluation e = DeidOutput.of(in.fixture(), out).withUidMapping(dir.resolve("uids.csv")).evaluation();
        // uid_changed: MIDI fails 1.2.3.9 -> 1.2.3.9.1 (substring); synth asks for another valid UID: passes
        assertThat(verdict(e, "1.2.3.4.5", "uid_changed")).isTrue();
        // pixels_retained after a lossless RLE re-encoding: MIDI fails (MD5 of the raw bytes); synth compares
        // the decoded pixels: passes
        assertThat(verdict(e, "1.2.3.4.7", "pixels_retained")).isTrue();
        // a missing instance: MIDI passes its removal checks; synth fails closed
        assertThat(verdict(e, "1.2.3.4.6", "text_removed")).isFalse();
        assertThat(verdict(e, "1.2.3.4.6", "date_shifted")).isFalse();
        assertThat(e.passed()).isFalse();
    }

    private static Map<String, String> unzip(Path file) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static boolean verdict(Evaluation e, String sop, String action) {
        List<CheckResult> r = e.checks().stream().filter(c -> c.entry().sopInstanceUid().equals(sop)
                && c.entry().action().midiName().equals(action)).toList();
        assertThat(r).as("%s %s", sop, action).hasSize(1);
        return r.get(0).passed();
    }

    @Test
    void omittingPixelsHiddenShrinksTheTotal() throws Exception {
        MidiRules omit = new MidiRules(new MidiText(MidiStopWords.NLTK_2025), rules.uidMap(),
                Map.of("1014584441", "MIDI_001"), MidiRules.PixelsHidden.OMIT);
        MidiScore score = new MidiScorer(omit).score(key, out, r -> { });
        // the found instance's pixels_hidden (blank) is gone; the missing instance's still passes without OCR
        assertThat(score.instanceLevel().all()).isEqualTo(new MidiTally.Counts(13, 5, 1));
    }
}
