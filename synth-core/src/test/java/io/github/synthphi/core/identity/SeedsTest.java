package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    // Oracles computed outside Java with coreutils:
    //   printf '42|patient/1' | sha256sum          -> 1103c03aa51213a7aa7dffdf128d5bf5...
    //   printf -- '-7|patient/7/study/2' | sha256sum -> 183cd0515a6d108c4cc43eecd3e494bc...
    //   printf '0|patient/0' | sha256sum           -> 451be0659ab4530462d2b84e9568b9e6...
    //   printf '42|patient/0' | sha256sum          -> aca4d9e3edf7f0ac...

    @Test
    void isTheFirstEightBytesOfSha256OfSeedBarKey() {
        assertThat(Seeds.caseSeed(42L, "patient/1")).isEqualTo(0x1103c03aa51213a7L);
        assertThat(Seeds.caseSeed(0L, "patient/0")).isEqualTo(0x451be0659ab45304L);
    }

    @Test
    void writesNegativeSeedsWithAMinusSign() {
        assertThat(Seeds.caseSeed(-7L, "patient/7/study/2")).isEqualTo(0x183cd0515a6d108cL);
    }

    @Test
    void readsTheBytesAsASignedBigEndianLong() {
        // the digest starts with 0xac: the seed is negative, the two's complement of the 8 bytes
        long seed = Seeds.caseSeed(42L, "patient/0");
        assertThat(seed).isNegative();
        assertThat(Long.toHexString(seed)).isEqualTo("aca4d9e3edf7f0ac");
    }

    @Test
    void caseKeysNameThePatientAndTheStudy() {
        assertThat(Seeds.patientKey(0)).isEqualTo("patient/0");
        assertThat(Seeds.studyKey(7, 2)).isEqualTo("patient/7/study/2");
        assertThat(Seeds.caseSeed(42L, Seeds.patientKey(1))).isEqualTo(0x1103c03aa51213a7L);
        assertThatThrownBy(() -> Seeds.patientKey(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patientIndex");
        assertThatThrownBy(() -> Seeds.studyKey(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("studyIndex");
    }

    @Test
    void differentSeedsAndKeysGiveDifferentCaseSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long g = 0; g < 20; g++) {
            for (int p = 0; p < 50; p++) {
                assertThat(seen.add(Seeds.caseSeed(g, Seeds.patientKey(p)))).isTrue();
            }
        }
        assertThat(Seeds.caseSeed(1L, "2|x")).isNotEqualTo(Seeds.caseSeed(12L, "x"));
    }
}
