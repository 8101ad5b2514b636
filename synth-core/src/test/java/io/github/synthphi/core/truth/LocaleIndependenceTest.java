package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every ground-truth file is the same, byte for byte, whatever the default locale. */
class LocaleIndependenceTest {

    private static String allFiles() throws IOException {
        StringWriter out = new StringWriter();
        AnswerKeyCsv.write(AnswerKey.of(TruthSamples.entries(13, 400)), out);
        PhiOverlaysCsv.write(TruthSamples.overlays(13, 100), out);
        RunManifestCsv.write(TruthSamples.manifest(13, 100), out);
        PatientMappingCsv.write(TruthSamples.patients(13, 100), out);
        Map<String, String> uids = new LinkedHashMap<>();
        uids.put("2.25.1", "İ");
        uids.put("I", "ı");
        UidMappingCsv.write(uids, out);
        return out.toString();
    }

    @Test
    void writesTheSameBytesInTurkishAndWithOtherDigits() throws IOException {
        Locale saved = Locale.getDefault();
        String root;
        try {
            Locale.setDefault(Locale.ROOT);
            root = allFiles();
            for (Locale l : List.of(new Locale("tr", "TR"), Locale.forLanguageTag("ar-EG-u-nu-arab"),
                    Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.GERMANY)) {
                Locale.setDefault(l);
                assertThat(allFiles()).as(l.toLanguageTag()).isEqualTo(root);
                AnswerKey key = AnswerKey.of(TruthSamples.entries(13, 400));
                StringWriter out = new StringWriter();
                AnswerKeyCsv.write(key, out);
                assertThat(AnswerKeyCsv.read(new StringReader(out.toString()), "k.csv")).isEqualTo(key);
            }
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(root).contains("text_retained", "Instance", "İ");
    }
}
