package dev.sinmun.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

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
        return (noTable ? parserWithoutTables : parser).parse(markdown);
    }

    /** What the safelist leaves incomplete: images without a source, links without a target, HTML4 alignment. */
    private static void tidy(Document doc) {
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
