package dev.sinmun.render;

import dev.sinmun.model.Lang;
import dev.sinmun.model.SiteConfig;

import java.util.List;

/**
 * What the layout needs to know about a page beyond its content, as {@code page} in every template.
 *
 * @param lang        the page's language code ({@code en}, {@code ko})
 * @param otherLang   the other language's code, for the language switch
 * @param path        site-relative path of this page
 * @param prefix      site-relative path prefix of this language's pages ({@code ""} or {@code ko/})
 * @param canonical   absolute canonical URL
 * @param alternates  reciprocal language versions, x-default last; empty when the page has none
 * @param switchHref  where the language switch goes (root-relative or absolute URL)
 * @param feed        site path of the page's Atom feed without suffix ({@code feed}, {@code ko/feed},
 *                    {@code people/x/feed})
 */
public record PageMeta(String lang, String otherLang, String path, String prefix, String canonical,
                       List<Alternate> alternates, String switchHref, String feed) {

    /** The site feed's path without suffix; each language other than the site's own has one under its prefix. */
    public static final String SITE_FEED = "feed";

    public PageMeta {
        alternates = List.copyOf(alternates);
    }

    /** The feed a page in {@code lang} links to: {@code feed} as given, the site feed in the page's language. */
    public static String feedIn(SiteConfig config, Lang lang, String feed) {
        return feed.equals(SITE_FEED) && lang != config.defaultLang() ? lang.code() + "/" + SITE_FEED : feed;
    }

    /** A page with no other language version: the switch goes to the other language's home. */
    public static PageMeta single(SiteConfig config, Lang lang, String path) {
        String prefix = lang == config.defaultLang() ? "" : lang.code() + "/";
        String otherHome = lang.other() == config.defaultLang() ? "" : lang.other().code() + "/";
        return new PageMeta(lang.code(), lang.other().code(), path, prefix, config.absoluteUrl(path), List.of(),
                config.url(otherHome), feedIn(config, lang, SITE_FEED));
    }
}
