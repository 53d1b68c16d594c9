package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The standfirst (dek, sub-headline, summary) a page sets between its headline and the article container, outside
 * the element that holds the text or opening it: the lines it shows, which open the body as the text dump's deck does.
 */
final class Standfirst {

    /** The names outlets give the box: Guardian's "standfirst", "dek", "sub-title", "subheadline", "tit_sub", … */
    private static final Pattern NAME = Pattern.compile("(?i)standfirst|(?:^|[\\s_-])(?:dek|deck|strap(?:line)?)"
            + "(?:$|[\\s_-])|sub[_-]?(?:title|tit|heading|headline|head)|(?:title|tit|headline)[_-]sub"
            + "|article[_-]?(?:summary|intro)");
    /** How many levels above the container to look for the box before it. */
    private static final int MAX_LEVELS = 3;
    private static final int MIN_LINE = 10;
    private static final int MAX_TEXT = 600;
    private static final String LINES = "p, li, h2, h3, h4, div:not(:has(p, li, h2, h3, h4, div))";

    /**
     * The standfirst's lines, first to last, or none: a named box before the container (up to the headline, or
     * after it in the headline's own box), of a few short lines (a list's items, as News1's {@code ul.article-sub-title}
     * sets them, a line each), without links or images, not repeated by the text.
     */
    List<String> before(Element container) {
        Element at = container;
        String text = Whitespace.normalize(container.text());
        for (int level = 0; level < MAX_LEVELS && at.parent() != null && !at.parent().is("body"); level++) {
            for (Element before = at.previousElementSibling(); before != null;
                    before = before.previousElementSibling()) {
                Element h1 = before.is("h1") ? before : before.selectFirst("h1");
                List<String> lines = before.select("*").stream()
                        .filter(e -> named(e) && (h1 == null || follows(e, h1)) && !lines(e).isEmpty())
                        .findFirst().map(Standfirst::withSameBoxesAfter).orElse(List.of());
                if (!lines.isEmpty()) {
                    return lines.stream().anyMatch(text::contains) ? List.of() : lines;
                }
                if (h1 != null) {
                    return List.of();
                }
            }
            at = at.parent();
        }
        return List.of();
    }

    /**
     * The lines of a named box that opens the container's text (a sub-headline of two lines in the text box), taken
     * out of the page so that the text does not repeat them; none when the text opens otherwise.
     */
    List<String> opening(Element container) {
        for (Node node : container.childNodes()) {
            if (node instanceof TextNode t && !t.isBlank()) {
                return List.of();
            }
            if (node instanceof Element e && !e.text().isBlank()) {
                List<String> lines = e.is("h2, h3, h4, p, div") && named(e) ? lines(e) : List.of();
                if (!lines.isEmpty()) {
                    e.remove();
                }
                return lines;
            }
        }
        return List.of();
    }

    private static boolean named(Element e) {
        return !e.is("h1, a, img, figure, figcaption, time, table, details, summary, meta, link, script")
                && NAME.matcher(e.className() + " " + e.id() + " " + e.attr("data-gu-name") + " " + e.attr("itemprop"))
                .find();
    }

    /** Whether the element comes after the headline in the page, also when a box wraps the headline alone. */
    private static boolean follows(Element e, Element h1) {
        for (Element a = h1; a.parent() != null; a = a.parent()) {
            for (Element b = e; b.parent() != null; b = b.parent()) {
                if (b.parent() == a.parent() && b != a) {
                    return b.siblingIndex() > a.siblingIndex();
                }
            }
        }
        return false;
    }

    /** The box's lines and those of the boxes of its kind right after it (two sub-headlines, each an {@code h2}). */
    private static List<String> withSameBoxesAfter(Element box) {
        List<String> lines = new ArrayList<>(lines(box));
        for (Element next = box.nextElementSibling(); next != null && next.tagName().equals(box.tagName())
                && next.className().equals(box.className()) && named(next); next = next.nextElementSibling()) {
            List<String> more = lines(next);
            if (more.isEmpty()) {
                break;
            }
            lines.addAll(more);
        }
        return lines;
    }

    private static List<String> lines(Element box) {
        if (!box.select("a[href], img, picture, video, iframe, button, input, time").isEmpty()
                || box.text().length() > MAX_TEXT) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        List<Element> blocks = box.select(LINES).stream().filter(e -> e != box).toList();
        if (blocks.isEmpty()) {
            for (String part : box.html().split("(?i)<br\\s*/?>")) {
                lines.add(Whitespace.normalize(Jsoup.parse(part).text()));
            }
        } else {
            blocks.stream().filter(b -> b.parents().stream().noneMatch(blocks::contains))
                    .forEach(b -> lines.add(Whitespace.normalize(b.text())));
        }
        List<String> kept = lines.stream().filter(l -> !l.isEmpty()).toList();
        return kept.stream().allMatch(l -> l.length() >= MIN_LINE) ? kept : List.of();
    }
}
