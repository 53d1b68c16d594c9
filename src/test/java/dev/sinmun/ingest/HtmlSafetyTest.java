package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.RawArticle;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile markup inside an article body never reaches the Markdown; the article text around it does. */
class HtmlSafetyTest {

    private final HtmlPageParser parser = new HtmlPageParser();

    private static String page(String payload) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Council passes budget</title>"
                + "<meta property=\"article:published_time\" content=\"2022-02-10T10:00:00+09:00\"></head><body>"
                + "<article class=\"article-body\"><p>The city council passed a 2.1 trillion won budget on Thursday "
                + "after a long debate.</p>" + payload + "<p>Members said welfare spending rose.</p></article></body></html>";
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<p onclick=\"alert(1)\">Click</p>",
            "<p><a href=\"javascript:alert(1)\">link</a></p>",
            "<p><a href=\" JaVaScRiPt:alert(1)\">link</a></p>",
            "<p><a href=\"&#106;avascript:alert(1)\">link</a></p>",
            "<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">link</a></p>",
            "<p><a href=\"vbscript:msgbox(1)\">link</a></p>",
            "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\"></p>",
            "<p><img src=\"x\" onerror=\"alert(1)\"></p>",
            "<iframe src=\"https://evil.example.com/\"></iframe>",
            "<form action=\"https://evil.example.com/\"><input name=\"pw\"><button>Go</button></form>",
            "<p style=\"background:url(javascript:alert(1))\">Styled</p>",
            "<svg onload=\"alert(1)\"><script>alert(2)</script></svg>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<img src=\"https://track.example.com/p.gif\" width=\"1\" height=\"1\">",
            "<style>body{display:none}</style>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<p><a href=\"https://ok.example.com/\" onmouseover=\"alert(1)\">ok</a></p>",
            "<noscript><img src=\"https://track.example.com/n.gif\"></noscript>"})
    void hostileMarkupNeverReachesTheMarkdown(String payload) {
        RawArticle a = parser.parse(Path.of("x.html"), "inbox/x.html", page(payload));

        assertThat(a.body()).startsWith("The city council passed").contains("Members said welfare spending rose.");
        assertThat(a.body().toLowerCase()).doesNotContain("javascript:", "vbscript:", "data:", "onclick", "onerror",
                "onload", "onmouseover", "<script", "<iframe", "<form", "<input", "<svg", "<object", "<embed",
                "<style", "style=", "track.example.com", "evil.example.com", "alert(1)</");
        assertThat(a.body()).doesNotContainPattern("(?i)<[a-z]");
    }

    @org.junit.jupiter.api.Test
    void markupWrittenAsTextStaysEscapedText() {
        RawArticle a = parser.parse(Path.of("x.html"), "inbox/x.html", page("<p>&lt;script&gt;x&lt;/script&gt;</p>"));

        assertThat(a.body()).contains("\\<script\\>x\\</script\\>");
        assertThat(a.paragraphs()).contains("<script>x</script>");
    }

    @ValueSource(strings = {"https", "http", "mailto"})
    @ParameterizedTest
    void safeLinksAreKept(String scheme) {
        String href = scheme.equals("mailto") ? "mailto:desk@example.com" : scheme + "://example.com/report";
        RawArticle a = parser.parse(Path.of("x.html"), "inbox/x.html", page("<p>See <a href=\"" + href + "\">it</a>.</p>"));

        assertThat(a.body()).contains("[it](" + href + ")");
    }
}
