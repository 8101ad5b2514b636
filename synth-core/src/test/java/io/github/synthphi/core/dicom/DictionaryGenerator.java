package io.github.synthphi.core.dicom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes synth-core's dictionary resources and {@code Tags.java} from the standard's tables.
 *
 * <p>Inputs: {@code dictionary.tsv} and {@code uids.tsv} of the DICOM standard tables (PS3.6) and
 * {@code src/dictionary/tag-keywords.txt}, and PS3.15 Table E.1-1 ({@code confidentiality-profile.tsv}).
 * Outputs: {@code dictionary.txt}, {@code uids.txt} and {@code confidentiality-profile.txt} next to
 * {@link Dictionary}, and {@code Tags.java}. Run it for a new edition of the standard:
 *
 * <pre>
 * mvn -q -pl synth-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.synthphi.core.dicom.DictionaryGenerator \
 *     -Dexec.args="../shared/dicom-standard synth-core"
 * </pre>
 *
 * {@code GeneratedDictionaryTest} fails when the committed files differ from what this writes.
 */
public final class DictionaryGenerator {

    static final String PACKAGE_PATH = "io/github/synthphi/core/dicom/";
    static final String DICTIONARY = "src/main/resources/" + PACKAGE_PATH + "dictionary.txt";
    static final String UIDS = "src/main/resources/" + PACKAGE_PATH + "uids.txt";
    static final String PROFILE = "src/main/resources/" + PACKAGE_PATH + "confidentiality-profile.txt";
    static final String TAGS = "src/main/java/" + PACKAGE_PATH + "Tags.java";
    static final String KEYWORDS = "src/dictionary/tag-keywords.txt";

    private DictionaryGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DictionaryGenerator <dicom-standard dir> <synth-core dir>");
        }
        Path standard = Path.of(args[0]);
        Path core = Path.of(args[1]);
        for (Map.Entry<String, String> file : generate(standard, core.resolve(KEYWORDS)).entrySet()) {
            Path target = core.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + target);
        }
    }

    /** Returns the content of every generated file, keyed by its path relative to synth-core. */
    static Map<String, String> generate(Path standardDir, Path keywordsFile) throws IOException {
        List<String[]> dictRows = readTsv(standardDir.resolve("dictionary.tsv"), 7);
        List<String[]> uidRows = readTsv(standardDir.resolve("uids.tsv"), 7);
        List<String[]> profileRows = readTsv(standardDir.resolve("confidentiality-profile.tsv"), 15);
        Map<String, String> out = new TreeMap<>();
        out.put(DICTIONARY, dictionary(dictRows));
        out.put(UIDS, uids(uidRows));
        out.put(PROFILE, profile(profileRows));
        out.put(TAGS, tags(dictRows, Files.readAllLines(keywordsFile, StandardCharsets.UTF_8)));
        return out;
    }

    private static List<String[]> readTsv(Path file, int columns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != columns) {
                throw new IOException(file + " line " + (i + 1) + ": expected " + columns + " columns, got " + f.length);
            }
            rows.add(f);
        }
        return rows;
    }

    /** (GGGG,EEEE) with x wildcards to the 8-digit form the resource uses. */
    private static String compactTag(String tag) {
        String t = tag.substring(1, 5) + tag.substring(6, 10);
        if (tag.length() != 11 || !t.matches("[0-9A-Fx]{8}")) {
            throw new IllegalArgumentException("unexpected tag " + tag);
        }
        return t;
    }

    private static String dictionary(List<String[]> rows) {
        Map<String, String> sorted = new TreeMap<>();
        for (String[] f : rows) {
            String tag = compactTag(f[0]);
            String vrs = f[3].isEmpty() ? "-" : f[3].replace(" or ", "|");
            for (String vr : vrs.split("\\|")) {
                if (!vr.equals("-") && Vr.of(vr).isEmpty()) {
                    throw new IllegalArgumentException("unknown VR " + vr + " of " + f[0]);
                }
            }
            String vm = f[4].isEmpty() ? "-" : f[4].replace(" ", "");
            String line = tag + " " + vrs + " " + vm + " " + (f[5].equals("Y") ? "R" : "-") + " "
                    + (f[1].isEmpty() ? "-" : f[1]) + (f[2].isEmpty() ? "" : " " + f[2]);
            // wildcard digits sort as if they were 0, next to the tags they stand for
            sorted.put(tag.replace('x', '0') + tag, line);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# synth data dictionary, written by DictionaryGenerator from the PS3.6 registry; do not edit.\n");
        sb.append("# TAG VRS VM FLAGS KEYWORD NAME (x = wildcard digit, R = retired, - = none; NAME is the rest of the line)\n");
        sorted.values().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static String uids(List<String[]> rows) {
        Map<String, String> sorted = new TreeMap<>();
        for (String[] f : rows) {
            // uid, keyword, retired, type, name: tab-separated because names contain spaces
            sorted.put(f[0], String.join("\t", f[0], f[4].isEmpty() ? "-" : f[4], f[3].equals("Y") ? "R" : "-",
                    f[2], f[1]));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# synth UID registry, written by DictionaryGenerator from PS3.6 Annex A; do not edit.\n");
        sb.append("# UID<TAB>KEYWORD<TAB>FLAGS<TAB>TYPE<TAB>NAME\n");
        sorted.values().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static String profile(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("# PS3.15 Table E.1-1, written by DictionaryGenerator; do not edit.\n");
        sb.append("# TAG BASIC then the options in ConfidentialityProfile.Option order; - = no change; ")
                .append("PRIVATE = every private attribute\n");
        Map<String, String> sorted = new TreeMap<>();
        for (String[] f : rows) {
            String tag = f[0].startsWith("(gggg,eeee)") ? "PRIVATE" : compactTag(f[0]);
            StringBuilder line = new StringBuilder(tag);
            for (int i = 4; i < 15; i++) {
                line.append(' ').append(f[i].isEmpty() ? "-" : f[i]);
            }
            sorted.put(tag.replace('x', '0') + tag, line.toString());
        }
        sorted.values().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static String tags(List<String[]> rows, List<String> keywordLines) {
        Map<String, String[]> byKeyword = new TreeMap<>();
        for (String[] f : rows) {
            if (!f[1].isEmpty()) {
                byKeyword.put(f[1], f);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("package io.github.synthphi.core.dicom;\n\n");
        sb.append("/**\n * Tag constants for the attributes synth uses, named by their PS3.6 keywords.\n *\n");
        sb.append(" * <p>Generated by {@code DictionaryGenerator} from the dictionary and {@code tag-keywords.txt};\n");
        sb.append(" * add a keyword there and regenerate rather than editing this file. A repeating-group tag such\n");
        sb.append(" * as (60xx,3000) stands for its first group, (6000,3000).\n *\n");
        sb.append(" * <pre>{@code\n * dataset.setString(Tags.PatientName, \"DOE^JANE\");\n * }</pre>\n */\n");
        sb.append("public final class Tags {\n\n    private Tags() {\n    }\n");
        for (String raw : keywordLines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = byKeyword.get(line);
            if (f == null) {
                throw new IllegalArgumentException("tag-keywords.txt: keyword " + line + " is not in the dictionary");
            }
            String hex = compactTag(f[0]).replace('x', '0');
            sb.append("\n    /** ").append(f[0]).append(' ').append(f[2].replace("*/", "* /"))
                    .append(f[3].isEmpty() ? "" : ", " + f[3]).append(f[5].equals("Y") ? " (retired)" : "")
                    .append(". */\n");
            sb.append("    public static final Tag ").append(line).append(" = new Tag(0x")
                    .append(hex.toUpperCase(Locale.ROOT)).append(");\n");
        }
        sb.append("}\n");
        return sb.toString();
    }
}
