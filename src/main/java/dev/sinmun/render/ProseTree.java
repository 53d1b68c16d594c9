package dev.sinmun.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The jsoup tree of a Markdown body made only of prose (paragraphs, headings, block quotes, rules, emphasis, line
 * breaks), built straight from flexmark's syntax tree: the same tree jsoup parses from flexmark's HTML for it, without
 * writing and parsing that HTML. Any other node (links, lists, code, raw HTML, tables, images) leaves it to that path.
 */
final class ProseTree {

    private final Document document = Document.createShell("");
    private final StringBuilder text = new StringBuilder();

    private ProseTree() {
    }

    /** The document jsoup would parse from flexmark's HTML of {@code markdown}, or null when it holds more than prose. */
    static Document of(Node markdown) {
        ProseTree tree = new ProseTree();
        return tree.blocks(markdown, tree.document.body()) ? tree.document : null;
    }

    /** Each block as an element followed by the newline flexmark writes after it. */
    private boolean blocks(Node parent, Element into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Paragraph.class) {
                if (!inlines(node, into.appendElement("p"))) {
                    return false;
                }
            } else if (type == Heading.class) {
                if (!inlines(node, into.appendElement("h" + ((Heading) node).getLevel()))) {
                    return false;
                }
            } else if (type == BlockQuote.class) {
                Element quote = into.appendElement("blockquote");
                quote.appendChild(new TextNode("\n"));
                if (!blocks(node, quote)) {
                    return false;
                }
            } else if (type == ThematicBreak.class) {
                into.appendElement("hr");
            } else {
                return false;
            }
            into.appendChild(new TextNode("\n"));
        }
        return true;
    }

    private boolean inlines(Node parent, Element into) {
        if (!inlineRun(parent, into)) {
            return false;
        }
        flush(into);
        return true;
    }

    /** Inline children; adjacent text gathers into one text node, as the HTML parser makes it. */
    private boolean inlineRun(Node parent, Element into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                if (!append(Escaping.normalizeEOL(node.getChars().unescape()))) {
                    return false;
                }
            } else if (type == HtmlEntity.class) {
                if (!append(node.getChars().unescape())) {
                    return false;
                }
            } else if (type == SoftLineBreak.class) {
                text.append('\n');
            } else if (type == HardLineBreak.class) {
                flush(into);
                into.appendElement("br");
                text.append('\n');
            } else if (type == Emphasis.class || type == StrongEmphasis.class) {
                flush(into);
                if (!inlines(node, into.appendElement(type == Emphasis.class ? "em" : "strong"))) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** Text the parser would read differently from how flexmark meant it (NUL, carriage return) is left to it. */
    private boolean append(String s) {
        if (s.indexOf('\0') >= 0 || s.indexOf('\r') >= 0) {
            return false;
        }
        text.append(s);
        return true;
    }

    private void flush(Element into) {
        if (!text.isEmpty()) {
            into.appendChild(new TextNode(text.toString()));
            text.setLength(0);
        }
    }
}
