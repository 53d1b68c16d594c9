package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The rest of an article that an advertisement splits in two: boxes after the text found, of its tag and class and
 * with text of their own ({@code <div class="view_con_t">} again after the ad's {@code <div>}), separated from it only
 * by boxes with little text and no headline.
 */
final class ArticleParts {

    /** How many boxes (the ad's, a label's) may stand between two parts. */
    private static final int MAX_BETWEEN = 2;
    /** Most text a box between two parts may hold ("Advertisement", "Scroll to continue"). */
    private static final int MAX_BETWEEN_TEXT = 80;
    private static final int MIN_PART_TEXT = 40;
    private static final double MAX_PART_LINKS = 0.3;

    private ArticleParts() {
    }

    /**
     * The body read around the text found (its lead photos before it) followed by the text's other parts, in a new
     * element; the body itself when the text has none.
     */
    static Element joined(Element found, Element body) {
        List<Element> parts = after(found);
        if (parts.isEmpty()) {
            return body;
        }
        Element joined = new Element("div").appendChild(body.clone());
        parts.forEach(part -> joined.appendChild(part.clone()));
        return joined;
    }

    private static List<Element> after(Element found) {
        List<Element> parts = new ArrayList<>();
        if (found.className().isBlank() || found.parent() == null) {
            return parts;
        }
        int between = 0;
        for (Element next = found.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (isPartLike(found, next)) {
                parts.add(next);
                between = 0;
            } else if (++between > MAX_BETWEEN || next.text().length() > MAX_BETWEEN_TEXT
                    || next.selectFirst("h1, h2") != null) {
                break;
            }
        }
        return parts;
    }

    private static boolean isPartLike(Element found, Element next) {
        return next.tagName().equals(found.tagName()) && next.className().equals(found.className())
                && next.text().length() >= MIN_PART_TEXT && next.selectFirst("h1") == null
                && ArticleBodyFinder.linkDensity(next) < MAX_PART_LINKS;
    }
}
