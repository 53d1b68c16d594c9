package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One feed's content, shared by {@link FeedWriter} (Atom) and {@link JsonFeedWriter}.
 *
 * @param path      site path of the feed files without suffix, e.g. {@code feed} or {@code people/x/feed}
 * @param lang      the language of the feed's own text (title, description), not of every entry
 * @param title     the feed's title
 * @param pagePath  site path of the HTML page the feed follows
 * @param articles  newest first, already limited
 * @param updated   the newest change (the epoch for an empty feed, never "now")
 * @param bodies    article path → body HTML for a full-content feed (the site's feed); {@code null} for a
 *                  lean feed of titles, links and summaries (a person's or topic's feed), which needs no bodies
 */
record Feed(String path, Lang lang, String title, String description, String pagePath, List<Article> articles,
            OffsetDateTime updated, Map<String, String> bodies) {

    /** How many articles the site's feed carries. */
    static final int SIZE = 20;
    /** How many articles a person's or topic's feed carries: one per term page would add up at archive scale. */
    static final int TERM_SIZE = 10;
    static final OffsetDateTime EPOCH = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    /** True when entries carry the article body, not only its summary. */
    boolean full() {
        return bodies != null;
    }

    /** The body HTML of an article of a full feed ({@code ""} if it is missing). */
    String body(Article article) {
        return bodies.getOrDefault(article.path(), "");
    }
}
