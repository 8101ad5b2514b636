package io.github.synthphi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formatting and escaping the reports share. */
class ReportTextTest {

    @Test
    void capsLongValuesAtCodePoints() {
        assertThat(ReportText.cap("short")).isEqualTo("short");
        assertThat(ReportText.cap("x".repeat(500))).isEqualTo("x".repeat(500));
        assertThat(ReportText.cap("x".repeat(501))).isEqualTo("x".repeat(500) + "...");
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        assertThat(ReportText.cap(emoji.repeat(600))).isEqualTo(emoji.repeat(500) + "...");
    }

    @Test
    void scoresAsSharesAndPercentages() {
        assertThat(ReportText.decimal(1)).isEqualTo("1");
        assertThat(ReportText.decimal(0)).isEqualTo("0");
        assertThat(ReportText.decimal(2.0 / 3)).isEqualTo("0.6667");
        assertThat(ReportText.decimal(0.5)).isEqualTo("0.5");
        assertThat(ReportText.percent(1, 23)).isEqualTo("4.35%");
        assertThat(ReportText.percent(0, 5)).isEqualTo("0.00%");
        assertThat(ReportText.percent(5, 5)).isEqualTo("100.00%");
        assertThat(ReportText.percent(99_999, 100_000)).isEqualTo("99.99%");
        assertThat(ReportText.percent(1, 100_000)).isEqualTo("0.01%");
        assertThat(ReportText.percent(0, 0)).isEqualTo("100.00%");
    }

    @Test
    void categoryFamiliesFollowMidi() {
        assertThat(ReportText.family("HIPAA-A")).isEqualTo("hipaa");
        assertThat(ReportText.family("DICOM-IOD")).isEqualTo("dicom");
        assertThat(ReportText.family("TCIA-P15-PIX-K")).isEqualTo("tcia");
        assertThat(ReportText.family("")).isEqualTo("unknown");
        assertThat(ReportText.family("OTHER")).isEqualTo("unknown");
        assertThat(ReportText.subcategory("")).isEqualTo("unknown");
    }

    @Test
    void htmlEscapesMarkupQuotesAndControlCharacters() {
        assertThat(Html.escape("<b a=\"1\" b='2'>&</b>"))
                .isEqualTo("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;&lt;/b&gt;");
        assertThat(Html.escape("a\u0000b\u001Fc\td")).isEqualTo("a\\u0000b\\u001Fc\td");
        assertThat(Html.escape("\uD83D\uDE00 \uD83D x")).isEqualTo("\uD83D\uDE00 \\uD83D x");
        assertThat(Html.escape("山田^太郎")).isEqualTo("山田^太郎");
    }
}
