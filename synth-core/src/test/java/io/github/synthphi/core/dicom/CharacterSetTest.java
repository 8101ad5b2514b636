package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterSetTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String decode(SpecificCharacterSet cs, byte[] b, Vr vr) {
        DecodedText t = cs.decode(b, 0, b.length, vr);
        assertThat(t.problem()).as("decoding problem").isEmpty();
        return t.text();
    }

    @Test
    void latin1() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO_IR 100");
        byte[] b = "Müller^Jürgen".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decode(cs, b, Vr.PN)).isEqualTo("Müller^Jürgen");
        assertThat(cs.encode("Müller^Jürgen", Vr.PN)).isEqualTo(b);
    }

    @Test
    void utf8() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO_IR 192");
        String name = "Wang^XiaoDong=王^小東=";
        assertThat(decode(cs, name.getBytes(StandardCharsets.UTF_8), Vr.PN)).isEqualTo(name);
        assertThat(cs.encode(name, Vr.PN)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
    }

    /** PS3.5 H.3.1: Yamada^Tarou in ISO 2022 IR 87, byte for byte. */
    @Test
    void japaneseIr87AsInPs35AnnexH() {
        byte[] expected = bytes(0x59, 0x61, 0x6d, 0x61, 0x64, 0x61, 0x5e, 0x54, 0x61, 0x72, 0x6f, 0x75, 0x3d,
                0x1b, 0x24, 0x42, 0x3b, 0x33, 0x45, 0x44, 0x1b, 0x28, 0x42, 0x5e, 0x1b, 0x24, 0x42, 0x42, 0x40,
                0x4f, 0x3a, 0x1b, 0x28, 0x42, 0x3d, 0x1b, 0x24, 0x42, 0x24, 0x64, 0x24, 0x5e, 0x24, 0x40, 0x1b,
                0x28, 0x42, 0x5e, 0x1b, 0x24, 0x42, 0x24, 0x3f, 0x24, 0x6d, 0x24, 0x26, 0x1b, 0x28, 0x42);
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
        String text = "Yamada^Tarou=山田^太郎=やまだ^たろう";
        assertThat(decode(cs, expected, Vr.PN)).isEqualTo(text);
        assertThat(cs.encode(text, Vr.PN)).isEqualTo(expected);
    }

    /** PS3.5 H.3.2: ISO 2022 IR 13 with IR 87, half-width katakana in G1. */
    @Test
    void japaneseIr13WithIr87AsInPs35AnnexH() {
        byte[] expected = bytes(0xd4, 0xcf, 0xc0, 0xde, 0x5e, 0xc0, 0xdb, 0xb3, 0x3d, 0x1b, 0x24, 0x42, 0x3b,
                0x33, 0x45, 0x44, 0x1b, 0x28, 0x4a, 0x5e, 0x1b, 0x24, 0x42, 0x42, 0x40, 0x4f, 0x3a, 0x1b, 0x28,
                0x4a, 0x3d, 0x1b, 0x24, 0x42, 0x24, 0x64, 0x24, 0x5e, 0x24, 0x40, 0x1b, 0x28, 0x4a, 0x5e, 0x1b,
                0x24, 0x42, 0x24, 0x3f, 0x24, 0x6d, 0x24, 0x26, 0x1b, 0x28, 0x4a);
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("ISO 2022 IR 13", "ISO 2022 IR 87"));
        assertThat(decode(cs, expected, Vr.PN)).isEqualTo("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
    }

    /** PS3.5 I.2: Korean in ISO 2022 IR 149, G1 re-designated after each delimiter. */
    @Test
    void koreanIr149() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 149"));
        String text = "Hong^Gildong=洪^吉洞=홍^길동";
        byte[] encoded = cs.encode(text, Vr.PN);
        assertThat(decode(cs, encoded, Vr.PN)).isEqualTo(text);
        // ESC $ ) C before each run of Korean
        assertThat(new String(encoded, StandardCharsets.ISO_8859_1).split("\u001b\\$\\)C", -1)).hasSize(5);
    }

    @Test
    void undecodableTermsKeepTheTextAndSayWhy() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO_IR 999");
        byte[] b = bytes('A', 'B', 0xE9);
        DecodedText t = cs.decode(b, 0, b.length, Vr.LO);
        assertThat(t.text()).startsWith("AB");
        assertThat(t.problem()).get().asString().contains("'ISO_IR 999'");
        assertThat(cs.isKnown()).isFalse();
    }

    @Test
    void defaultRepertoireFlagsHighBytes() {
        byte[] b = bytes('M', 0xDC, 'L');
        DecodedText t = SpecificCharacterSet.DEFAULT.decode(b, 0, b.length, Vr.PN);
        assertThat(t.problem()).get().asString().contains("0xDC");
        assertThatIllegalArgumentException().isThrownBy(() -> SpecificCharacterSet.DEFAULT.encode("Müller", Vr.PN))
                .withMessageContaining("U+00FC");
    }

    @Test
    void valuesOfDefaultVrsIgnoreTheCharacterSet() {
        SpecificCharacterSet cs = SpecificCharacterSet.of("ISO_IR 192");
        assertThat(decode(cs, "20260101".getBytes(StandardCharsets.US_ASCII), Vr.DA)).isEqualTo("20260101");
    }
}
