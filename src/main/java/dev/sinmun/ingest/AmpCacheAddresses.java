package dev.sinmun.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The addresses of a page saved from Google's AMP cache, given back: the cache serves the page from
 * "https://www-donga-com.cdn.ampproject.org/c/s/www.donga.com/…" and its links point into the cache
 * ("/c/s/www.donga.com/news/…"); the original address is the one after "/c/s/" (https) or "/c/" (http).
 */
final class AmpCacheAddresses {

    private static final Pattern CACHED = Pattern.compile(
            "(?i)^(?:https?://[a-z0-9-]+\\.cdn\\.ampproject\\.org)?/[cvi]/(s/)?([a-z0-9-]+(?:\\.[a-z0-9-]+)+/.*)$");
    private static final Pattern CACHE_HOST = Pattern.compile("(?i)\\.cdn\\.ampproject\\.org/");

    /** Whether the page was saved from the AMP cache: its {@code <base>} or its address names the cache. */
    boolean isCacheCopy(Document page) {
        return page.select("base[href], link[rel=canonical][href], meta[property=og:url][content]").stream()
                .anyMatch(e -> CACHE_HOST.matcher(e.attr("href") + e.attr("content")).find());
    }

    /** Rewrites the cache's addresses in an AMP cache copy to the originals; other pages stay as they are. */
    void restore(Document page) {
        if (!isCacheCopy(page)) {
            return;
        }
        page.select("base[href]").remove();
        PageAddresses.rewrite(page, AmpCacheAddresses::original);
    }

    /** The original of a cached address ("/c/s/www.donga.com/news/…" → "https://www.donga.com/news/…"). */
    static Optional<String> original(String address) {
        Matcher m = CACHED.matcher(address.strip());
        return m.matches() ? Optional.of((m.group(1) != null ? "https://" : "http://") + m.group(2)) : Optional.empty();
    }
}
