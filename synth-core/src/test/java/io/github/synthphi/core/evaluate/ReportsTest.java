package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.synthphi.core.pixel.BitmapFont;
import io.github.synthphi.core.pixel.Box;
import io.github.synthphi.core.pixel.TextMask;
import io.github.synthphi.core.study.StudyFixture;
import io.github.synthphi.core.truth.Action;
import io.github.synthphi.core.truth.PixelRegion;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reports of two bad de-identifications: a multi-frame ultrasound copied with one burned line blanked, and a
 * CT with an instance left out, a text file and a stray instance added. The expected rows and counts are
 * computed here from the {@link Evaluation}, not taken from the report code.
 */
class ReportsTest {

    private static final String HEADER = "check_passed,check_score,tag_ds,tag_name,file_value,answer_value,action,"
            + "action_text,category,subcategory,modality,class,patient,study,series,instance,file_name,file_path,"
            + "kind,location,expected,reason";

    @TempDir
    static Path tmp;

    static StudyFixture us;
    static StudyFixture ct;
    static DeidOutput usOutput;
    static DeidOutput ctOutput;
    static PixelRegion blanked;
    static PixelRegion blankedOnTwoFrames;

    @BeforeAll
    static void generate() throws IOException {
        us = LeakyOutputs.ultrasound(tmp.resolve("us"));
        ct = LeakyOutputs.ct(tmp.resolve("ct"));
        Path usOut = tmp.resolve("us-out");
        LeakyOutputs.copy(us, usOut);
        blanked = LeakyOutputs.hiddenLine(us, 0);
        LeakyOutputs.blank(us, usOut, blanked, blanked.frames());
        blankedOnTwoFrames = LeakyOutputs.hiddenLine(us, 1);
        LeakyOutputs.blank(us, usOut, blankedOnTwoFrames, List.of(0, 2));
        Path ctOut = tmp.resolve("ct-out");
        LeakyOutputs.ctOutput(ct, us, ctOut);
        usOutput = DeidOutput.of(us, usOut);
        ctOutput = DeidOutput.of(ct, ctOut);
    }

    @Test
    void discrepancyReportHasOneRowPerFailedCheckAndFinding() throws IOException {
        for (DeidOutput out : List.of(usOutput, ctOutput)) {
            Evaluation e = out.evaluation();
            Reports.Written w = Reports.write(e, out, tmp.resolve("reports-" + out.source().spec().modality()));
            assertThat(firstLine(w.discrepancyCsv())).isEqualTo(HEADER);
            assertThat(firstLine(w.validationCsv())).isEqualTo(HEADER);
            List<CSVRecord> rows = records(w.discrepancyCsv());

            Map<String, Integer> expected = new TreeMap<>();
            e.checks().stream().filter(r -> !r.passed())
                    .forEach(r -> expected.merge(r.entry().action().midiName(), 1, Integer::sum));
            e.findings().stream().filter(f -> f.kind() != Finding.Kind.CHECK_FAILED)
                    .forEach(f -> expected.merge(f.kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
            Map<String, Integer> actual = new TreeMap<>();
            rows.forEach(r -> actual.merge(r.get("action"), 1, Integer::sum));
            assertThat(actual).isEqualTo(expected);
            assertThat(rows).allSatisfy(r -> assertThat(r.get("check_passed")).isEqualTo("0"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("category")).isIn("hipaa", "dicom", "tcia", "unknown"));

            List<CSVRecord> all = records(w.validationCsv());
            assertThat(all).hasSize(e.checks().size());
            assertThat(all.stream().filter(r -> r.get("check_passed").equals("1")).count())
                    .isEqualTo(e.checks().stream().filter(CheckResult::passed).count());
        }
        assertThat(actions(ctOutput)).contains("residual_phi", "missing_instance", "unexpected_instance",
                "unreadable_output");
        assertThat(actions(usOutput)).contains("residual_phi", "pixels_hidden", "text_removed");
    }

    @Test
    void rowsNameTheOutputFileAndItsIdentifiers() throws IOException {
        Reports.Written w = Reports.write(ctOutput, tmp.resolve("ids"));
        List<CSVRecord> rows = records(w.discrepancyCsv());
        CSVRecord stray = rows.stream().filter(r -> r.get("action").equals("unexpected_instance")).findFirst()
                .orElseThrow();
        assertThat(stray.get("file_path")).isEqualTo("stray.dcm");
        assertThat(stray.get("file_name")).isEqualTo("stray.dcm");
        assertThat(stray.get("modality")).isEqualTo("US");
        assertThat(stray.get("kind")).isEqualTo("unexpected_instance");
        CSVRecord missing = rows.stream().filter(r -> r.get("action").equals("missing_instance")).findFirst()
                .orElseThrow();
        assertThat(missing.get("file_path")).isEmpty();
        assertThat(missing.get("modality")).isEqualTo("CT");
        assertThat(missing.get("class")).isEqualTo(ct.spec().modality().sopClassUid());
        assertThat(missing.get("instance")).isNotEmpty();
        CSVRecord text = rows.stream().filter(r -> r.get("action").equals("text_removed")
                && !r.get("file_path").isEmpty()).findFirst().orElseThrow();
        assertThat(text.get("tag_ds")).startsWith("<(");
        assertThat(text.get("location")).isEqualTo(text.get("tag_ds"));
        assertThat(text.get("patient")).isNotEmpty();
        assertThat(text.get("file_value")).isNotEmpty();
        assertThat(Files.readString(w.discrepancyCsv(), StandardCharsets.UTF_8)).doesNotContain("\r")
                .doesNotContain(tmp.toString());
    }

    @Test
    void summaryCountsEveryCheckAndFinding() throws IOException {
        Evaluation e = ctOutput.evaluation();
        Reports.Written w = Reports.write(e, ctOutput, tmp.resolve("summary"));
        assertThat(firstLine(w.summaryCsv())).isEqualTo("group,name,pass,fail,total,score");
        Map<String, int[]> byAction = new TreeMap<>();
        int pass = 0;
        int fail = 0;
        for (CheckResult r : e.checks()) {
            byAction.computeIfAbsent(r.entry().action().midiName(), k -> new int[2])[r.passed() ? 0 : 1]++;
            pass += r.passed() ? 1 : 0;
            fail += r.passed() ? 0 : 1;
        }
        for (Finding f : e.findings()) {
            if (f.kind() != Finding.Kind.CHECK_FAILED) {
                byAction.computeIfAbsent(f.kind().name().toLowerCase(Locale.ROOT), k -> new int[2])[1]++;
                fail++;
            }
        }
        Map<String, CSVRecord> lines = new HashMap<>();
        for (CSVRecord r : records(w.summaryCsv())) {
            lines.put(r.get("group") + "/" + r.get("name"), r);
            int p = Integer.parseInt(r.get("pass"));
            int t = Integer.parseInt(r.get("total"));
            assertThat(p + Integer.parseInt(r.get("fail"))).as("pass + fail of %s", r).isEqualTo(t);
            assertThat(Double.parseDouble(r.get("score"))).as("score of %s", r).isCloseTo((double) p / t,
                    org.assertj.core.data.Offset.offset(0.00005));
        }
        CSVRecord all = lines.get("all/All");
        assertThat(Integer.parseInt(all.get("pass"))).isEqualTo(pass);
        assertThat(Integer.parseInt(all.get("fail"))).isEqualTo(fail).isEqualTo(records(w.discrepancyCsv()).size());
        byAction.forEach((action, c) -> {
            CSVRecord r = lines.get("action/" + action);
            assertThat(r).as(action).isNotNull();
            assertThat(r.get("pass")).as(action).isEqualTo(Integer.toString(c[0]));
            assertThat(r.get("fail")).as(action).isEqualTo(Integer.toString(c[1]));
        });
        assertThat(lines.keySet().stream().filter(k -> k.startsWith("action/"))).hasSize(byAction.size());
        int categoryTotal = lines.values().stream().filter(r -> r.get("group").equals("category"))
                .mapToInt(r -> Integer.parseInt(r.get("total"))).sum();
        assertThat(categoryTotal).isEqualTo(pass + fail);
        int residual = (int) e.findings().stream().filter(f -> f.kind() == Finding.Kind.RESIDUAL_PHI).count();
        assertThat(w.summary().action("residual_phi").orElseThrow().fail()).isEqualTo(residual);

        ScoreSummary s = w.summary();
        assertThat(s.oneLine()).startsWith(String.format(Locale.ROOT, "score %.2f%%: %d of %d passed, %d failed",
                100.0 * pass / (pass + fail), pass, pass + fail, fail));
        List<String> table = s.table().lines().toList();
        assertThat(table.get(0)).matches("action +pass +fail +total +score");
        assertThat(table).hasSize(byAction.size() + 2);
        assertThat(table.get(table.size() - 1)).startsWith("All ").endsWith("%");
        assertThat(table.stream().map(String::length).distinct()).hasSize(1);
    }

    @Test
    void htmlShowsEveryLeakedLineWithAPicture() throws Exception {
        Evaluation e = usOutput.evaluation();
        Reports.Written w = Reports.write(e, usOutput, tmp.resolve("html"));
        Document doc = parse(w.html());
        List<CheckResult> leaked = new ArrayList<>();
        for (CheckResult r : e.checks()) {
            Action a = r.entry().action();
            if (!r.passed() && r.entry().region().isPresent()
                    && (a == Action.PIXELS_HIDDEN || a == Action.PIXELS_RETAINED)) {
                leaked.add(r);
            }
        }
        assertThat(leaked).isNotEmpty();
        assertThat(leaked).noneMatch(r -> r.entry().region().get().equals(blanked));
        NodeList images = doc.getElementsByTagName("img");
        assertThat(images.getLength()).isEqualTo(leaked.size());
        List<Box> expectedSizes = new ArrayList<>();
        for (CheckResult r : leaked) {
            PixelRegion g = r.entry().region().orElseThrow();
            TextMask m = TextMask.render(g.text(), BitmapFont.named(g.font()), g.scale());
            int margin = 8;
            int x0 = Math.max(0, g.originX() - margin);
            int y0 = Math.max(0, g.originY() - margin);
            int width = Math.min(us.spec().columns(), g.originX() + m.width() + margin) - x0;
            int height = Math.min(us.spec().rows(), g.originY() + m.height() + margin) - y0;
            int scale = Math.max(1, Math.min(4, (1600 - 8) / (2 * width)));
            expectedSizes.add(new Box(0, 0, 2 * width * scale + 8, height * scale));
        }
        List<Box> sizes = new ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) {
            String src = ((Element) images.item(i)).getAttribute("src");
            assertThat(src).startsWith("data:image/png;base64,");
            byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).isNotNull();
            sizes.add(new Box(0, 0, image.getWidth(), image.getHeight()));
            // the before half shows the red outline of the ink box
            boolean red = false;
            for (int y = 0; y < image.getHeight() && !red; y++) {
                for (int x = 0; x < image.getWidth() / 2 && !red; x++) {
                    red = (image.getRGB(x, y) & 0xFFFFFF) == 0xFF0000;
                }
            }
            assertThat(red).as("outline in image %d", i).isTrue();
        }
        assertThat(sizes).containsExactlyInAnyOrderElementsOf(expectedSizes);
        String html = Files.readString(w.html(), StandardCharsets.UTF_8);
        // self-contained: nothing fetched, no script, no path of this machine
        assertThat(html).contains(e.profile().code(), "<style>").doesNotContain("src=\"http", "href=", "url(",
                "@import", "<script", "<link", tmp.toString());
        assertThat(doc.getElementsByTagName("tr").getLength()).isGreaterThan(e.findings().size());
    }

    @Test
    void thePictureShowsTheFrameWhereTheLineLeaked() throws Exception {
        assertThat(blankedOnTwoFrames.frames()).containsExactly(0, 1, 2);
        Document doc = parse(Reports.write(usOutput, tmp.resolve("frame")).html());
        NodeList captions = doc.getElementsByTagName("figcaption");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < captions.getLength(); i++) {
            texts.add(captions.item(i).getTextContent());
        }
        assertThat(texts).filteredOn(t -> t.contains("\"" + blankedOnTwoFrames.text() + "\""))
                .singleElement().asString().contains(", frame 1");
        assertThat(texts).noneMatch(t -> t.contains("\"" + blanked.text() + "\""));
    }

    @Test
    void valuesAreEscapedInHtmlAndKeptInCsv() throws Exception {
        Evaluation e = ctOutput.evaluation();
        String nasty = "<script>alert('x')</script> & \"quoted\" \u0001 end";
        String longValue = "A".repeat(2000);
        List<Finding> findings = new ArrayList<>(e.findings());
        findings.add(new Finding(Finding.Kind.RESIDUAL_PHI, Optional.empty(), "gone/missing.dcm", "", "<(0010,0010)>",
                "PatientName", longValue, nasty, "HIPAA-A", "no planted PHI anywhere in the file",
                "planted token found"));
        Evaluation tampered = new Evaluation(e.profile(), e.checks(), findings, e.matches(), e.outputFiles());
        Reports.Written w = Reports.write(tampered, ctOutput, tmp.resolve("escape"));
        String html = Files.readString(w.html(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                + "&quot;quoted&quot; \\u0001 end");
        parse(w.html());
        CSVRecord row = records(w.discrepancyCsv()).stream()
                .filter(r -> r.get("file_path").equals("gone/missing.dcm")).findFirst().orElseThrow();
        assertThat(row.get("file_value")).isEqualTo(nasty);
        assertThat(row.get("answer_value")).isEqualTo("A".repeat(500) + "...");
        assertThat(row.get("tag_name")).isEqualTo("Patient's Name");
        assertThat(row.get("subcategory")).isEqualTo("HIPAA-A");
        assertThat(row.get("category")).isEqualTo("hipaa");
        assertThat(row.get("modality")).isEmpty();
    }

    @Test
    void sameEvaluationGivesSameBytes() throws IOException {
        for (DeidOutput out : List.of(usOutput, ctOutput)) {
            Reports.Written a = Reports.write(out, tmp.resolve("again-a"));
            Reports.Written b = Reports.write(out, tmp.resolve("again-b"));
            Reports.Written c = Reports.write(DeidOutput.of(out.source(), out.output()), tmp.resolve("again-c"));
            for (int i = 0; i < a.files().size(); i++) {
                byte[] first = Files.readAllBytes(a.files().get(i));
                assertThat(Files.readAllBytes(b.files().get(i))).as("%s", a.files().get(i).getFileName())
                        .isEqualTo(first);
                assertThat(Files.readAllBytes(c.files().get(i))).as("%s re-evaluated", a.files().get(i).getFileName())
                        .isEqualTo(first);
            }
        }
    }

    private static List<String> actions(DeidOutput out) throws IOException {
        return records(Reports.write(out, tmp.resolve("actions")).discrepancyCsv()).stream().map(r -> r.get("action"))
                .toList();
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Document parse(Path html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(html.toFile());
    }
}
