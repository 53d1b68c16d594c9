package dev.sinmun.site;

import dev.sinmun.render.Alternate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

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

    String write(List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
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
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out + "\n";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
