package dev.sinmun.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The addresses of a page saved from the Wayback Machine, given back: the archive rewrites every link, image and
 * canonical address into its own ("https://web.archive.org/web/20230426233514im_/https://…"), and the article's
 * address is the original one.
 */
final class WaybackAddresses {

    /** An archived address: the archive's host (or none, on its own pages), the capture time and flags, the original. */
    private static final Pattern ARCHIVED = Pattern.compile(
            "(?i)^(?:(?:https?:)?//web\\.archive\\.org)?/web/\\d{1,14}(?:[a-z]{2}_|\\*)?/+(.+)$");
    private static final Pattern ARCHIVE_HOST = Pattern.compile("(?i)^(?:https?:)?//web\\.archive\\.org/");
    private static final Pattern SCHEME_ONE_SLASH = Pattern.compile("(?i)^(https?):/(?!/)");

    /** Whether the page is a Wayback Machine copy: its toolbar, its script or an address of the archive's. */
    boolean isArchiveCopy(Document page) {
        return page.getElementById("wm-ipp-base") != null
                || page.select("script").stream().anyMatch(s -> s.data().contains("__wm.init("))
                || page.select("link[rel=canonical][href], meta[property=og:url][content]").stream()
                .anyMatch(e -> ARCHIVE_HOST.matcher(e.attr("href") + e.attr("content")).find());
    }

    /** Rewrites the archive's addresses in a Wayback Machine copy to the originals; other pages stay as they are. */
    void restore(Document page) {
        if (!isArchiveCopy(page)) {
            return;
        }
        PageAddresses.rewrite(page, WaybackAddresses::original);
    }

    /** The original of an archived address ("…/web/2016…/http://www.hani.co.kr/…" → "http://www.hani.co.kr/…"). */
    static Optional<String> original(String address) {
        Matcher m = ARCHIVED.matcher(address.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(SCHEME_ONE_SLASH.matcher(m.group(1)).replaceFirst("$1://"));
    }
}
