package dev.sinmun.render;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlEscapingTest {

    private final HtmlEscaping escaping = new HtmlEscaping();

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(escaping.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(escaping.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void leavesOtherTextAsItIsAndTheSameString() {
        String text = "최종건 1차관 — “quoted” 😀 \u00a0 \t\n ©";
        assertThat(escaping.escape(text)).isSameAs(text);
        assertThat(escaping.escape("")).isEmpty();
    }

    /** The same bytes as Pebble's own html strategy, so that switching to it changed no page. */
    @Test
    void escapesAsPebblesOwnHtmlStrategy() {
        Random random = new Random(7);
        String alphabet = "<>&\"'`=/;#xA 가\u00a0\u2028\uFFFD\uD83D\uDE00\u0000\u007f";
        List<String> samples = new ArrayList<>(List.of("", "plain", "&", "'\"", "a<b>c"));
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        for (char c = 0; c < 0x250; c++) {
            samples.add("a" + c + "b");
        }
        for (String sample : samples) {
            assertThat(escaping.escape(sample)).as(sample).isEqualTo(HtmlEscape.escapeHtml4Xml(sample));
        }
    }
}
