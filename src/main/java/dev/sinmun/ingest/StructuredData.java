package dev.sinmun.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads a page's {@link PageMetadata}: JSON-LD NewsArticle first, then Open Graph and other {@code <meta>} tags. */
final class StructuredData {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "liveblogposting", "webpage", "opinionnewsarticle", "backgroundnewsarticle");

    PageMetadata read(Document page) {
        JsonNode ld = newsArticle(page);
        String headline = first(text(ld, "headline"), meta(page, "og:title"), meta(page, "twitter:title"));
        String published = first(text(ld, "datePublished"), meta(page, "article:published_time"),
                meta(page, "og:published_time"), meta(page, "pubdate"), meta(page, "publishdate"),
                meta(page, "date"), meta(page, "dcterms.created"), meta(page, "DC.date"), meta(page, "DC.date.issued"),
                meta(page, "dcterms.issued"));
        String modified = first(text(ld, "dateModified"), meta(page, "article:modified_time"),
                meta(page, "og:updated_time"), meta(page, "lastmod"), meta(page, "dcterms.modified"),
                meta(page, "DC.date.modified"));
        List<String> authors = authors(ld);
        if (authors.isEmpty()) {
            String author = first(meta(page, "author"), meta(page, "article:author"), meta(page, "dable:author"));
            if (author != null && !author.startsWith("http")) {
                authors = List.of(author);
            }
        }
        String lang = first(page.selectFirst("html") == null ? null : blankToNull(page.selectFirst("html").attr("lang")),
                meta(page, "og:locale"), text(ld, "inLanguage"));
        Element canonicalLink = page.selectFirst("link[rel=canonical][href]");
        String canonical = first(canonicalLink == null ? null : blankToNull(canonicalLink.absUrl("href")),
                canonicalLink == null ? null : blankToNull(canonicalLink.attr("href")), meta(page, "og:url"));
        String siteName = first(meta(page, "og:site_name"), ld == null ? null : text(ld.path("publisher"), "name"));
        List<PageMetadata.Alternate> alternates = new ArrayList<>();
        for (Element link : page.select("link[rel=alternate][hreflang][href]")) {
            String url = blankToNull(link.absUrl("href"));
            alternates.add(new PageMetadata.Alternate(link.attr("hreflang"), url == null ? link.attr("href") : url));
        }
        boolean article = ld != null || "article".equalsIgnoreCase(meta(page, "og:type"))
                || meta(page, "article:published_time") != null;
        return new PageMetadata(headline, published, modified, authors, lang, canonical, siteName, alternates,
                first(meta(page, "og:title"), meta(page, "twitter:title")), first(meta(page, "DC.title"),
                meta(page, "dcterms.title")), press(page), article);
    }

    /** The outlet a portal's copy of its article names: "한겨레" of Daum's media name, of Naver's "연합뉴스 | 네이버". */
    private static String press(Document page) {
        String portalAuthor = meta(page, "og:article:author");
        return first(meta(page, "article:media_name"), portalAuthor == null || !portalAuthor.contains("|") ? null
                : blankToNull(portalAuthor.substring(0, portalAuthor.indexOf('|'))));
    }

    /**
     * The JSON-LD object typed as an article (also inside arrays and {@code @graph}), leaving out one that names
     * another address and a headline the page does not show (another article's); of several (a page that also
     * describes other articles), the one whose headline is the page's og:title or {@code h1}, else whose address is
     * the page's, else the first; null when there is none.
     */
    private static JsonNode newsArticle(Document page) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                findArticles(JSON.readTree(script.data()), found);
            } catch (Exception e) {
                // broken JSON-LD is common; the other sources still count
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String address = canonical != null ? canonical.attr("href").strip() : meta(page, "og:url");
        Set<String> headings = titles(page, "h1, h2, h3, h4");
        found.removeIf(ld -> isOtherArticle(ld, headings, address));
        if (found.size() < 2) {
            return found.isEmpty() ? null : found.get(0);
        }
        Set<String> titles = titles(page, "h1");
        return found.stream().filter(ld -> titles.contains(Whitespace.normalize(String.valueOf(text(ld, "headline")))))
                .findFirst()
                .or(() -> found.stream().filter(ld -> address != null && addresses(ld).contains(address)).findFirst())
                .orElse(found.get(0));
    }

    /** The page's og:title and twitter:title and the text of its {@code headings}. */
    private static Set<String> titles(Document page, String headings) {
        Set<String> titles = new HashSet<>();
        Stream.concat(Stream.of(meta(page, "og:title"), meta(page, "twitter:title")),
                page.select(headings).stream().map(Element::text)).filter(t -> t != null && !t.isBlank())
                .forEach(t -> titles.add(Whitespace.normalize(t)));
        return titles;
    }

    /**
     * Whether an article object describes another article than the page (a template's left-over, a teaser's): its
     * headline is none of the page's titles and headings, and the address it gives itself is not the page's.
     */
    private static boolean isOtherArticle(JsonNode ld, Set<String> titles, String address) {
        String headline = text(ld, "headline");
        if (headline == null || address == null) {
            return false;
        }
        String written = Whitespace.normalize(Parser.unescapeEntities(headline, false));
        if (titles.stream().anyMatch(t -> t.contains(written))) {
            return false;
        }
        List<String> own = addresses(ld);
        return !own.isEmpty() && own.stream().noneMatch(a -> samePage(a, address));
    }

    /**
     * Whether two addresses name one page, whatever their scheme, "www."/"m." host prefix, fragment and trailing
     * slash; an address without its host ("/view/123") names the page whose path it is.
     */
    private static boolean samePage(String a, String b) {
        String one = pageKey(a);
        String other = pageKey(b);
        return one.equals(other) || one.startsWith("/") && other.endsWith(one) || other.startsWith("/") && one.endsWith(other);
    }

    private static String pageKey(String address) {
        return address.strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:https?:)?//(?:www\\.|m\\.)?", "")
                .replaceFirst("#.*$", "").replaceFirst("/+$", "");
    }

    /** The addresses an article object gives itself: {@code url}, {@code @id}, {@code mainEntityOfPage}. */
    private static List<String> addresses(JsonNode ld) {
        JsonNode main = ld.path("mainEntityOfPage");
        return Stream.of(text(ld, "url"), text(ld, "@id"), main.isTextual() ? main.asText() : text(main, "@id"))
                .filter(a -> a != null).map(String::strip).toList();
    }

    private static void findArticles(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> findArticles(item, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (JsonNode type : node.path("@type").isArray() ? node.path("@type") : List.of(node.path("@type"))) {
            if (ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT)) && node.has("headline")) {
                found.add(node);
                return;
            }
        }
        findArticles(node.get("@graph"), found);
    }

    private static List<String> authors(JsonNode ld) {
        List<String> names = new ArrayList<>();
        if (ld == null) {
            return names;
        }
        JsonNode author = ld.path("author");
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isTextual() ? one.asText() : text(one, "name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.path(field);
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isValueNode() ? blankToNull(value.asText()) : null;
    }

    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
