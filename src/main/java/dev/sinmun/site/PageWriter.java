package dev.sinmun.site;

import dev.sinmun.model.Lang;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.render.Alternate;
import dev.sinmun.render.PageMeta;
import dev.sinmun.render.PageRenderer;
import dev.sinmun.render.RenderedPage;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders pages into the output, giving each its {@link PageMeta} (language versions, switch, canonical URL)
 * and remembering every page for the sitemap. Pages the {@link PagePlan} leaves out are listed, not rendered.
 */
final class PageWriter {

    private final PageRenderer renderer;
    private final OutputDir out;
    private final SiteConfig config;
    private final OffsetDateTime siteUpdated;
    private final PagePlan plan;
    private final List<SitemapWriter.Entry> sitemap = new ArrayList<>();

    /** {@code siteUpdated}: the sitemap date of a page without articles of its own (null for an empty site). */
    PageWriter(PageRenderer renderer, OutputDir out, SiteConfig config, OffsetDateTime siteUpdated, PagePlan plan) {
        this.renderer = renderer;
        this.out = out;
        this.config = config;
        this.siteUpdated = siteUpdated;
        this.plan = plan;
    }

    /** Whether the page at this site path is rendered in this build. */
    boolean renders(String path) {
        return plan.renders(path);
    }

    /** Whether every page is visited (for the sitemap), or only those rendered. */
    boolean lists() {
        return plan.lists();
    }

    /** The site path of a language-neutral path in {@code lang}: the default language at the root, others under their code. */
    static String localized(SiteConfig config, Lang lang, String path) {
        return lang == config.defaultLang() ? path : lang.code() + "/" + path;
    }

    /** A page that exists in both languages at {@code path} and {@code ko/path}. */
    void bilingual(String template, String path, OffsetDateTime lastmod, String feed,
                   Function<Lang, Map<String, Object>> variables) {
        Map<Lang, String> versions = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            versions.put(lang, localized(config, lang, path));
        }
        List<Alternate> alternates = alternates(versions);
        for (Lang lang : Lang.values()) {
            String switchHref = config.url(versions.get(lang.other()));
            Map<String, Object> vars = plan.renders(versions.get(lang)) ? variables.apply(lang) : Map.of();
            commit(prepare(template, lang, versions, alternates, switchHref, lastmod, feed, vars));
        }
    }

    /** As {@link #bilingual}, without writing: both pages, to {@link #commit} in order. */
    List<Prepared> prepareBilingual(String template, String path, OffsetDateTime lastmod, String feed,
                                    Function<Lang, Map<String, Object>> variables) {
        Map<Lang, String> versions = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            versions.put(lang, localized(config, lang, path));
        }
        List<Prepared> prepared = new ArrayList<>();
        List<Alternate> alternates = alternates(versions);
        for (Lang lang : Lang.values()) {
            String switchHref = config.url(versions.get(lang.other()));
            Map<String, Object> vars = plan.renders(versions.get(lang)) ? variables.apply(lang) : Map.of();
            prepared.add(prepare(template, lang, versions, alternates, switchHref, lastmod, feed, vars));
        }
        return prepared;
    }

    /**
     * A page rendered but not yet written (null when the plan leaves it out): {@link #prepare} may run on any thread,
     * {@link #commit} in page order.
     */
    record Prepared(RenderedPage page, SitemapWriter.Entry entry) {
    }

    /**
     * Renders one page in one language without writing it; safe to call from several threads at once.
     *
     * @param versions   site paths of this page in each language it exists in (itself included)
     * @param switchHref where the language switch goes
     */
    Prepared prepare(String template, Lang lang, Map<Lang, String> versions, String switchHref, OffsetDateTime lastmod,
                     String feed, Map<String, Object> variables) {
        return prepare(template, lang, versions, alternates(versions), switchHref, lastmod, feed, variables);
    }

    /** As above, with the page's language versions as {@link #alternates} gives them (shared by both languages). */
    private Prepared prepare(String template, Lang lang, Map<Lang, String> versions, List<Alternate> alternates,
                             String switchHref, OffsetDateTime lastmod, String feed, Map<String, Object> variables) {
        String path = versions.get(lang);
        String loc = alternates.stream().filter(a -> a.hreflang().equals(lang.code())).map(Alternate::href)
                .findFirst().orElseGet(() -> config.absoluteUrl(path));
        SitemapWriter.Entry entry = new SitemapWriter.Entry(loc, lastmod != null ? lastmod : siteUpdated, alternates);
        if (!plan.renders(path)) {
            return new Prepared(null, entry);
        }
        plan.shows(path, variables);
        PageMeta meta = new PageMeta(lang.code(), lang.other().code(), path, localized(config, lang, ""),
                config.absoluteUrl(path), alternates, switchHref, PageMeta.feedIn(config, lang, feed));
        Map<String, Object> vars = new HashMap<>(variables);
        vars.put("page", meta);
        return new Prepared(renderer.render(template, path, lang.code(), vars), entry);
    }

    /** Writes a prepared page, if it was rendered, and lists it in the sitemap. */
    void commit(Prepared prepared) {
        if (prepared.page() != null) {
            out.write(prepared.page());
        }
        sitemap.add(prepared.entry());
    }

    /** A page outside the sitemap (the 404 page). */
    void unlisted(String template, String path, Lang lang, Map<String, Object> variables) {
        if (!plan.renders(path)) {
            return;
        }
        Map<String, Object> vars = new HashMap<>(variables);
        vars.put("page", PageMeta.single(config, lang, path));
        out.write(renderer.render(template, path, lang.code(), vars));
    }

    /** Lets the article cards rendered so far go: at the end of each stage that shows them. */
    void forgetCards() {
        renderer.forgetCards();
    }

    List<SitemapWriter.Entry> sitemap() {
        return List.copyOf(sitemap);
    }

    private List<Alternate> alternates(Map<Lang, String> versions) {
        if (versions.size() < 2) {
            return List.of();
        }
        List<Alternate> list = new ArrayList<>();
        versions.forEach((l, p) -> list.add(new Alternate(l.code(), config.absoluteUrl(p))));
        String fallback = versions.getOrDefault(config.defaultLang(), versions.values().iterator().next());
        list.add(new Alternate("x-default", config.absoluteUrl(fallback)));
        return list;
    }
}
