package dev.sinmun.site;

import dev.sinmun.render.Alternate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code sitemap.xml} (sitemaps.org 0.9) with StAX: one {@code <url>} per page, sorted by URL, with
 * {@code xhtml:link} language alternates.
 */
final class SitemapWriter {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** One page of the sitemap: its absolute URL, when it last changed, and its language versions. */
    record Entry(String loc, OffsetDateTime lastmod, List<Alternate> alternates) {
    }

    /** The sitemap protocol's limit of URLs per file. */
    static final int LIMIT = 50_000;

    /**
     * The sitemap files, site path → content: {@code sitemap.xml} alone when the site has at most {@code limit}
     * pages; above that, {@code sitemap.xml} is an index of {@code sitemap-1.xml}, {@code sitemap-2.xml}, … of at most
     * {@code limit} URLs each (in URL order). {@code absoluteUrl} turns a site path into the URL the index lists.
     */
    Map<String, String> files(List<Entry> entries, Function<String, String> absoluteUrl, int limit) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::loc)).toList();
        Map<String, String> files = new LinkedHashMap<>();
        if (sorted.size() <= limit) {
            files.put("sitemap.xml", write(sorted));
            return files;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += limit) {
            String part = "sitemap-" + (parts.size() + 1) + ".xml";
            files.put(part, write(sorted.subList(from, Math.min(sorted.size(), from + limit))));
            parts.add(part);
        }
        files.put("sitemap.xml", document("sitemapindex", xml -> {
            for (String part : parts) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("sitemap");
                element(xml, "loc", absoluteUrl.apply(part));
                xml.writeEndElement();
            }
        }));
        return files;
    }

    String write(List<Entry> entries) {
        return document("urlset", xml -> {
            xml.writeNamespace("xhtml", XHTML);
            for (Entry entry : entries.stream().sorted(Comparator.comparing(Entry::loc)).toList()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", entry.loc());
                if (entry.lastmod() != null) {
                    element(xml, "lastmod", entry.lastmod().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                }
                for (Alternate alternate : entry.alternates()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.hreflang());
                    xml.writeAttribute("href", alternate.href());
                }
                xml.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A sitemap-protocol XML document: its root element in the protocol's namespace, around {@code body}. */
    private static String document(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the " + root, e);
        }
        return out + "\n";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
