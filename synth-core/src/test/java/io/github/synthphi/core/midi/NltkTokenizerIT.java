package io.github.synthphi.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.synthphi.core.dicom.interop.ExternalTools;
import io.github.synthphi.core.dicom.interop.ToolResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Treebank half of {@link MidiTokenizer} against NLTK's own {@code NLTKWordTokenizer} (the tokenizer
 * {@code word_tokenize} applies to each sentence; it needs no nltk_data), on header-like texts. Skips without a
 * Python that imports nltk 3.8 or later (Debian python3-nltk, or {@code pip install nltk}), fails then when
 * {@code SYNTH_REQUIRE_INTEROP=true}; the rules compared are those of the release found.
 */
class NltkTokenizerIT {

    private static final List<String> TEXTS = List.of("p4^p101^s108^i0, gated, 0.0%", "john's ct (chest).",
            "can't", "cannot", "a \"quoted\" text", "a,b c: d@e.org #1 & 2", "wait... now--go", "1,000 ml", "o'neil",
            "dr. smith saw him.", "gimme lemme gonna 'tis", "x*y [a] {b} <c>", "she said ''hi''",
            "«guillemets» “curly” ‘single’", "it's 5 o'clock!", "what?! no.", "mr. o'neil's cat", "tab\tsep",
            "sanchez^timothy", "portland or 97201", "ct chest w/o contrast; 5mm", "dob: 1951-05-05",
            "mrn 63987729 (hosp a)", "they'll we've i'm", "\"start quote", "end 'quote'", "100% $5 #3",
            "a.b.c. test.", "ü-umlaut café", "1.5\\2.5", "x -- y", "'single quoted'", "[sfov type]");

    @TempDir
    Path dir;

    @Test
    void treebankTokensEqualNltks() throws Exception {
        // the first python3 on PATH may be a separate installation that cannot see Debian's python3-nltk
        Path python = ExternalTools.requirePythonThat("from nltk.tokenize import NLTKWordTokenizer",
                "python3-nltk; no nltk_data is needed");
        ToolResult probe = ExternalTools.runOk(dir, List.of(python.toString(), "-c",
                "import nltk; print(nltk.__version__)"));
        String[] version = probe.stdout().strip().split("\\.");
        int major = Integer.parseInt(version[0]);
        int minor = Integer.parseInt(version[1]);
        if (major < 3 || major == 3 && minor < 8) {
            ExternalTools.unavailable("nltk " + probe.stdout().strip() + " is older than 3.8, the oldest release "
                    + "the port follows (Debian python3-nltk, or pip install nltk)");
        }
        MidiTokenizer.Nltk rules = major == 3 && minor == 8 ? MidiTokenizer.Nltk.V3_8 : MidiTokenizer.Nltk.V3_9;
        Path input = Files.write(dir.resolve("texts.txt"), TEXTS, StandardCharsets.UTF_8);
        Path script = Files.writeString(dir.resolve("tok.py"), String.join("\n",
                "import sys, json",
                "from nltk.tokenize import NLTKWordTokenizer",
                "t = NLTKWordTokenizer()",
                "with open(sys.argv[1], encoding='utf-8') as f:",
                "    for line in f.read().split('\\n'):",
                "        if line:",
                "            print(json.dumps(t.tokenize(line)))", ""));
        ToolResult r = ExternalTools.runOk(dir, List.of(python.toString(), script.toString(), input.toString()));
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines).hasSize(TEXTS.size());
        JsonFactory json = new JsonFactory();
        for (int i = 0; i < TEXTS.size(); i++) {
            List<String> nltk = new ArrayList<>();
            try (JsonParser p = json.createParser(lines.get(i))) {
                p.nextToken();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    nltk.add(p.getText());
                }
            }
            assertThat(MidiTokenizer.treebank(TEXTS.get(i), rules)).as("tokens of '%s' by %s", TEXTS.get(i), rules)
                    .containsExactlyElementsOf(nltk);
        }
    }
}
