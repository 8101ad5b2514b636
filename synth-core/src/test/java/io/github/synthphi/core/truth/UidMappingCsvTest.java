package io.github.synthphi.core.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UidMappingCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesExactlyIdOldIdNewSortedByIdOld() throws IOException {
        Map<String, String> map = new HashMap<>();
        map.put("2.25.9", "2.25.900");
        map.put("1014584441", "MIDI_1_1_016");
        map.put("2.25.10", "2.25.1000");
        StringWriter out = new StringWriter();
        UidMappingCsv.write(map, out);
        assertThat(out.toString())
                .isEqualTo("id_old,id_new\n1014584441,MIDI_1_1_016\n2.25.10,2.25.1000\n2.25.9,2.25.900\n");
    }

    @Test
    void readsBackAnEqualMapWithNastyValues() throws IOException {
        Random r = new Random(4);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            map.put(TruthSamples.nasty(r) + i, TruthSamples.nasty(r));
        }
        Path file = dir.resolve("uid_mapping.csv");
        UidMappingCsv.write(map, file);
        assertThat(UidMappingCsv.read(file)).isEqualTo(map);
    }

    @Test
    void readsAsMidiDoesFirstRowWinsOtherColumnsIgnoredValuesLiteral() throws IOException {
        String csv = "note,id_new,id_old\nx,NEW-1,OLD-1\ny, NA ,OLD-2\nz,NEW-1b,OLD-1\nw,,NA\n";
        Map<String, String> map = UidMappingCsv.read(new StringReader(csv), "uids.csv");
        assertThat(map).containsExactly(entry("OLD-1", "NEW-1"), entry("OLD-2", " NA "), entry("NA", ""));
        assertThatThrownBy(() -> map.put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void needsBothColumns() {
        assertThatThrownBy(() -> UidMappingCsv.read(new StringReader("id_old,ID_NEW\na,b\n"), "uids.csv"))
                .isInstanceOf(TruthFileException.class)
                .hasMessage("uids.csv line 1: the header lacks the columns [id_new]; expected at least: id_old,id_new");
        assertThatThrownBy(() -> UidMappingCsv.read(new StringReader("id_old,id_new\na,b,c\n"), "uids.csv"))
                .hasMessage("uids.csv line 2: 3 fields, but the header has 2 columns");
    }
}
