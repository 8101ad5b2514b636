package io.github.synthphi.core.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UidsTest {

    @Test
    void generatedUidsAreDeterministicValidAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            for (int k = 0; k < 50; k++) {
                String uid = Uids.generate(seed, "instance/" + k);
                assertThat(uid).startsWith("2.25.");
                assertThat(Uids.problem(uid)).isEmpty();
                assertThat(uid).isEqualTo(Uids.generate(seed, "instance/" + k));
                assertThat(seen.add(uid)).as("unique: %s", uid).isTrue();
            }
        }
    }

    @Test
    void isTheDecimalOfAVersion5NameBasedUuid() {
        String uid = Uids.generate(42, "study/1");
        java.math.BigInteger value = new java.math.BigInteger(uid.substring(5));
        assertThat(value.bitLength()).isLessThanOrEqualTo(128);
        // version nibble 5 and variant bits 10 of RFC 4122
        assertThat(value.shiftRight(76).and(java.math.BigInteger.valueOf(0xF)).intValue()).isEqualTo(5);
        assertThat(value.shiftRight(62).and(java.math.BigInteger.valueOf(0x3)).intValue()).isEqualTo(2);
    }

    @Test
    void validatesSyntax() {
        assertThat(Uids.isValid("1.2.840.10008.1.2")).isTrue();
        assertThat(Uids.isValid("0.1")).isTrue();
        assertThat(Uids.problem("1.02.3")).get().asString().contains("leading zero");
        assertThat(Uids.problem("1..2")).get().asString().contains("empty component");
        assertThat(Uids.problem("1.2.")).get().asString().contains("empty component");
        assertThat(Uids.problem("1.2a")).get().asString().contains("'a'");
        assertThat(Uids.problem("1." + "2".repeat(63))).get().asString().contains("64");
        assertThat(Uids.problem("")).isPresent();
    }

    @Test
    void namesRegisteredUids() {
        assertThat(Uids.name("1.2.840.10008.1.2.5")).contains("RLE Lossless");
        assertThat(Uids.keyword("1.2.840.10008.5.1.4.1.1.7")).contains("SecondaryCaptureImageStorage");
        assertThat(Uids.name("1.2.3.4")).isEmpty();
        assertThat(Uids.isValid(Uids.IMPLEMENTATION_CLASS_UID)).isTrue();
    }
}
