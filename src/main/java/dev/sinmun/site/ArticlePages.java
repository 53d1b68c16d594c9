package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.render.BodyRenderer;
import dev.sinmun.tags.TagIndex;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every article's page in its own language: body, dates, tags, previous/next article of the same language,
 * related articles, language versions, OpenGraph and JSON-LD. Each body's HTML and text is handed on (for the
 * feeds and the search index) and then let go, so memory does not grow with the archive.
 */
final class ArticlePages {

    static final int RELATED = 5;

    private final SiteConfig config;
    private final BodyRenderer bodies;

    ArticlePages(SiteConfig config, BodyRenderer bodies) {
        this.config = config;
        this.bodies = bodies;
    }

    /** An article's body as HTML, and as plain text for search. */
    record Body(Article article, String html, String text) {
    }

    private record Rendered(Runnable then, PageWriter.Prepared page) {
    }

    /**
     * Renders the pages on {@code pool}'s threads and writes them newest first, reading each body with
     * {@code bodyOf}. {@code onBody} hears each body rendered, on the render thread; what it returns runs on the
     * calling thread, in the order of the pages.
     */
    void write(List<Article> library, Function<Article, String> bodyOf, TagIndex tags, TranslationLinks translations,
               PageWriter pages, RenderPool pool, Function<Body, Runnable> onBody) {
        NewsArticleJsonLd jsonLd = new NewsArticleJsonLd(config);
        Map<Lang, List<Article>> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            byLang.put(lang, library.stream().filter(a -> a.lang() == lang).sorted(TagIndex.NEWEST_FIRST).toList());
        }
        Map<Article, Integer> position = new IdentityHashMap<>();
        byLang.values().forEach(list -> {
            for (int k = 0; k < list.size(); k++) {
                position.put(list.get(k), k);
            }
        });
        pool.forEach(library.stream().sorted(TagIndex.NEWEST_FIRST)
                .filter(a -> pages.lists() || pages.renders(a.path())).toList(), article -> {
            Map<Lang, String> versions = new EnumMap<>(Lang.class);
            versions.put(article.lang(), article.path());
            translations.inSite(article).forEach((l, a) -> versions.put(l, a.path()));
            if (!pages.renders(article.path())) {
                return new Rendered(null, pages.prepare("pages/article", article.lang(), versions,
                        translations.switchHref(article), article.lastModified(), "feed", Map.of()));
            }
            BodyRenderer.Html body = bodies.render(bodyOf.apply(article));
            List<Article> sameLang = byLang.get(article.lang());
            int i = position.get(article);
            Map<String, String> translationHrefs = new HashMap<>();
            for (Lang l : Lang.values()) {
                String href = translations.translationHref(article, l);
                translationHrefs.put(l.code(), href == null ? "" : href);
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put("article", article);
            vars.put("bodyHtml", body.html());
            vars.put("tags", tags);
            vars.put("newer", i > 0 ? sameLang.get(i - 1) : null);
            vars.put("older", i + 1 < sameLang.size() ? sameLang.get(i + 1) : null);
            vars.put("related", tags.related(article, RELATED));
            vars.put("translationHrefs", translationHrefs);
            vars.put("month", YearMonth.from(article.posted()));
            vars.put("jsonLd", jsonLd.of(article, tags));
            return new Rendered(onBody.apply(new Body(article, body.html(), body.text())),
                    pages.prepare("pages/article", article.lang(), versions, translations.switchHref(article),
                            article.lastModified(), "feed", vars));
        }, rendered -> {
            pages.commit(rendered.page());
            if (rendered.then() != null) {
                rendered.then().run();
            }
        });
        pages.forgetCards();
    }
}
