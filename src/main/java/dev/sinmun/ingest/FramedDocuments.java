package dev.sinmun.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The documents a page holds inside {@code <iframe srcdoc="…">} (a viewer that frames the article), put in the
 * frame's place so that the article and its metadata read like the rest of the page.
 */
final class FramedDocuments {

    /** Replaces each frame whose srcdoc has text of its own with that document's body; its head joins the page's. */
    void inline(Document page) {
        for (Element frame : page.select("iframe[srcdoc]")) {
            Document inner = Jsoup.parse(frame.attr("srcdoc"), page.location());
            if (inner.body().text().isBlank()) {
                continue;
            }
            for (Element e : inner.head().select("meta[name], meta[property], link[rel], script[type]")) {
                page.head().appendChild(e.clone());
            }
            if (page.title().isBlank() && !inner.title().isBlank()) {
                page.title(inner.title());
            }
            Element wrapper = new Element("div").addClass("srcdoc");
            inner.body().childNodes().forEach(n -> wrapper.appendChild(n.clone()));
            frame.replaceWith(wrapper);
        }
    }
}
