package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FontParserTest {

    private static final String HEADER = "// a tiny font\nname tiny\ncell 3 3\nbaseline 2\n";

    private static BitmapFont parse(String text) throws IOException {
        return FontParser.parse("tiny.txt", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsHeaderAndGlyphs() throws IOException {
        BitmapFont font = parse(HEADER + "\nU+0041 A\n.#.\n#.#\n...\n\nU+0020\n...\n...\n...\n");
        assertThat(font.name()).isEqualTo("tiny");
        assertThat(font.cellWidth()).isEqualTo(3);
        assertThat(font.cellHeight()).isEqualTo(3);
        assertThat(font.baseline()).isEqualTo(2);
        assertThat(font.codePoints()).containsExactly(0x20, 0x41);
        assertThat(font.glyph('A').art()).isEqualTo(".#.\n#.#\n...");
        assertThat(font.glyph('A').inkBox()).contains(new Box(0, 0, 3, 2));
    }

    @Test
    void aShortRowIsReportedWithItsLine() {
        assertThatThrownBy(() -> parse(HEADER + "U+0041 A\n.#.\n#.\n...\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tiny.txt line 7: row \"#.\" has 2 characters, expected 3");
    }

    @Test
    void aStrayCharacterIsReportedWithItsLineAndColumn() {
        assertThatThrownBy(() -> parse(HEADER + "U+0041 A\n.#.\n#x#\n...\n"))
                .hasMessage("tiny.txt line 7: row \"#x#\" has 'x' in column 1; use '#' for ink and '.' for background");
    }

    @Test
    void aMissingRowIsReportedWhereTheNextBlockStarts() {
        assertThatThrownBy(() -> parse(HEADER + "U+0041 A\n.#.\n#.#\nU+0042 B\n...\n...\n...\n"))
                .hasMessage("tiny.txt line 8: row \"U+0042 B\" has 8 characters, expected 3");
    }

    @Test
    void theFileEndingInsideAGlyphIsReported() {
        assertThatThrownBy(() -> parse(HEADER + "U+0041 A\n.#.\n"))
                .hasMessage("tiny.txt line 7: the file ends in the glyph of line 5 after 1 of 3 rows");
    }

    @Test
    void aLabelThatContradictsTheCodePointIsReported() {
        assertThatThrownBy(() -> parse(HEADER + "U+0041 B\n...\n...\n...\n"))
                .hasMessage("tiny.txt line 5: label \"B\" is not the character U+0041");
    }

    @Test
    void aSecondGlyphForTheSameCharacterIsReported() {
        assertThatThrownBy(() -> parse(HEADER + "U+0041 A\n...\n...\n...\nU+0041\n...\n...\n...\n"))
                .hasMessage("tiny.txt line 9: second glyph for 'A' (U+0041)");
    }

    @Test
    void badCodePointsAreReported() {
        assertThatThrownBy(() -> parse(HEADER + "U+41 A\n"))
                .hasMessage("tiny.txt line 5: \"U+41\" is not a code point (four to six hexadecimal digits)");
        assertThatThrownBy(() -> parse(HEADER + "U+D800\n"))
                .hasMessage("tiny.txt line 5: U+D800 is not a character");
    }

    @Test
    void headerMistakesAreReported() {
        assertThatThrownBy(() -> parse("name tiny\ncell 3\n"))
                .hasMessage("tiny.txt line 2: expected \"cell <width> <height>\", found \"cell 3\"");
        assertThatThrownBy(() -> parse("name tiny\ncell 65 3\n"))
                .hasMessage("tiny.txt line 2: cell width 65 is outside 1 to 64");
        assertThatThrownBy(() -> parse("name tiny\ncell three 3\n"))
                .hasMessage("tiny.txt line 2: cell width \"three\" is not a number");
        assertThatThrownBy(() -> parse("name tiny\nsize 3 3\n"))
                .hasMessage("tiny.txt line 2: unknown header line \"size 3 3\"; expected name, cell or baseline");
        assertThatThrownBy(() -> parse("name tiny\ncell 3 3\nU+0041 A\n"))
                .hasMessage("tiny.txt line 3: the header (name, cell, baseline) must come before the first glyph");
        assertThatThrownBy(() -> parse("name tiny\ncell 3 3\nbaseline 4\nU+0041 A\n"))
                .hasMessage("tiny.txt line 4: baseline 4 lies below the cell's 3 rows");
        assertThatThrownBy(() -> parse(HEADER))
                .hasMessage("tiny.txt line 4: no glyphs (a glyph starts with a line such as \"U+0041 A\")");
        assertThatThrownBy(() -> parse(HEADER + "U+0041 A\n...\n...\n...\nname other\n"))
                .hasMessage("tiny.txt line 9: expected a glyph line such as \"U+0041 A\", found \"name other\"");
    }
}
