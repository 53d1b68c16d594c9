package dev.sinmun.site;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** Writes {@code sitemap.xml} (sitemaps.org 0.9) with StAX: one {@code <url>} per page, sorted by URL. */
final class SitemapWriter {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** One page of the sitemap: its absolute URL and when it last changed. */
    record Entry(String loc, OffsetDateTime lastmod) {
    }

    String write(List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (Entry entry : entries.stream().sorted(Comparator.comparing(Entry::loc)).toList()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", entry.loc());
                if (entry.lastmod() != null) {
                    element(xml, "lastmod", entry.lastmod().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
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
