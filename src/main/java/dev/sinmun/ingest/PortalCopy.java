package dev.sinmun.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news portal's copy of an outlet's article (Naver, Daum, Nate): the address of the original the copy links to,
 * its "기사원문" or "원문보기" link, which is the article's source rather than the portal's page.
 */
final class PortalCopy {

    private static final Pattern PORTAL_HOST = Pattern.compile(
            "(?i)(?:^|\\.)(?:naver\\.com|daum\\.net|nate\\.com|zum\\.com)$");
    /** The words of a link to the original: "기사원문", "원문보기", "원문 보기", "언론사 원문", "기사 원문 보기". */
    private static final Pattern ORIGIN_LABEL = Pattern.compile("^(?:언론사\\s?)?(?:기사\\s?)?원문(?:\\s?보기)?$");
    private static final String ORIGIN_LINKS = "a.media_end_head_origin_link[href], a.link_origin[href], "
            + "a.articleOriginal[href]";

    /**
     * The original article's address when the page at {@code address} is a portal's copy that links it, else empty.
     * A copy whose own address is unknown counts when the page names the outlet as a portal does ({@code press}).
     */
    Optional<String> original(Document page, String address, boolean press) {
        String host = host(address);
        if (!(host != null && PORTAL_HOST.matcher(host).find()) && !(host == null && press)) {
            return Optional.empty();
        }
        Optional<String> link = page.select(ORIGIN_LINKS).stream().map(a -> a.absUrl("href")).filter(this::outside)
                .findFirst();
        if (link.isPresent()) {
            return link;
        }
        for (Element a : page.select("a[href]")) {
            if (ORIGIN_LABEL.matcher(Whitespace.normalize(a.text())).matches() && outside(a.absUrl("href"))) {
                return Optional.of(a.absUrl("href"));
            }
        }
        return Optional.empty();
    }

    /** Whether an address is a web page off the portals. */
    private boolean outside(String url) {
        String host = host(url);
        return url.matches("(?i)https?://[^\\s\"<>]+") && host != null && !PORTAL_HOST.matcher(host).find();
    }

    private static String host(String url) {
        if (url == null || !url.matches("(?i)^https?://.*")) {
            return null;
        }
        return url.replaceFirst("(?i)^https?://", "").replaceFirst("[/:?#].*$", "").toLowerCase(Locale.ROOT);
    }
}
