package dev.sinmun.ingest;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Cleaned article HTML → Markdown with flexmark's converter: ATX headings, no attributes, quotes as written. Text that
 * would read as Markdown syntax keeps its meaning as text: a line starting "2021. It was…", "- ", "# " or "---", and
 * underscores, are escaped (the converter itself escapes only inline characters such as {@code *} and {@code [});
 * subscripts and superscripts stay HTML ("H<sub>2</sub>O"); a quote is set apart from the paragraph before it.
 */
final class HtmlToMarkdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            .set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
            .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
            .set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0)
            .set(FlexmarkHtmlConverter.THEMATIC_BREAK, "* * *")
            .toImmutable();

    /** Stands for a backslash through the converter, which would escape a real one. */
    private static final char ESCAPE = '\uE000';
    private static final char TAG_OPEN = '\uE001';
    private static final char TAG_CLOSE = '\uE002';
    private static final Pattern LINE_START_MARKER = Pattern.compile(
            "^(\\s*)(?:(\\d{1,9})(?=[.)](?:\\s|$))|(?=[-+](?:\\s|$))|(?=#{1,6}(?:\\s|$))|(?=(?:-{2,}|={2,}|_{2,})\\s*$))");
    private static final Pattern PLACEHOLDERS = Pattern.compile("[\uE000-\uE002]");
    /** A quote the converter writes on the line right after a paragraph's last line (it needs a blank line). */
    private static final Pattern QUOTE_AFTER_TEXT = Pattern.compile("(?m)^([^>\n].*)\n(?=>)");

    private final FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder(OPTIONS).build();

    /** The Markdown for a fragment of safe HTML, ending with one newline. */
    String convert(String html) {
        String source = html;
        if (PLACEHOLDERS.matcher(source).find()) {
            source = PLACEHOLDERS.matcher(source).replaceAll("");
        }
        Element body = Jsoup.parseBodyFragment(source).body();
        for (Element script : body.select("sub, sup")) {
            script.prependText(TAG_OPEN + script.tagName() + TAG_CLOSE).appendText(TAG_OPEN + "/" + script.tagName() + TAG_CLOSE);
            script.unwrap();
        }
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideCode(text)) {
                text.text(escaped(text));
            }
        }, body);
        String markdown = converter.convert(body.html()).replace("\u00A0", " ").strip()
                .replace(ESCAPE, '\\').replace(TAG_OPEN, '<').replace(TAG_CLOSE, '>');
        markdown = QUOTE_AFTER_TEXT.matcher(markdown).replaceAll("$1\n\n");
        return markdown.isEmpty() ? "" : markdown.replaceAll("\n{3,}", "\n\n") + "\n";
    }

    /** The text with underscores, and a block marker at the start of a line, marked for a backslash. */
    private static String escaped(TextNode text) {
        String s = text.getWholeText().replace("_", ESCAPE + "_");
        return startsLine(text) ? LINE_START_MARKER.matcher(s).replaceFirst("$1$2" + ESCAPE) : s;
    }

    private static boolean insideCode(TextNode text) {
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (e.nameIs("pre") || e.nameIs("code")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text begins a line of the Markdown: first in a block element, or right after a line break. */
    private static boolean startsLine(TextNode text) {
        Node previous = text.previousSibling();
        if (previous == null) {
            Element parent = text.parent();
            return parent != null && parent.isBlock();
        }
        return previous instanceof Element e && (e.nameIs("br") || e.isBlock());
    }
}
