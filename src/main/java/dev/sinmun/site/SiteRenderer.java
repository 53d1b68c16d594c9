package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.render.BodyRenderer;
import dev.sinmun.render.DateFilter;
import dev.sinmun.render.PageRenderer;
import dev.sinmun.render.Templates;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes the whole static site for a list of articles: a flat list of named, timed stages.
 * The Pebble engine and the Markdown renderer are built once, in the constructor.
 */
public final class SiteRenderer {

    private final SiteConfig config;
    private final ProjectLayout layout;
    private final BodyRenderer bodies = new BodyRenderer();
    private final PageRenderer pages;
    private final int threads;

    /** A renderer that uses every available core. */
    public SiteRenderer(SiteConfig config, ProjectLayout layout) {
        this(config, layout, Runtime.getRuntime().availableProcessors());
    }

    /** A renderer that renders pages on {@code threads} threads; the output is the same for any count. */
    public SiteRenderer(SiteConfig config, ProjectLayout layout, int threads) {
        this.config = Objects.requireNonNull(config, "config");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.pages = new PageRenderer(Templates.engine(config, layout), config);
        this.threads = threads;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** Renders every page, feed and static file into {@code outDir}, which is created or emptied first. */
    public BuildReport render(List<Article> articles, Path outDir) {
        return render(articles, outDir, ProgressListener.NONE);
    }

    /** As {@link #render(List, Path)}; {@code onPage} hears how many pages are written so far. */
    public BuildReport render(List<Article> articles, Path outDir, ProgressListener onPage) {
        try (RenderPool pool = new RenderPool(threads)) {
            return render(articles, outDir, onPage, pool);
        }
    }

    private BuildReport render(List<Article> articles, Path outDir, ProgressListener onPage, RenderPool pool) {
        Build build = new Build();
        OutputDir out = build.timed("clean output", () -> OutputDir.clean(outDir, layout, onPage));
        List<Article> library = build.timed("check articles",
                () -> new ArticleChecks(layout).publishable(articles, build.problems));
        TagIndex tags = build.timed("index tags", () -> TagIndex.of(library));
        PageWriter writer = new PageWriter(pages, out, config, ArchivePages.newestDate(library));
        build.timed("copy static", () -> copyStatic(out));
        TranslationLinks translations = build.timed("link translations", () -> new TranslationLinks(config, library));
        Map<String, String> html = build.timed("render articles",
                () -> new ArticlePages(config, bodies).write(library, tags, translations, writer, pool));
        build.timed("render home and date archive", () -> new ArchivePages().write(library, tags, writer));
        build.timed("render tag indexes and tag pages", () -> new TagPages().write(tags, writer, pool));
        build.timed("render search page", () -> writer.bilingual("pages/search", "search/",
                ArchivePages.newestDate(library), "feed", lang -> Map.of()));
        build.timed("feeds", () -> writeFeeds(library, tags, html, out));
        build.timed("tag graph", () -> out.write("tags.json", new TagGraphWriter(config).write(tags)));
        build.timed("index names", () -> TagEntry.KINDS.forEach(kind ->
                out.write(kind + "/names.json", new IndexNamesWriter().write(tags.entries(kind)))));
        build.timed("search index", () -> new SearchIndexWriter().write(searchDocs(library, tags, html)).forEach(out::write));
        build.timed("sitemap", () -> out.write("sitemap.xml", new SitemapWriter().write(writer.sitemap())));
        build.timed("robots.txt", () -> out.write("robots.txt",
                "User-agent: *\nAllow: /\nSitemap: " + config.absoluteUrl("sitemap.xml") + "\n"));
        build.timed("404", () -> writer.unlisted("pages/404", "404.html", config.defaultLang(), Map.of()));
        build.timed(".nojekyll", () -> out.write(".nojekyll", new byte[0]));
        return new BuildReport(out.pages(), out.files(), build.problems, build.stages);
    }

    private static final class Build {
        final List<StageTime> stages = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        <T> T timed(String name, Supplier<T> stage) {
            long start = System.nanoTime();
            T result = stage.get();
            stages.add(new StageTime(name, Duration.ofNanos(System.nanoTime() - start)));
            return result;
        }

        void timed(String name, Runnable stage) {
            timed(name, () -> {
                stage.run();
                return null;
            });
        }
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

    private void writeFeeds(List<Article> library, TagIndex tags, Map<String, String> html, OutputDir out) {
        List<Feed> feeds = new ArrayList<>();
        Lang lang = config.defaultLang();
        feeds.add(feed("feed", config.title().in(lang), config.description().in(lang), "", library, html));
        for (TagEntry entry : Stream.concat(tags.people().stream(), tags.topics().stream()).toList()) {
            String name = entry.name().in(lang);
            feeds.add(feed(entry.path() + "feed", name + " — " + config.title().in(lang), null, entry.path(),
                    entry.articles(), null));
        }
        FeedWriter atom = new FeedWriter(config);
        JsonFeedWriter jsonFeed = new JsonFeedWriter(config);
        for (Feed feed : feeds) {
            out.write(feed.path() + ".xml", atom.write(feed, tags));
            out.write(feed.path() + ".json", jsonFeed.write(feed, tags));
        }
    }

    private static Feed feed(String path, String title, String description, String pagePath, List<Article> articles,
                             Map<String, String> bodies) {
        List<Article> newest = articles.stream().sorted(TagIndex.NEWEST_FIRST)
                .limit(bodies != null ? Feed.SIZE : Feed.TERM_SIZE).toList();
        return new Feed(path, title, description, pagePath, newest, feedUpdated(articles), bodies);
    }

    private List<SearchDoc> searchDocs(List<Article> library, TagIndex tags, Map<String, String> html) {
        List<SearchDoc> docs = new ArrayList<>();
        for (Article a : library.stream().sorted(TagIndex.NEWEST_FIRST).toList()) {
            List<String> names = new ArrayList<>();
            for (String kind : TagEntry.KINDS) {
                for (TagEntry e : tags.in(a, kind)) {
                    Stream.of(e.name().en(), e.name().ko()).filter(Objects::nonNull).forEach(names::add);
                }
            }
            String text = Jsoup.parseBodyFragment(html.getOrDefault(a.path(), "")).text();
            docs.add(new SearchDoc(a.title(), config.url(a.path()), a.lang().code(),
                    DateFilter.format(a.posted(), false, true), DateFilter.format(a.posted(), true, true), names, text));
        }
        return docs;
    }

    /** Atom requires an update time even for an empty feed: the epoch then, never "now". */
    private static OffsetDateTime feedUpdated(List<Article> articles) {
        OffsetDateTime newest = ArchivePages.newestDate(articles);
        return newest != null ? newest : Feed.EPOCH;
    }
}
