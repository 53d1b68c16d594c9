package dev.sinmun.render;

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

/** The direct prose path must give exactly what flexmark's HTML parsed by jsoup gives: HTML and text. */
class ProseTreeTest {

    private static final List<String> PROSE = List.of(
            "One paragraph.",
            "One *two* **three** ***four*** _five_ __six__.\n\nSeven.",
            "Line one\nline two  \nline three\\\nline four",
            "Trailing space \nnext line",
            "Entity space at end&#32;\nnext, tab at end&#9;\nnext&#9;  \nnext&nbsp;\nnext",
            "# Heading\n\nText\n\n## Second *em*\n\n###### Six\n\nSetext\n===\n\nOther\n---",
            "> Quoted *text*\n> more\n>\n> second paragraph\n\nAfter.\n\n> > nested",
            "Before\n\n---\n\n***\n\nAfter",
            "Escapes: \\*not em\\* 3 < 5 > 2 & \"quotes\" 'apostrophes' \\# \\[sic\\] \\\\ backslash",
            "Entities: &amp; &lt; &gt; &quot; &copy; &#169; &#xA9; &nbsp; &bogus; & alone",
            "Non-breaking\u00a0space and\u00a0\u00a0two, \u00a0leading\n\u00a0line start",
            "한국어 문단입니다. **강조** 그리고 *기울임*.\n\n“Curly” ‘quotes’ — dash … ellipsis",
            "Tab\tinside and   many   spaces",
            "Emoji 😀 and astral 𝔸 characters",
            "Soft\u00adhyphen, zero\u200bwidth, word\u2060joiner, \ufeffBOM, \u3000ideographic space, \u2003em space",
            "*unclosed emphasis and **strong",
            "Text with \\<angle> brackets and \\</p> close tags as text \\<b\\>",
            "Line ending in two spaces  ",
            "Soft\nbreak\n\n\n\nmany blank lines",
            "Text with NUL \0 inside (flexmark reads U+FFFD)",
            "1\\. Not a list\n\n\\- not a bullet\n\n\\> not a quote");

    private static final List<String> OTHER = List.of(
            "A [link](https://example.com/).",
            "- one\n- two",
            "1. one\n2. two",
            "`code`",
            "```\ncode\n```",
            "    indented code",
            "<b>raw</b> html",
            "Text with <angle> brackets",
            "A control \u0001 character",
            "Ends with space&nbsp;\n\nAnd&#160;&#x20;&#9;entity whitespace&#10;",
            "Entity space at end&#32;\nnext, tab at end&#9;\nnext&#9;  \n&#32;starts with one",
            "Form\ffeed and vertical\u000btab",
            "A C1 \u0085 control",
            "A lone \ud800 surrogate",
            "<div>block</div>",
            "![image](https://example.com/a.png)",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "<https://example.com/>");

    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void proseTakesTheDirectPathAndGivesTheSameResult() {
        for (String markdown : PROSE) {
            assertThat(renderer.direct(markdown)).as(markdown).isTrue();
            assertSame(markdown);
        }
    }

    @Test
    void anythingElseIsLeftToTheHtmlPath() {
        for (String markdown : OTHER) {
            assertThat(renderer.direct(markdown)).as(markdown).isFalse();
            assertSame(markdown);
        }
    }

    @Test
    void mixturesOfProsePiecesGiveTheSameResult() {
        List<String> pieces = new ArrayList<>(PROSE);
        pieces.addAll(OTHER);
        Random random = new Random(6);
        for (int i = 0; i < 2000; i++) {
            StringBuilder markdown = new StringBuilder();
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                markdown.append(random.nextBoolean() ? piece : piece.substring(random.nextInt(piece.length())));
                markdown.append(List.of("\n\n", "\n", " ", "", "\r\n", "\n> ", "\n# ").get(random.nextInt(7)));
            }
            assertSame(markdown.toString());
        }
    }

    @Test
    void everyMarkdownFixtureGivesTheSameResult() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<Path> markdown = files.filter(f -> f.toString().endsWith(".md")).toList();
            assertThat(markdown).isNotEmpty();
            for (Path file : markdown) {
                assertSame(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    private void assertSame(String markdown) {
        assertThat(renderer.render(markdown, true)).as(markdown).isEqualTo(renderer.render(markdown, false));
    }
}
