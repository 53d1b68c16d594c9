package dev.sinmun.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The boxes a page's skip links let a reader jump past, with their landing marks: "skip past newsletter promotion"
 * lands on "after newsletter promotion", the BBC's "Skip twitter post by …" on "End of twitter post by …" past a
 * consent prompt ("Allow Twitter content?"). None of it is the article, nor may it be taken for its text.
 */
final class SkippedBoxes {

    /**
     * A link that jumps past a box: "skip past newsletter promotion", "Skip twitter post by …", "Skip advertisement",
     * "X 게시물 건너뛰기"; not one that jumps to a part of the page ("Skip to content", "Skip to site index"), whatever
     * lies before that part.
     */
    private static final Pattern SKIP_LINK = Pattern.compile("(?i)^skip\\b(?!\\s+to\\b).{0,80}$|^.{1,40}\\s?건너뛰기$");
    /** A landing mark is a short line, not a sentence. */
    private static final int MAX_LANDING = 60;
    /** A box skipped is short: more text between the link and its landing is the page itself ("Skip to navigation"). */
    private static final int MAX_SKIPPED = 2000;

    private SkippedBoxes() {
    }

    /**
     * Removes from {@code root} each skip link, the paragraphs and buttons it jumps past and the line it lands on;
     * quotes and pictures between them (a post shown in full) stay, and so does a heading or a page section landed on.
     */
    static void drop(Element root) {
        for (Element skip : root.select("a[href^=#]")) {
            String id = skip.attr("href").substring(1);
            if (id.isEmpty() || !SKIP_LINK.matcher(Whitespace.normalize(skip.text())).matches()) {
                continue;
            }
            Element landing = root.getElementById(id);
            if (landing == null || landing == root || landing.is("h1, h2, h3, h4, h5, h6, nav, header, footer, main, "
                    + "article, section, body") || landing.text().length() > MAX_LANDING
                    || SentenceEnd.endsSentence(landing.text().strip())) {
                continue;
            }
            List<Element> all = root.select("*");
            int from = all.indexOf(skip);
            int to = all.indexOf(landing);
            if (from < 0 || to <= from) {
                continue;
            }
            List<Element> between = all.subList(from + 1, to).stream().filter(e -> e.is("p, button")
                    && e.closest("blockquote, figure") == null).toList();
            if (between.stream().mapToInt(e -> e.text().length()).sum() > MAX_SKIPPED) {
                continue;
            }
            between.forEach(Element::remove);
            landing.remove();
            skip.remove();
        }
    }
}
