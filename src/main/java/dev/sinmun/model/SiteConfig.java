package dev.sinmun.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The site's settings, read once from {@code site/sinmun.yml} and the command line, then passed down.
 *
 * @param title       the site's name in both languages
 * @param description one line about the archive in both languages
 * @param baseUrl     absolute URL the site is served from, always ending in {@code /}
 *                    (e.g. {@code https://user.github.io/archive/})
 * @param timeZone    the zone dates are shown in when an article has none (the paper's local time)
 * @param defaultLang the language of the home page
 * @param docs        whether every page's footer links to the project's documentation under {@code about/sinmun/},
 *                    which {@code mvn site} renders there
 */
public record SiteConfig(BilingualName title, BilingualName description, String baseUrl, ZoneId timeZone, Lang defaultLang,
                         boolean docs) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(defaultLang, "defaultLang");
        baseUrl = normalizeBaseUrl(baseUrl);
    }

    /** A small valid configuration for tests. */
    public static SiteConfig forTest() {
        return new SiteConfig(new BilingualName("Test Archive", "테스트 아카이브"),
                new BilingualName("A test archive", "테스트용 아카이브"),
                "https://example.org/", ZoneId.of("Asia/Seoul"), Lang.EN, false);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, timeZone, defaultLang, docs);
    }

    public SiteConfig withDocs(boolean linked) {
        return new SiteConfig(title, description, baseUrl, timeZone, defaultLang, linked);
    }

    /** The path part of the base URL, e.g. {@code /archive/}; every internal link starts with it. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        boolean plain = scheme > 0 && baseUrl.indexOf('%') < 0 && baseUrl.indexOf('?') < 0 && baseUrl.indexOf('#') < 0
                && baseUrl.indexOf('[') < 0;
        if (plain) {
            int slash = baseUrl.indexOf('/', scheme + 3);
            return slash < 0 ? "/" : baseUrl.substring(slash);
        }
        String path = URI.create(baseUrl).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** An absolute URL for a site-relative path such as {@code articles/2020/09/x/}. */
    public String absoluteUrl(String sitePath) {
        return baseUrl + stripLeadingSlash(sitePath);
    }

    /** A root-relative URL (base path included) for a site-relative path. */
    public String url(String sitePath) {
        return basePath() + stripLeadingSlash(sitePath);
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String normalizeBaseUrl(String url) {
        Objects.requireNonNull(url, "baseUrl");
        URI uri = URI.create(url.trim());
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("base URL must be absolute, like https://user.github.io/archive/: " + url);
        }
        String s = uri.toString();
        return s.endsWith("/") ? s : s + "/";
    }
}
