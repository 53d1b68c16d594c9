package dev.sinmun.site;

import dev.sinmun.model.Article;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One feed's content, shared by {@link FeedWriter} (Atom) and {@link JsonFeedWriter}.
 *
 * @param path      site path of the feed files without suffix, e.g. {@code feed} or {@code people/x/feed}
 * @param title     the feed's title
 * @param pagePath  site path of the HTML page the feed follows
 * @param articles  newest first, already limited
 * @param updated   the newest change (the epoch for an empty feed, never "now")
 */
record Feed(String path, String title, String description, String pagePath, List<Article> articles,
            OffsetDateTime updated) {

    /** How many articles a feed carries. */
    static final int SIZE = 50;
    static final OffsetDateTime EPOCH = OffsetDateTime.parse("1970-01-01T00:00:00Z");
}
