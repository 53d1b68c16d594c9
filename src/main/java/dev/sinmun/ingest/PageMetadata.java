package dev.sinmun.ingest;

import java.util.List;

/**
 * What a page says about itself in machine-readable form (JSON-LD, Open Graph, {@code <meta>}, {@code <link>}),
 * before any guess from the visible text. Every field may be null or empty.
 *
 * @param headline     JSON-LD {@code headline}, else {@code og:title}
 * @param published    JSON-LD {@code datePublished}, else {@code article:published_time}, {@code DC.date} and
 *                     similar, as written
 * @param modified     JSON-LD {@code dateModified}, else {@code article:modified_time}, as written
 * @param authors      JSON-LD author names, else {@code meta name=author}
 * @param language     {@code <html lang>}, else {@code og:locale}, else JSON-LD {@code inLanguage}, as written
 * @param canonical    the absolute canonical URL ({@code link rel=canonical}, else {@code og:url})
 * @param siteName     {@code og:site_name} or the JSON-LD publisher
 * @param alternates   {@code link rel=alternate hreflang} targets, as "lang url" pairs
 * @param socialTitle  {@code og:title}, else {@code twitter:title}
 * @param documentTitle the Dublin Core title ({@code DC.title}, {@code dcterms.title})
 * @param press        the outlet a portal's copy names: Daum's {@code article:media_name}, Naver's
 *                     {@code og:article:author} ("연합뉴스 | 네이버")
 * @param article      whether the page calls itself an article: a JSON-LD article, {@code og:type} "article" or an
 *                     {@code article:published_time}
 */
record PageMetadata(String headline, String published, String modified, List<String> authors, String language,
                    String canonical, String siteName, List<Alternate> alternates, String socialTitle,
                    String documentTitle, String press, boolean article) {

    /** An other-language version the page declares. */
    record Alternate(String hreflang, String url) {
    }

    PageMetadata {
        authors = List.copyOf(authors);
        alternates = List.copyOf(alternates);
    }
}
