package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.render.BodyRenderer;
import dev.sinmun.render.DateFilter;
import dev.sinmun.render.PageMeta;
import dev.sinmun.render.PageRenderer;
import dev.sinmun.render.Templates;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;
import io.pebbletemplates.pebble.PebbleEngine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Writes the whole static site for a list of articles: a flat list of named, timed stages.
 * The Pebble engine and the Markdown renderer are built once, on a thread of their own started by the constructor,
 * while the articles are read and indexed.
 */
public final class SiteRenderer {

    /**
     * The template every build renders (an update renders at least the changed article's page), compiled early, and
     * the HTML escaper's tables built, while the articles are read and indexed.
     */
    private static final String ARTICLE_TEMPLATE = "pages/article";
    /** Markdown rendered once while the articles are indexed, so the first body does not wait for the classes. */
    private static final String WARM_UP = "A *first* paragraph with a [link](https://example.org/).\n\n- one\n- two\n\n"
            + "| a | b |\n|---|---|\n| 1 | 2 |\n";

    private final SiteConfig config;
    private final ProjectLayout layout;
    private final Background<Engines> engines;
    private final int threads;

    private record Engines(PageRenderer pages, BodyRenderer bodies) {
    }

    /** A renderer that uses every available core. */
    public SiteRenderer(SiteConfig config, ProjectLayout layout) {
        this(config, layout, Runtime.getRuntime().availableProcessors());
    }

    /** A renderer that renders pages on {@code threads} threads; the output is the same for any count. */
    public SiteRenderer(SiteConfig config, ProjectLayout layout, int threads) {
        this.config = Objects.requireNonNull(config, "config");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.threads = threads;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.engines = Background.start("sinmun-engines", () -> engines(config, layout));
    }

    private static Engines engines(SiteConfig config, ProjectLayout layout) {
        PebbleEngine engine = Templates.engine(config, layout);
        try {
            engine.getTemplate(ARTICLE_TEMPLATE);
            engine.getLiteralTemplate("{{ escaped }}").evaluate(new StringWriter(), Map.of("escaped", "<&>"));
        } catch (RuntimeException | IOException e) {
            // a broken template is reported when a page is rendered with it
        }
        BodyRenderer bodies = new BodyRenderer();
        bodies.toHtml(WARM_UP);
        return new Engines(new PageRenderer(engine, config), bodies);
    }

    private Engines engines() {
        return engines.get();
    }

    /** Renders every page, feed and static file into {@code outDir}, which is created or emptied first. */
    public BuildReport render(List<Article> articles, Path outDir) {
        return render(articles, outDir, ProgressListener.NONE);
    }

    /** As {@link #render(List, Path)}; {@code onPage} hears how many pages are written so far. */
    public BuildReport render(List<Article> articles, Path outDir, ProgressListener onPage) {
        return render(articles, Article::body, outDir, onPage);
    }

    /**
     * As {@link #render(List, Path, ProgressListener)}, for articles held without their bodies: {@code bodyOf}
     * reads each body when its page is rendered, and no body is kept after that.
     */
    public BuildReport render(List<Article> articles, Function<Article, String> bodyOf, Path outDir,
                              ProgressListener onPage) {
        Build build = new Build();
        OutputDir out = build.timed("clean output", () -> OutputDir.clean(outDir, layout, onPage));
        return render(articles, bodyOf, out, build, null).report();
    }

    /**
     * What a render made: the report for the user, and what the next build needs to update the site (the page graph
     * of a full build, null for an update, which leaves it as it was; the search shard lists).
     */
    record Rendering(BuildReport report, SiteGraph graph, SearchShards shards) {
    }

    /** Renders the whole site into {@code out}, freshly {@link OutputDir#clean cleaned}. */
    Rendering renderAll(List<Article> articles, Function<Article, String> bodyOf, OutputDir out) {
        return render(articles, bodyOf, out, new Build(), null);
    }

    /**
     * What changed since the build that made {@code previous}, when no article was added, removed, moved, re-dated
     * or re-tagged (so every list, pager and timeline stays as it was).
     *
     * @param pages        the site paths of the pages to render again
     * @param articles     the page paths of the articles whose body or front matter changed
     * @param slugs        their slugs
     * @param datesChanged whether one of them has another date of update (sitemap and feed dates follow it)
     * @param shards       the last build's search shard lists (at least those of {@code articles})
     */
    record Update(Set<String> pages, Set<String> articles, Set<String> slugs, boolean datesChanged,
                  SearchShards shards) {

        /** Whether {@code a} is one of the changed articles: its slug tells most others apart without their paths. */
        boolean changed(Article a) {
            return slugs.contains(a.slug()) && articles.contains(a.path());
        }
    }

    /**
     * Renders only the pages an {@link Update} names into {@code out} (an {@link OutputDir#update updating} one),
     * with the feeds and search shards holding the changed articles, and the sitemap.
     */
    Rendering update(List<Article> articles, Function<Article, String> bodyOf, OutputDir out, Update update) {
        return render(articles, bodyOf, out, new Build(), update);
    }

    private Rendering render(List<Article> articles, Function<Article, String> bodyOf, OutputDir out, Build build,
                             Update update) {
        try (RenderPool pool = new RenderPool(threads)) {
            return render(articles, bodyOf, out, build, update, pool);
        } catch (RuntimeException | Error e) {
            out.abandonWriting();
            throw e;
        }
    }

    private Rendering render(List<Article> articles, Function<Article, String> bodyOf, OutputDir out, Build build,
                             Update update, RenderPool pool) {
        boolean full = update == null;
        PagePlan plan = full ? PagePlan.all() : PagePlan.only(update.pages(), update.datesChanged());
        List<Article> library = full ? build.timed("check articles",
                () -> new ArticleChecks(layout).publishable(articles, build.problems))
                : build.timed("order articles", () -> articles.stream().sorted(TagIndex.NEWEST_FIRST).toList());
        TagIndex tags = build.timed("index tags", () -> TagIndex.of(library));
        Engines engines = full ? engines() : build.timed("wait for templates", () -> engines());
        OffsetDateTime siteDate = ArchivePages.newestDate(library);
        PageWriter writer = new PageWriter(engines.pages(), out, config, siteDate, plan);
        if (full) {
            build.timed("copy static", () -> copyStatic(out));
        }
        TranslationLinks translations = build.timed("link translations", () -> new TranslationLinks(config, library));
        List<Article> newest = full ? library.stream().sorted(TagIndex.NEWEST_FIRST).toList() : library;
        Set<Article> inSiteFeed = Collections.newSetFromMap(new IdentityHashMap<>());
        inSiteFeed.addAll(newest.subList(0, Math.min(Feed.SIZE, newest.size())));
        Map<String, String> html = new HashMap<>();
        SearchIndex search = new SearchIndex(newest, full ? null : update);
        build.timed("render articles", () -> new ArticlePages(config, engines.bodies()).write(library, bodyOf, tags,
                translations, writer, pool, body -> {
                    SearchIndex.Doc doc = search.prepare(body.article(), () -> searchDoc(body, tags));
                    return () -> {
                        if (inSiteFeed.contains(body.article())) {
                            html.put(body.article().path(), body.html());
                        }
                        search.add(doc, out);
                    };
                }));
        if (plan.visitsAny(SiteRenderer::isArchivePage)) {
            build.timed("render home and date archive", () -> new ArchivePages().write(library, tags, writer, pool));
        }
        if (plan.visitsAny(path -> TagEntry.KINDS.stream().anyMatch(kind -> path.startsWith(kind + "/")))) {
            build.timed("render tag indexes and tag pages", () -> new TagPages().write(tags, writer, pool, plan));
        }
        build.timed("render search page", () -> writer.bilingual("pages/search", "search/", siteDate, "feed",
                lang -> Map.of()));
        boolean sitemap = full || update.datesChanged();
        Background<Map<String, String>> sitemapFiles = sitemap ? sitemapFiles(writer.sitemap()) : null;
        Background<String> tagGraph = full ? Background.start("sinmun-tag-graph",
                () -> new TagGraphWriter(config).write(tags)) : null;
        search.finishInBackground(out);
        Predicate<TagEntry> feedOf = full ? entry -> true : inChangedArticles(library, tags, update);
        Predicate<Feed> feedChanged = full ? feed -> true : feedChanged(update);
        build.timed("feeds", () -> writeFeeds(library, tags, feedOf, feedChanged, html, bodyOf, out));
        if (full) {
            build.timed("tag graph", () -> out.write("tags.json", tagGraph.get()));
            build.timed("index names", () -> TagEntry.KINDS.forEach(kind ->
                    out.write(kind + "/names.json", new IndexNamesWriter().write(tags.entries(kind)))));
        }
        build.timed("search index", () -> search.finish(out, pool));
        if (sitemap) {
            build.timed("sitemap", () -> sitemapFiles.get().forEach(out::write));
        }
        if (full) {
            build.timed("robots.txt", () -> out.write("robots.txt",
                    "User-agent: *\nAllow: /\nSitemap: " + config.absoluteUrl("sitemap.xml") + "\n"));
            build.timed("404", () -> writer.unlisted("pages/404", "404.html", config.defaultLang(), Map.of()));
            build.timed(".nojekyll", () -> out.write(".nojekyll", new byte[0]));
        }
        build.timed("finish writing", out::finishWriting);
        SiteGraph graph = null;
        if (full) {
            PagePlan.Dependents shown = plan.dependents();
            graph = new SiteGraph(shown.pages(), shown.shownOn());
        }
        return new Rendering(new BuildReport(out.pages(), out.files(), build.problems, build.stages()), graph,
                search.shards());
    }

    /** A render's stage times and the problems it met. */
    private static final class Build extends StageClock {
        final List<Problem> problems = new ArrayList<>();
    }

    /** The sitemap files of {@code pages}, worked out on a thread of their own. */
    private Background<Map<String, String>> sitemapFiles(List<SitemapWriter.Entry> pages) {
        return Background.start("sinmun-sitemap",
                () -> new SitemapWriter().files(pages, config::absoluteUrl, SitemapWriter.LIMIT));
    }

    /** The project's {@code site/static/} verbatim, and any built-in asset it does not replace. */
    private void copyStatic(OutputDir out) {
        Path dir = layout.staticFiles();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.copy(file, dir.relativize(file).toString().replace('\\', '/'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String asset : BuiltInAssets.FILES) {
            if (!out.contains(asset)) {
                out.write(asset, BuiltInAssets.read(asset));
            }
        }
    }

    /**
     * Writes the site feed (every article), the other language's site feed (its articles, under its prefix) and the
     * feeds of the people and topics {@code feedOf} accepts, those {@code wanted} of them.
     */
    private void writeFeeds(List<Article> library, TagIndex tags, Predicate<TagEntry> feedOf, Predicate<Feed> wanted,
                            Map<String, String> html, Function<Article, String> bodyOf, OutputDir out) {
        List<Feed> feeds = new ArrayList<>();
        Lang lang = config.defaultLang();
        feeds.add(feed(PageMeta.SITE_FEED, lang, config.title().in(lang), config.description().in(lang), "", library,
                html));
        Lang other = lang.other();
        feeds.add(feed(other.code() + "/" + PageMeta.SITE_FEED, other, config.title().in(other),
                config.description().in(other), other.code() + "/",
                library.stream().filter(a -> a.lang() == other).toList(), html));
        for (TagEntry entry : Stream.concat(tags.people().stream(), tags.topics().stream()).filter(feedOf).toList()) {
            String name = entry.name().in(lang);
            feeds.add(feed(entry.path() + "feed", lang, name + " — " + config.title().in(lang), null, entry.path(),
                    entry.articles(), null));
        }
        FeedWriter atom = new FeedWriter(config);
        JsonFeedWriter jsonFeed = new JsonFeedWriter(config);
        for (Feed feed : feeds.stream().filter(wanted).toList()) {
            if (feed.full()) {
                BodyRenderer bodies = engines().bodies();
                feed.articles().forEach(a -> html.computeIfAbsent(a.path(), p -> bodies.toHtml(bodyOf.apply(a))));
            }
            out.write(feed.path() + ".xml", atom.write(feed, tags));
            out.write(feed.path() + ".json", jsonFeed.write(feed, tags));
        }
    }

    /**
     * The people and topics of the articles an update changed: only their feeds (and the site feed) can list a
     * changed article or take their date from one.
     */
    private static Predicate<TagEntry> inChangedArticles(List<Article> library, TagIndex tags, Update update) {
        Set<String> entries = new HashSet<>();
        for (Article a : library) {
            if (update.changed(a)) {
                Stream.of(TagEntry.PEOPLE, TagEntry.TOPICS).flatMap(kind -> tags.in(a, kind).stream())
                        .forEach(e -> entries.add(e.path()));
            }
        }
        return entry -> entries.contains(entry.path());
    }

    /**
     * Whether an update changes a feed (the site feed, or one of a changed article's people and topics): it lists a
     * changed article, or a changed article's date of update moved and the feed's own date may follow it.
     */
    private static Predicate<Feed> feedChanged(Update update) {
        return feed -> feed.articles().stream().anyMatch(update::changed)
                || update.datesChanged();
    }

    /** Whether a language-neutral site path is one of the home, archive, year or month pages. */
    private static boolean isArchivePage(String path) {
        return !path.startsWith("articles/") && !path.startsWith("search/")
                && TagEntry.KINDS.stream().noneMatch(kind -> path.startsWith(kind + "/"));
    }

    private static Feed feed(String path, Lang lang, String title, String description, String pagePath,
                             List<Article> articles, Map<String, String> bodies) {
        List<Article> newest = articles.stream().sorted(TagIndex.NEWEST_FIRST)
                .limit(bodies != null ? Feed.SIZE : Feed.TERM_SIZE).toList();
        return new Feed(path, lang, title, description, pagePath, newest, feedUpdated(articles), bodies);
    }

    private SearchDoc searchDoc(ArticlePages.Body body, TagIndex tags) {
        Article a = body.article();
        List<String> names = new ArrayList<>();
        for (String kind : TagEntry.KINDS) {
            for (TagEntry e : tags.in(a, kind)) {
                Stream.of(e.name().en(), e.name().ko()).filter(Objects::nonNull).forEach(names::add);
            }
        }
        return new SearchDoc(a.title(), config.url(a.path()), a.lang().code(),
                DateFilter.format(a.posted(), false, true), DateFilter.format(a.posted(), true, true), names,
                body.text());
    }

    /** Atom requires an update time even for an empty feed: the epoch then, never "now". */
    private static OffsetDateTime feedUpdated(List<Article> articles) {
        OffsetDateTime newest = ArchivePages.newestDate(articles);
        return newest != null ? newest : Feed.EPOCH;
    }
}
