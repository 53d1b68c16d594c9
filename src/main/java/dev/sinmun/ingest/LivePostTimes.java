package dev.sinmun.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The time each post of a live blog shows in a box of its own ("12:41", "오후 3:20", "2:40 AM GMT+9"): kept before
 * the post's heading ("12:41 — 헌재 선고 시작"), or as its heading when it has none, instead of leaving with the
 * page's other dates.
 */
final class LivePostTimes {

    private static final Pattern CLOCK = Pattern.compile("(?i)^(?:(?:\\d{4}[.-]\\d{1,2}[.-]\\d{1,2}\\.?|"
            + "[A-Z][a-z]{2,8}\\.? \\d{1,2},?(?: \\d{4})?)\\s)?(?:(?:오전|오후)\\s?)?\\d{1,2}[:.]\\d{2}"
            + "(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?:KST|GMT|UTC)(?:\\s?[+-]\\d{1,2})?)?$");
    private static final int MIN_POSTS = 2;

    private LivePostTimes() {
    }

    /** Moves each post's time into its heading, in place. */
    static void keep(Element text) {
        List<Element> posts = text.select(ArticleBodyFinder.LIVE_MARKUP).stream()
                .filter(post -> post.parents().stream().noneMatch(p -> p.is(ArticleBodyFinder.LIVE_MARKUP))).toList();
        if (posts.size() < MIN_POSTS) {
            return;
        }
        for (Element post : posts) {
            Element time = post.select("time, [class~=(?i)time|date|clock]").stream()
                    .filter(e -> CLOCK.matcher(Whitespace.normalize(e.text())).matches())
                    .findFirst().orElse(null);
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
}
