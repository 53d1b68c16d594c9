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
 * Writes a JSON Feed 1.1 (jsonfeed.org) with Jackson: the same articles as the Atom feed beside it, with the body
 * HTML and tags in a full feed, the summary as {@code content_text} in a lean one.
 */
final class JsonFeedWriter {

    private final ObjectMapper json = new ObjectMapper();
    private final SiteConfig config;

    JsonFeedWriter(SiteConfig config) {
        this.config = config;
    }

    String write(Feed feed, TagIndex tags) {
        ObjectNode root = json.createObjectNode();
        root.put("version", "https://jsonfeed.org/version/1.1");
        root.put("title", feed.title());
        root.put("home_page_url", config.absoluteUrl(feed.pagePath()));
        root.put("feed_url", config.absoluteUrl(feed.path() + ".json"));
        if (feed.description() != null) {
            root.put("description", feed.description());
        }
        root.put("language", feed.lang().code());
        ArrayNode items = root.putArray("items");
        for (Article a : feed.articles()) {
            ObjectNode item = items.addObject();
            item.put("id", config.absoluteUrl(a.path()));
            item.put("url", config.absoluteUrl(a.path()));
            item.put("title", a.title());
            if (feed.full()) {
                item.put("content_html", feed.body(a));
                if (a.summary() != null) {
                    item.put("summary", a.summary());
                }
            } else {
                item.put("content_text", a.summary() != null ? a.summary() : a.title());
            }
            item.put("date_published", a.posted().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            item.put("date_modified", a.lastModified().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            item.put("language", a.lang().code());
            if (a.byline() != null) {
                ArrayNode authors = item.putArray("authors");
                BylineAuthor.all(a.byline()).forEach(author -> authors.addObject().put("name", author.name()));
            }
            if (feed.full()) {
                ArrayNode tagNames = item.putArray("tags");
                for (String kind : TagEntry.KINDS) {
                    for (TagEntry e : tags.in(a, kind)) {
                        String name = e.name().in(a.lang());
                        tagNames.add(name != null ? name : e.id());
                    }
                }
            }
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
