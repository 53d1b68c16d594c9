package dev.sinmun.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The addresses a saved page carries (links, images, lazy images, meta content), rewritten as a copy's maps them. */
final class PageAddresses {

    private static final List<String> ATTRIBUTES = List.of("href", "src", "data-src", "data-original", "data-lazy-src",
            "content");

    private PageAddresses() {
    }

    /** Replaces each address {@code original} gives another for; the others stay. */
    static void rewrite(Document page, Function<String, Optional<String>> original) {
        for (Element e : page.getAllElements()) {
            for (String attribute : ATTRIBUTES) {
                if (e.hasAttr(attribute)) {
                    original.apply(e.attr(attribute)).ifPresent(url -> e.attr(attribute, url));
                }
            }
        }
    }
}
