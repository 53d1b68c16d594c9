package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The time each post of a live blog shows in a box of its own ("12:41", "오후 3:20", "2:40 AM GMT+9"): kept before
 * the post's heading ("12:41 — 헌재 선고 시작"), or as its heading when it has none, instead of leaving with the
 * page's other dates. Posts are the boxes the markup names so, or else at least two boxes of one kind side by side,
 * each a time over text of its own (a live page without live markup); there a date alone is a post's time too.
 */
final class LivePostTimes {

    private static final Pattern CLOCK = Pattern.compile("(?i)^(?:(?:\\d{4}[.-]\\d{1,2}[.-]\\d{1,2}\\.?|"
            + "[A-Z][a-z]{2,8}\\.? \\d{1,2},?(?: \\d{4})?)\\s)?(?:(?:오전|오후)\\s?)?\\d{1,2}[:.]\\d{2}"
            + "(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?:KST|GMT|UTC)(?:\\s?[+-]\\d{1,2})?)?$");
    private static final Pattern DATE = Pattern.compile(
            "^(?:\\d{4}[.-]\\d{1,2}[.-]\\d{1,2}\\.?|[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})$");
    private static final String STAMP = "time, [class~=(?i)time|date|clock]";
    private static final int MIN_POSTS = 2;
    /** How much text of its own, besides its time, a box needs to be a post. */
    private static final int MIN_POST_TEXT = 20;
    private static final double MAX_POST_LINKS = 0.3;

    private LivePostTimes() {
    }

    /** Moves each post's time into its heading, in place. */
    static void keep(Element text) {
        List<Element> posts = text.select(ArticleBodyFinder.LIVE_MARKUP).stream()
                .filter(post -> post.parents().stream().noneMatch(p -> p.is(ArticleBodyFinder.LIVE_MARKUP))).toList();
        boolean marked = posts.size() >= MIN_POSTS;
        if (!marked) {
            posts = postsBySide(text);
        }
        for (Element post : posts) {
            Element time = stamp(post, !marked);
            if (time == null) {
                continue;
            }
            String when = Whitespace.normalize(time.text());
            Element heading = post.selectFirst("h2, h3, h4");
            if (heading != null) {
                heading.text(when + " — " + Whitespace.normalize(heading.text()));
                time.remove();
            } else {
                time.replaceWith(new Element("h3").text(when));
            }
        }
    }

    /** The boxes of one kind (parent, tag and class) side by side, each a time over text of its own, when two or more. */
    private static List<Element> postsBySide(Element text) {
        Map<String, List<Element>> kinds = new LinkedHashMap<>();
        for (Element box : text.select("div[class], li[class], section[class], article")) {
            Element time = stamp(box, true);
            if (box != text && box.parent() != null && time != null
                    && box.text().length() - time.text().length() >= MIN_POST_TEXT
                    && ArticleBodyFinder.linkDensity(box) < MAX_POST_LINKS) {
                String kind = System.identityHashCode(box.parent()) + " " + box.tagName() + "." + box.className();
                kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(box);
            }
        }
        return kinds.values().stream().filter(boxes -> boxes.size() >= MIN_POSTS).findFirst().orElse(List.of());
    }

    /** The post's first time box that shows a clock (or, when {@code dateAlone}, just a date). */
    private static Element stamp(Element post, boolean dateAlone) {
        return post.select(STAMP).stream().filter(e -> {
            String t = Whitespace.normalize(e.text());
            return CLOCK.matcher(t).matches() || dateAlone && DATE.matcher(t).matches();
        }).findFirst().orElse(null);
    }
}
