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
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The cleaned HTML and the text of a Markdown body made only of prose (paragraphs, headings, block quotes, rules,
 * emphasis, line breaks), written straight from flexmark's syntax tree: what flexmark's HTML, parsed, cleaned and
 * written out again by jsoup, gives for it, without that round trip. Every element of prose passes the safelist as it
 * is. Any other node (links, lists, code, raw HTML, tables, images) or a character jsoup would write as a numeric
 * reference leaves the body to that round trip.
 */
final class ProseTree {

    private final StringBuilder html = new StringBuilder();
    /** What jsoup's {@code Element.text()} gathers: whitespace runs as one space, a space around each block. */
    private final StringBuilder text = new StringBuilder();
    /** The text node being gathered (adjacent text is one node, as the HTML parser makes it). */
    private final StringBuilder run = new StringBuilder();

    private ProseTree() {
    }

    /** The body's HTML (stripped, as {@link BodyRenderer} gives it) and text, or null when it holds more than prose. */
    static BodyRenderer.Html of(Node markdown) {
        ProseTree tree = new ProseTree();
        if (!tree.blocks(markdown)) {
            return null;
        }
        return new BodyRenderer.Html(tree.html.toString().strip(), tree.text.toString().trim());
    }

    /** Each block as an element followed by the newline flexmark writes after it. */
    private boolean blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Paragraph.class) {
                if (!block("p", node)) {
                    return false;
                }
            } else if (type == Heading.class) {
                if (!block("h" + ((Heading) node).getLevel(), node)) {
                    return false;
                }
            } else if (type == BlockQuote.class) {
                open("blockquote", true);
                textNode("\n");
                if (!blocks(node)) {
                    return false;
                }
                close("blockquote", true);
            } else if (type != ThematicBreak.class) { // a rule is not in the safelist: only its newline stays
                return false;
            }
            textNode("\n");
        }
        return true;
    }

    private boolean block(String tag, Node node) {
        open(tag, true);
        if (!inlines(node)) {
            return false;
        }
        flush();
        close(tag, true);
        return true;
    }

    private boolean inlines(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                if (!gather(unescaped(node))) {
                    return false;
                }
            } else if (type == HtmlEntity.class) {
                if (!gather(node.getChars().unescape())) {
                    return false;
                }
            } else if (type == SoftLineBreak.class) {
                run.append('\n');
            } else if (type == HardLineBreak.class) {
                flush();
                open("br", false);
                run.append('\n');
            } else if (type == Emphasis.class || type == StrongEmphasis.class) {
                String tag = type == Emphasis.class ? "em" : "strong";
                flush();
                open(tag, false);
                if (!inlines(node)) {
                    return false;
                }
                flush();
                close(tag, false);
            } else {
                return false;
            }
        }
        return true;
    }

    /** A text node's characters, unescaped, with its line ends as {@code \n}; most text has nothing to change. */
    private static String unescaped(Node text) {
        BasedSequence sequence = text.getChars();
        // flexmark's toString copies char by char; its chars read NUL as U+FFFD
        String chars = sequence instanceof SubSequence && sequence.getBase() instanceof String base
                ? base.substring(sequence.getStartOffset(), sequence.getEndOffset()).replace('\0', '\uFFFD')
                : sequence.toString();
        if (chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 && chars.indexOf('\r') < 0) {
            return chars;
        }
        return Escaping.normalizeEOL(sequence.unescape());
    }

    /**
     * Text as jsoup would write it: only {@code & < >} and the no-break space have names; control characters and lone
     * surrogates (which jsoup writes as numeric references) are left to it, and so is a new line, or whitespace starting
     * one, which flexmark's writer trims.
     */
    private boolean gather(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (!run.isEmpty() && run.charAt(run.length() - 1) == '\n' && blank(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        run.append(s);
        return true;
    }

    private static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    /** An element's start: jsoup's text puts a space before a block (or a break) that follows text. */
    private void open(String tag, boolean block) {
        html.append('<').append(tag).append('>');
        if ((block || tag.equals("br")) && !text.isEmpty() && !endsInSpace()) {
            text.append(' ');
        }
    }

    /** An element's end; a block here is always followed by a newline text node, so its text gets a space after. */
    private void close(String tag, boolean block) {
        html.append("</").append(tag).append('>');
        if (block) {
            blockEnd();
        }
    }

    private void blockEnd() {
        if (!endsInSpace()) {
            text.append(' ');
        }
    }

    private void textNode(String s) {
        run.append(s);
        flush();
    }

    /** Writes the gathered text node out: escaped into the HTML, whitespace-collapsed into the text, range by range. */
    private void flush() {
        if (run.isEmpty()) {
            return;
        }
        String s = run.toString();
        run.setLength(0);
        escape(s);
        collapse(s);
    }

    private void escape(String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String named = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00a0' -> "&nbsp;";
                default -> null;
            };
            if (named != null) {
                html.append(s, from, i).append(named);
                from = i + 1;
            }
        }
        html.append(s, from, s.length());
    }

    /**
     * Into the text: whitespace runs as one space (none first when the text already ends in one), without soft
     * hyphens and zero-width spaces. Copies runs of what stays as it is (words and the single spaces between them)
     * whole.
     */
    private void collapse(String s) {
        boolean white = endsInSpace();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && !white) {
                white = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                text.append(s, from, i);
                if (!white) {
                    text.append(' ');
                    white = true;
                }
                from = i + 1;
            } else if (c == '\u00ad' || c == '\u200b') {
                text.append(s, from, i);
                from = i + 1;
            } else {
                white = false;
            }
        }
        text.append(s, from, s.length());
    }

    private boolean endsInSpace() {
        return !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
    }
}
