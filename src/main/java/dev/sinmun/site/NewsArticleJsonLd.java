package dev.sinmun.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sinmun.model.Article;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;

import java.time.format.DateTimeFormatter;

/**
 * The schema.org {@code NewsArticle} of an article as JSON-LD, built with Jackson: headline, dates with their
 * offsets, author, publisher, language, and {@code about} pointing at the people and topic pages. Compact (one
 * line, each URL once), since every article page carries it.
 */
final class NewsArticleJsonLd {

    private final ObjectMapper json = new ObjectMapper();
    private final SiteConfig config;

    NewsArticleJsonLd(SiteConfig config) {
        this.config = config;
    }

    String of(Article article, TagIndex tags) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "NewsArticle");
        root.put("url", config.absoluteUrl(article.path()));
        root.put("headline", article.title());
        root.put("inLanguage", article.lang().code());
        root.put("datePublished", article.posted().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        root.put("dateModified", article.lastModified().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (article.byline() != null && !article.byline().isBlank()) {
            ArrayNode authors = root.putArray("author");
            for (BylineAuthor by : BylineAuthor.all(article.byline())) {
                ObjectNode author = authors.addObject();
                author.put("@type", "Person");
                if (by.named()) {
                    author.put("name", by.name());
                }
                if (by.email() != null) {
                    author.put("email", by.email());
                }
                if (by.role() != null) {
                    author.put("jobTitle", by.role());
                }
            }
        }
        ObjectNode publisher = root.putObject("publisher");
        publisher.put("@type", "Organization");
        String outlet = article.source() == null ? null : article.source().name().in(article.lang());
        publisher.put("name", outlet != null ? outlet : config.title().in(article.lang()));
        ArrayNode about = root.putArray("about");
        for (String kind : TagEntry.KINDS) {
            for (TagEntry e : tags.in(article, kind)) {
                ObjectNode thing = about.addObject();
                thing.put("@type", type(kind));
                thing.put("@id", config.absoluteUrl(e.path()));
                thing.put("name", e.name().in(article.lang()));
                String other = e.name().in(article.lang().other());
                if (other != null && !other.equals(e.name().in(article.lang()))) {
                    thing.put("alternateName", other);
                }
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(String kind) {
        return switch (kind) {
            case TagEntry.PEOPLE -> "Person";
            case TagEntry.ORGANIZATIONS -> "Organization";
            case TagEntry.PLACES -> "Place";
            default -> "Thing";
        };
    }
}
