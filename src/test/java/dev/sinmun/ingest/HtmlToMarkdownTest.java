package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: text in a page's paragraphs reads the same after the trip to Markdown and back to HTML. */
class HtmlToMarkdownTest {

    private static final List<String> TRICKY = List.of("1. The first demand", "2021. It was the year", "1) first",
            "- The second", "+ plus", "# 1 priority", "## two", "---", "===", "___", "- - -", "@_jenny_ posted",
            "snake_case and __init__", "*stars* and **bold**", "[x](y) and [ref]", "3 < 5 > 2", "> quote",
            "a | b | c", "‘Alliance Talks’ — “quoted”", "한미 동맹 #해시 _밑줄_", "100% sure; 50$ more", "Q: why? A: because.");
    private static final String ALPHABET = "*_[]<>#|!&;():.-+=12 aZ\"'é한/@{}$%";
    private static final DataHolder TABLES = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable();
    private static final Parser PARSER = Parser.builder(TABLES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(TABLES).build();

    private final HtmlToMarkdown converter = new HtmlToMarkdown();

    static Stream<String> texts() {
        List<String> all = new ArrayList<>(TRICKY);
        Random random = new Random(20240303L);
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            all.add(s.toString());
        }
        return all.stream().map(String::strip).filter(s -> !s.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aParagraphKeepsItsText(String text) {
        String html = "<p>Seoul said on Monday.</p><p>" + Entities.escape(text) + "</p><p>Before<br>" + Entities.escape(text) + "</p>";
        String markdown = converter.convert(html);
        String back = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown))).body().text();
        assertThat(back).as(markdown).isEqualTo(Jsoup.parseBodyFragment(html).body().text());
    }

    @Test
    void keepsListsHeadingsAndScriptsThatArePartOfThePage() {
        String markdown = converter.convert("<h2>Demands</h2><ol><li>More money</li></ol><ul><li>A - B</li></ul>"
                + "<p>H<sub>2</sub>O and 10<sup>3</sup></p><pre><code>a_b # c</code></pre>");
        assertThat(markdown).contains("## Demands", "1. More money", "* A - B", "H<sub>2</sub>O and 10<sup>3</sup>",
                "a_b # c");
    }
}
