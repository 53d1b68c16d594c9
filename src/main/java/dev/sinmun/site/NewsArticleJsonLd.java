package dev.sinmun.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sinmun.model.Article;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * The schema.org {@code NewsArticle} of an article as JSON-LD, written with Jackson's streaming generator: headline,
 * dates with their offsets, author, publisher, language, and {@code about} pointing at the people and topic pages.
 * Compact (one line, each URL once), since every article page carries it.
 */
final class NewsArticleJsonLd {

    private final JsonFactory json = new JsonFactory();
    private final SiteConfig config;

    NewsArticleJsonLd(SiteConfig config) {
        this.config = config;
    }

    String of(Article article, TagIndex tags) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator out = json.createGenerator(text)) {
            out.writeStartObject();
            out.writeStringField("@context", "https://schema.org");
            out.writeStringField("@type", "NewsArticle");
            out.writeStringField("url", config.absoluteUrl(article.path()));
            out.writeStringField("headline", article.title());
            out.writeStringField("inLanguage", article.lang().code());
            out.writeStringField("datePublished", article.posted().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            out.writeStringField("dateModified",
                    article.lastModified().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            if (article.byline() != null && !article.byline().isBlank()) {
                out.writeArrayFieldStart("author");
                for (BylineAuthor by : BylineAuthor.all(article.byline())) {
                    out.writeStartObject();
                    out.writeStringField("@type", "Person");
                    if (by.named()) {
                        out.writeStringField("name", by.name());
                    }
                    if (by.email() != null) {
                        out.writeStringField("email", by.email());
                    }
                    if (by.role() != null) {
                        out.writeStringField("jobTitle", by.role());
                    }
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeObjectFieldStart("publisher");
            out.writeStringField("@type", "Organization");
            String outlet = article.source() == null ? null : article.source().name().in(article.lang());
            out.writeStringField("name", outlet != null ? outlet : config.title().in(article.lang()));
            out.writeEndObject();
            out.writeArrayFieldStart("about");
            for (String kind : TagEntry.KINDS) {
                for (TagEntry e : tags.in(article, kind)) {
                    out.writeStartObject();
                    out.writeStringField("@type", type(kind));
                    out.writeStringField("@id", config.absoluteUrl(e.path()));
                    String name = e.name().in(article.lang());
                    out.writeStringField("name", name);
                    String other = e.name().in(article.lang().other());
                    if (other != null && !other.equals(name)) {
                        out.writeStringField("alternateName", other);
                    }
                    out.writeEndObject();
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
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
