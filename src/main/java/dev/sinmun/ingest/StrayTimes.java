package dev.sinmun.ingest;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A {@code <time>} standing alone between blocks after the text has begun (a print view's "Feb. 5, 2024" under the
 * summary and byline): the page's date, not a paragraph. Before the text the body's reader takes such a date as the
 * posted time, so only those after a paragraph leave here.
 */
final class StrayTimes {

    /** How long a paragraph before the date must be to count as text (not a label or a byline). */
    private static final int MIN_TEXT = 60;
    private static final String INLINE = "p, span, em, i, b, strong, a, li, td, th, h1, h2, h3, h4, h5, h6";

    private final DateLineParser dates = new DateLineParser();

    /** Removes, in place, each lone date after the first paragraph (with its box when it holds nothing else). */
    void drop(Element body) {
        List<Element> all = body.getAllElements();
        int firstText = all.stream().filter(e -> e.is("p") && e.text().length() >= MIN_TEXT).findFirst()
                .map(all::indexOf).orElse(all.size());
        all.stream().filter(e -> e.is("time") && all.indexOf(e) > firstText && isLoneDate(e)).toList()
                .forEach(t -> (isBoxOf(t) ? t.parent() : t).remove());
    }

    private boolean isLoneDate(Element time) {
        String text = Whitespace.normalize(time.text());
        return !text.isEmpty() && dates.parseDate(text).isPresent() && (isBoxOf(time)
                || standsApart(time, time.previousSibling(), true) && standsApart(time, time.nextSibling(), false));
    }

    /** Whether the time's parent is a block that shows nothing else ({@code <p class="date"><time>…</time></p>}). */
    private static boolean isBoxOf(Element time) {
        Element parent = time.parent();
        return parent != null && parent.isBlock() && !parent.is("li, td, th, body")
                && Whitespace.normalize(parent.text()).equals(Whitespace.normalize(time.text()));
    }

    /** Whether the node beside the time (past blank text) is a block, or nothing in a box of blocks. */
    private static boolean standsApart(Element time, Node beside, boolean before) {
        Node n = beside;
        while (n instanceof TextNode t && t.isBlank()) {
            n = before ? n.previousSibling() : n.nextSibling();
        }
        return n == null ? !time.parent().is(INLINE) : n instanceof Element e && e.isBlock() && !e.is("br");
    }
}
