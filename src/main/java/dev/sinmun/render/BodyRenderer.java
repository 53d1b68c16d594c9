package dev.sinmun.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article's Markdown body into HTML that is safe to output unescaped: flexmark (built once)
 * renders it, then a jsoup {@link Safelist} drops scripts, event handlers and non-http(s)/mailto links.
 */
public final class BodyRenderer {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .toImmutable();

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addAttributes("th", "align")
            .addAttributes("td", "align");

    private static final Evaluator IMAGE_WITHOUT_SOURCE = Selector.evaluatorOf("img:not([src])");
    private static final Evaluator LINK_WITHOUT_TARGET = Selector.evaluatorOf("a:not([href])");
    private static final Evaluator ALIGNED_CELL = Selector.evaluatorOf("th[align], td[align]");

    private final Cleaner cleaner = new Cleaner(SAFELIST);
    private final Parser parser = Parser.builder(OPTIONS).build();
    /**
     * For a body without a '|', where no table can be: the same tree without the tables extension's set-up (a
     * regular expression compiled for each body). Null when every body goes to {@link #parser}.
     */
    private final Parser parserWithoutTables;
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();
    private final Document.OutputSettings output = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);

    public BodyRenderer() {
        this(false);
    }

    /** {@code tablesAlways}: every body is parsed with the tables extension, even one without a '|'. */
    BodyRenderer(boolean tablesAlways) {
        parserWithoutTables = tablesAlways ? null : Parser.builder().build();
    }

    /** A body rendered: its cleaned HTML and the plain text a reader sees in it. */
    public record Html(String html, String text) {
    }

    /** The cleaned HTML of a Markdown body; an empty string for a null or blank body. */
    public String toHtml(String markdown) {
        return render(markdown).html();
    }

    /** As {@link #toHtml}, with the text too, from the same parse. */
    public Html render(String markdown) {
        return render(markdown, true);
    }

    /**
     * As {@link #render(String)}; {@code direct}: a body of plain prose is written straight from flexmark's tree
     * ({@link ProseTree}), the same result without writing, parsing, cleaning and writing its HTML again.
     */
    Html render(String markdown, boolean direct) {
        if (markdown == null || markdown.isBlank()) {
            return new Html("", "");
        }
        Node ast = parse(markdown);
        Html prose = direct ? ProseTree.of(ast) : null;
        if (prose != null) {
            return prose;
        }
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(renderer.render(ast)));
        clean.outputSettings(output.clone());
        tidy(clean);
        return new Html(clean.body().html().strip(), clean.body().text());
    }

    /** Whether {@code markdown} takes the direct path of {@link ProseTree}. */
    boolean direct(String markdown) {
        return ProseTree.of(parse(markdown)) != null;
    }

    private Node parse(String markdown) {
        boolean noTable = parserWithoutTables != null && markdown.indexOf('|') < 0;
        Node ast = (noTable ? parserWithoutTables : parser).parse(markdown);
        outlineFromLevelTwo(ast);
        return ast;
    }

    /**
     * Renumbers the body's headings so that they start at level 2 (the page's title is the only level 1) and skip no
     * level, keeping their order: a body with only "###" headings gets {@code h2}, one with "#" and "###" gets
     * {@code h2} and {@code h3}.
     */
    private static void outlineFromLevelTwo(Node ast) {
        List<Heading> headings = new ArrayList<>();
        collectHeadings(ast, headings);
        if (headings.isEmpty()) {
            return;
        }
        int[] renumbered = new int[7];
        for (Heading heading : headings) {
            renumbered[heading.getLevel()] = 1;
        }
        for (int level = 1, next = 2; level <= 6; level++) {
            if (renumbered[level] == 1) {
                renumbered[level] = Math.min(next++, 6);
            }
        }
        for (Heading heading : headings) {
            heading.setLevel(renumbered[heading.getLevel()]);
        }
    }

    private static void collectHeadings(Node parent, List<Heading> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                out.add(heading);
            } else if (node instanceof Block && !(node instanceof Paragraph)) {
                collectHeadings(node, out);
            }
        }
    }

    /**
     * What the safelist leaves incomplete or misplaced: images without a source, links without a target, HTML4
     * alignment, a table's caption written after its rows (flexmark writes it last; HTML wants it first).
     */
    private static void tidy(Document doc) {
        for (Element caption : doc.getElementsByTag("caption")) {
            Element table = caption.parent();
            if (table != null && table.nameIs("table") && table.firstElementChild() != caption) {
                if (caption.previousSibling() instanceof TextNode space && space.isBlank()) {
                    space.remove();
                }
                table.prependChild(caption);
                caption.before(new TextNode("\n"));
            }
        }
        doc.select(IMAGE_WITHOUT_SOURCE).remove();
        doc.select(LINK_WITHOUT_TARGET).unwrap();
        for (Element cell : doc.select(ALIGNED_CELL)) {
            String align = cell.attr("align").toLowerCase(java.util.Locale.ROOT);
            cell.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) {
                cell.addClass("align-" + align);
            }
        }
    }
}
