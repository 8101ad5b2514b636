package io.github.synthphi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentityLocaleTest {

    @Test
    void checksEachLocalesRepertoire() {
        assertThat(IdentityLocale.EN_US.canEncode("O'Kon-Smith Jr.")).isTrue();
        assertThat(IdentityLocale.EN_US.canEncode("Müller")).isFalse();
        assertThat(IdentityLocale.DE_DE.canEncode("Müller Strauß")).isTrue();
        assertThat(IdentityLocale.DE_DE.canEncode("Łukasz")).isFalse();
        assertThat(IdentityLocale.JA_JP.canEncode("山田 やまだ 〒123-4567")).isTrue();
        assertThat(IdentityLocale.JA_JP.canEncode("髙橋")).as("a variant outside JIS X 0208").isFalse();
        assertThat(IdentityLocale.JA_JP.canEncode("Müller")).isFalse();
        for (IdentityLocale l : IdentityLocale.values()) {
            assertThat(l.canEncode("a\\b")).as("backslash, the value delimiter").isFalse();
            assertThat(l.canEncode("a\nb")).as("control character").isFalse();
        }
    }

    @Test
    void namesItsTagLocaleAndCharacterSet() {
        assertThat(IdentityLocale.DEFAULT).isEqualTo(IdentityLocale.EN_US);
        assertThat(IdentityLocale.forLanguageTag("ja_JP")).contains(IdentityLocale.JA_JP);
        assertThat(IdentityLocale.forLanguageTag("DE-de")).contains(IdentityLocale.DE_DE);
        assertThat(IdentityLocale.forLanguageTag("fr-FR")).isEmpty();
        assertThat(IdentityLocale.DE_DE.locale()).isEqualTo(Locale.GERMANY);
        assertThat(IdentityLocale.JA_JP.locale()).isEqualTo(Locale.JAPAN);
        assertThat(IdentityLocale.EN_US.specificCharacterSet()).isEmpty();
        assertThat(IdentityLocale.DE_DE.specificCharacterSet()).containsExactly("ISO_IR 100");
        assertThat(IdentityLocale.JA_JP.specificCharacterSet()).isEqualTo(List.of("", "ISO 2022 IR 87"));
    }
}
