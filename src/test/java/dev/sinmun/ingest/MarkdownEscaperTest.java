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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: flexmark renders the escaped text as one paragraph whose visible text is exactly the original. */
class MarkdownEscaperTest {

    private static final List<String> TRICKY = List.of(
            "*sanctions* and **talks** and ***both***", "snake_case and __init__ and _x_", "#1 priority", "# of delegates",
            "## Heading", "1. first", "1) first", "2020. It was", "123456789. big", "- dash", "+ plus", "* star",
            "> quote", ">> nested", "<b>bold</b>", "<!-- comment -->", "<div>block</div>", "<http://example.com>",
            "[x](y)", "![img](src.png)", "[ref]: http://example.com", "[^1] footnote", "`code`", "``double``",
            "```fenced", "~~~fenced", "~~strike~~", "a | b | c", "|---|---|", "\\ backslash \\\\ two",
            "trailing backslash\\", "&amp; &copy; &#123; &#x41; & AT&T", "***", "---", "___", "- - -", "===",
            "=== End ===", "    indented code", "\tTabbed", "a  two  spaces", "line\nbreak", "Setext\n===",
            "Setext\n---", "‘Alliance Talks’ — “quoted” – dash…", "한미 동맹대화 *강조* _밑줄_ #해시",
            "email lightee@donga.com and www.donga.com and https://donga.com/x_y_z", "$x$ and {curly} and %percent",
            ":smile: and :: colons", "Term\n: definition", "<", ">", "&", "\\", "*", "_", "#", "1.", "+", "-",
            "a*b*c", "a_b_c", "!important", "[ ] todo", "- [x] done", "\\*not emphasis\\*", "&#0;", "&nbsp;x");
    private static final String ALPHABET = "\\`*_[]<>#|~!&;():.-+=12 aZ\"'é한/@{}$%^\t";

    private static final Parser PLAIN = Parser.builder().build();
    private static final HtmlRenderer PLAIN_HTML = HtmlRenderer.builder().build();
    private static final DataHolder TABLES = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable();
    private static final Parser WITH_TABLES = Parser.builder(TABLES).build();
    private static final HtmlRenderer WITH_TABLES_HTML = HtmlRenderer.builder(TABLES).build();

    private final MarkdownEscaper escaper = new MarkdownEscaper();

    static Stream<String> strings() {
        List<String> all = new ArrayList<>(TRICKY);
        Random random = new Random(20200914L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            all.add(s.toString());
        }
        for (int i = 0; i < 500; i++) {
            all.add(TRICKY.get(random.nextInt(TRICKY.size())) + " " + TRICKY.get(random.nextInt(TRICKY.size())));
        }
        return all.stream().filter(s -> !expected(s).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("strings")
    void renderedTextIsTheOriginal(String text) {
        String markdown = escaper.escape(text);
        assertRendersAs(PLAIN.parse(markdown), PLAIN_HTML, text, markdown);
        assertRendersAs(WITH_TABLES.parse(markdown), WITH_TABLES_HTML, text, markdown);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "“Press releases contain the information,” explained Choi on Friday. U.S. officials — and 한미 동맹 — agreed.";
        assertThat(escaper.escape(text)).isEqualTo(text);
    }

    @Test
    void escapesOnlyWhereNeeded() {
        assertThat(escaper.escape("1. Sanctions relief, 2. security")).isEqualTo("1\\. Sanctions relief, 2. security");
        assertThat(escaper.escape("#1 priority, not #2")).isEqualTo("\\#1 priority, not #2");
        assertThat(escaper.escape("AT&T and &amp;")).isEqualTo("AT&T and \\&amp;");
    }

    private static void assertRendersAs(com.vladsch.flexmark.util.ast.Node document, HtmlRenderer renderer,
            String text, String markdown) {
        String html = renderer.render(document);
        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.body().children()).as("one paragraph for %s → %s → %s", text, markdown, html).hasSize(1);
        assertThat(parsed.body().child(0).tagName()).as(html).isEqualTo("p");
        assertThat(parsed.body().child(0).children()).as("no markup in %s", html).isEmpty();
        assertThat(parsed.text()).as("markdown %s → %s", markdown, html).isEqualTo(expected(text));
    }

    private static String expected(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
