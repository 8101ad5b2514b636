package io.github.synthphi.core.midi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * MIDI's scoring workbook ({@code scoring_report_instance.xlsx}, {@code scoring_report_series.xlsx}) with the tabs
 * Scoring, Actions and Categories, written as a minimal Office Open XML spreadsheet without a library: inline
 * strings and numbers, entries stored uncompressed with a fixed time, so the bytes depend only on the tally.
 *
 * <pre>{@code
 * MidiWorkbook.write(score.seriesLevel(), score.mode(), dir.resolve("scoring_report_series.xlsx"));
 * }</pre>
 */
public final class MidiWorkbook {

    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final List<String> SHEETS = List.of("Scoring", "Actions", "Categories");

    private MidiWorkbook() {
    }

    /** Writes the three tabs of {@code tally} to {@code file}, replacing it. */
    public static void write(MidiTally tally, String mode, Path file) throws IOException {
        List<List<List<Object>>> sheets = List.of(scoring(tally, mode), actions(tally), categories(tally));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", workbook());
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            for (int i = 0; i < sheets.size(); i++) {
                entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(sheets.get(i)));
            }
        }
    }

    private static List<List<Object>> scoring(MidiTally t, String mode) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("", "Fail", "Pass", "Blank", "Total", "Score", "Mode"));
        rows.add(counts(List.of("All"), t.all(), mode));
        return rows;
    }

    private static List<List<Object>> actions(MidiTally t) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("action", "Fail", "Pass", "Blank", "Total", "Score"));
        for (Map.Entry<String, MidiTally.Counts> e : t.byAction().entrySet()) {
            rows.add(counts(List.of("<" + e.getKey() + ">"), e.getValue(), null));
        }
        return rows;
    }

    private static List<List<Object>> categories(MidiTally t) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("category", "subcategory", "Fail", "Pass", "Blank", "Total", "Score"));
        for (Map.Entry<String, MidiTally.Counts> e : t.byCategory().entrySet()) {
            int slash = e.getKey().indexOf(" / ");
            rows.add(counts(List.of(e.getKey().substring(0, slash), e.getKey().substring(slash + 3)), e.getValue(),
                    null));
        }
        return rows;
    }

    private static List<Object> counts(List<String> keys, MidiTally.Counts c, String mode) {
        List<Object> r = new ArrayList<>(keys);
        r.addAll(List.of(c.fail(), c.pass(), c.blank(), c.total(), c.scoreText()));
        if (mode != null) {
            r.add(mode);
        }
        return r;
    }

    private static String contentTypes() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= SHEETS.size(); i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return sb.append("</Types>").toString();
    }

    private static String workbook() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (int i = 0; i < SHEETS.size(); i++) {
            sb.append("<sheet name=\"").append(SHEETS.get(i)).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return sb.append("</sheets></workbook>").toString();
    }

    private static String workbookRels() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= SHEETS.size(); i++) {
            sb.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        return sb.append("</Relationships>").toString();
    }

    private static String sheet(List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sb.append("<row r=\"").append(r + 1).append("\">");
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String ref = column(c) + (r + 1);
                Object v = row.get(c);
                if (v instanceof Long n) {
                    sb.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
                } else if (!v.toString().isEmpty()) {
                    sb.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(v.toString())).append("</t></is></c>");
                }
            }
            sb.append("</row>");
        }
        return sb.append("</sheetData></worksheet>").toString();
    }

    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot hold are left out
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        e.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
