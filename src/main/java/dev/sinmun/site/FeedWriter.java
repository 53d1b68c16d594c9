package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with StAX: absolute URLs and summaries; a full feed adds each article's HTML
 * body and its tags as categories.
 */
final class FeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private final SiteConfig config;

    FeedWriter(SiteConfig config) {
        this.config = config;
    }

    String write(Feed feed, TagIndex tags) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", feed.lang().code());
            text(xml, "title", feed.title());
            if (feed.description() != null) {
                text(xml, "subtitle", feed.description());
            }
            link(xml, "self", "application/atom+xml", config.absoluteUrl(feed.path() + ".xml"));
            link(xml, "alternate", "text/html", config.absoluteUrl(feed.pagePath()));
            text(xml, "id", config.absoluteUrl(feed.pagePath()));
            text(xml, "updated", iso(feed.updated()));
            xml.writeStartElement("author");
            text(xml, "name", config.title().in(feed.lang()));
            xml.writeEndElement();
            text(xml, "generator", "Sinmun");
            for (Article a : feed.articles()) {
                entry(xml, a, tags, feed);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed " + feed.path(), e);
        }
        return out + "\n";
    }

    private void entry(XMLStreamWriter xml, Article a, TagIndex tags, Feed feed) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("entry");
        xml.writeAttribute("xml:lang", a.lang().code());
        text(xml, "title", a.title());
        link(xml, "alternate", "text/html", config.absoluteUrl(a.path()));
        text(xml, "id", config.absoluteUrl(a.path()));
        text(xml, "published", iso(a.posted()));
        text(xml, "updated", iso(a.lastModified()));
        if (a.byline() != null) {
            for (BylineAuthor author : BylineAuthor.all(a.byline())) {
                xml.writeStartElement("author");
                text(xml, "name", author.name());
                if (author.email() != null) {
                    text(xml, "email", author.email());
                }
                xml.writeEndElement();
            }
        }
        if (feed.full()) {
            categories(xml, a, tags);
        }
        if (a.summary() != null) {
            text(xml, "summary", a.summary());
        }
        if (feed.full()) {
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(feed.body(a));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void categories(XMLStreamWriter xml, Article a, TagIndex tags) throws XMLStreamException {
        for (String kind : TagEntry.KINDS) {
            for (TagEntry e : tags.in(a, kind)) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("scheme", config.absoluteUrl(kind + "/"));
                xml.writeAttribute("term", e.id());
                String label = e.name().in(a.lang());
                if (label != null) {
                    xml.writeAttribute("label", label);
                }
            }
        }
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String iso(OffsetDateTime date) {
        return date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
