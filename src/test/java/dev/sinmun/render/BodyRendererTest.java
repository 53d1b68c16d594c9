package dev.sinmun.render;

import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererTest {

    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void rendersParagraphsEmphasisAndLinks() {
        assertThat(renderer.toHtml("One *two* [three](https://example.com/3).\n\nFour."))
                .isEqualTo("<p>One <em>two</em> <a href=\"https://example.com/3\">three</a>.</p>\n<p>Four.</p>");
    }

    @Test
    void scriptsHandlersAndScriptLinksNeverReachTheOutput() {
        String html = renderer.toHtml(SampleArticles.hostileMarkup().body());
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(")
                .doesNotContain("onclick").doesNotContain("javascript:").doesNotContain("data:")
                .contains("Fireworks start at nine.").contains("Tickets");
    }

    @Test
    void escapedMarkdownStaysLiteral() {
        String html = renderer.toHtml(SampleArticles.budgetFinePrint().body());
        assertThat(html).contains("<p>1. This line is not a list. *Neither is this emphasis* and _this_ is plain.</p>")
                .contains("# Not a heading, and 3 &lt; 5 &gt; 2 stays as written. Brackets: [sic].")
                .contains("R&amp;D spending rises 5% &amp; welfare 3%.")
                .doesNotContain("<ol").doesNotContain("<em>").doesNotContain("<h1");
    }

    @Test
    void headingsStartAtLevelTwoAndSkipNoLevel() {
        assertThat(renderer.toHtml("Lead.\n\n### Only third\n\nText.")).isEqualTo(
                "<p>Lead.</p>\n<h2>Only third</h2>\n<p>Text.</p>");
        assertThat(renderer.toHtml("# One\n\n### Three\n\n###### Six\n\n### Three again\n\n> #### Quoted four")).isEqualTo(
                "<h2>One</h2>\n<h3>Three</h3>\n<h5>Six</h5>\n<h3>Three again</h3>\n<blockquote>\n<h4>Quoted four</h4>\n</blockquote>");
        assertThat(renderer.toHtml("## Two\n\n- item\n\n### Three")).isEqualTo(
                "<h2>Two</h2>\n<ul>\n<li>item</li>\n</ul>\n<h3>Three</h3>");
    }

    @Test
    void aTableCaptionComesFirstInItsTable() {
        String html = renderer.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n[Counts by county]\n");
        assertThat(html).startsWith("<table>\n<caption>Counts by county</caption>").contains("</tbody>\n</table>");
    }

    @Test
    void tableAlignmentBecomesAClass() {
        String html = renderer.toHtml("| a | b |\n|---|--:|\n| 1 | 2 |\n");
        assertThat(html).contains("<th class=\"align-right\">b</th>").doesNotContain("align=");
    }

    @Test
    void mailtoIsKeptFtpAndRelativeLinksAreNot() {
        assertThat(renderer.toHtml("[m](mailto:a@b.example) [f](ftp://x.example/) [r](../x)"))
                .isEqualTo("<p><a href=\"mailto:a@b.example\">m</a> f r</p>");
    }

    @Test
    void hangulIsNotEscaped() {
        assertThat(renderer.toHtml("한서연 장관")).isEqualTo("<p>한서연 장관</p>");
    }

    @Test
    void emptyBodyGivesEmptyHtml() {
        assertThat(renderer.toHtml(null)).isEmpty();
        assertThat(renderer.toHtml("  \n")).isEmpty();
    }

    @Test
    void aBodyWithoutAPipeRendersTheSameWithoutTheTablesExtension() throws IOException {
        List<String> bodies = new ArrayList<>(List.of(
                "Header\n:---:\ncell", "a : b\n--- : ---\n1 : 2", "Setext\n---\ntext", "a\n-\nb\n\n[caption]",
                "Name  Role\n----  ----\nKim   Minister", "+---+---+\n: a : b :\n+---+---+", "- a\n---\n1. b"));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                bodies.add(Files.readString(file, StandardCharsets.UTF_8).replace('|', ' '));
            }
        }
        Random random = new Random(11);
        List<String> pieces = List.copyOf(bodies);
        for (int i = 0; i < 500; i++) {
            String piece = pieces.get(random.nextInt(pieces.size()));
            String next = pieces.get(random.nextInt(pieces.size()));
            bodies.add(piece.substring(random.nextInt(piece.length())) + "\n" + next);
        }
        BodyRenderer withTables = new BodyRenderer(true);
        for (String body : bodies) {
            assertThat(renderer.render(body)).as(body).isEqualTo(withTables.render(body));
        }
        String table = "| a | b |\n|---|---|\n| 1 | 2 |";
        assertThat(renderer.toHtml(table)).contains("<table>").isEqualTo(withTables.toHtml(table));
    }
}
