package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.model.Translation;

import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which articles are translations of each other. A {@code translations.<lang>.url} is a site path
 * ({@code articles/2020/09/x/}, with or without the base path) or an absolute URL; when either article of a
 * pair names the other, both get each other as language versions, so alternates are always reciprocal.
 */
final class TranslationLinks {

    private final SiteConfig config;
    private final Map<String, Map<Lang, Article>> pairs = new HashMap<>();
    private final Map<String, Map<Lang, String>> external = new HashMap<>();

    TranslationLinks(SiteConfig config, List<Article> library) {
        this.config = config;
        Map<String, Article> byPath = new HashMap<>();
        library.forEach(a -> byPath.put(a.path(), a));
        for (Article a : library) {
            for (Translation t : a.translations()) {
                if (t.url() == null || t.lang() == a.lang()) {
                    continue;
                }
                Article other = byPath.get(sitePath(t.url()));
                if (other != null && other.lang() == t.lang()) {
                    pairs.computeIfAbsent(a.path(), k -> new EnumMap<>(Lang.class)).put(t.lang(), other);
                    pairs.computeIfAbsent(other.path(), k -> new EnumMap<>(Lang.class)).put(a.lang(), a);
                } else if (isHttp(t.url())) {
                    external.computeIfAbsent(a.path(), k -> new EnumMap<>(Lang.class)).put(t.lang(), t.url().strip());
                }
            }
        }
    }

    /** The article's translations in this site, by language. */
    Map<Lang, Article> inSite(Article article) {
        return pairs.getOrDefault(article.path(), Map.of());
    }

    /** Where the language switch of an article goes: its translation, else the other language's home. */
    String switchHref(Article article) {
        Lang other = article.lang().other();
        Article inSite = inSite(article).get(other);
        if (inSite != null) {
            return config.url(inSite.path());
        }
        String url = external.getOrDefault(article.path(), Map.of()).get(other);
        return url != null ? url : config.url(PageWriter.localized(config, other, ""));
    }

    /** The article's translation URL as a link target (root-relative in this site, or absolute), or null. */
    String translationHref(Article article, Lang lang) {
        Article inSite = inSite(article).get(lang);
        if (inSite != null) {
            return config.url(inSite.path());
        }
        return external.getOrDefault(article.path(), Map.of()).get(lang);
    }

    private String sitePath(String url) {
        String u = url.strip();
        if (u.startsWith(config.baseUrl())) {
            u = u.substring(config.baseUrl().length());
        } else if (u.startsWith(config.basePath())) {
            u = u.substring(config.basePath().length());
        } else if (u.startsWith("/")) {
            u = u.substring(1);
        }
        int cut = u.indexOf('#');
        u = cut >= 0 ? u.substring(0, cut) : u;
        u = u.endsWith("index.html") ? u.substring(0, u.length() - "index.html".length()) : u;
        return u.endsWith("/") ? u : u + "/";
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
