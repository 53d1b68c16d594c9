package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.render.BodyRenderer;
import dev.sinmun.render.PageRenderer;
import dev.sinmun.render.Templates;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    public SiteRenderer(SiteConfig config, ProjectLayout layout) {
        this.config = Objects.requireNonNull(config, "config");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.pages = new PageRenderer(Templates.engine(config, layout), config);
    }

    /** Renders every page, feed and static file into {@code outDir}, which is created or emptied first. */
    public BuildReport render(List<Article> articles, Path outDir) {
        return render(articles, outDir, ProgressListener.NONE);
    }

    /** As {@link #render(List, Path)}; {@code onPage} hears how many pages are written so far. */
    public BuildReport render(List<Article> articles, Path outDir, ProgressListener onPage) {
        Build build = new Build();
        OutputDir out = build.timed("clean output", () -> OutputDir.clean(outDir, layout, onPage));
        List<Article> library = build.timed("check articles",
                () -> new ArticleChecks(layout).publishable(articles, build.problems));
        TagIndex tags = build.timed("index tags", () -> TagIndex.of(library));
        build.timed("copy static", () -> copyStatic(out, build.problems));
        Map<String, String> html = build.timed("render articles", () -> renderArticles(library, tags, out));
        build.timed("render home", () -> out.write(pages.render("pages/home", "", "en",
                Map.of("articles", library, "tags", tags))));
        build.timed("render tag indexes and tag pages", () -> renderTags(tags, out));
        build.timed("feed", () -> out.write("feed.xml", pages.render("feeds/atom.xml", "feed.xml", "en",
                Map.of("articles", library, "tags", tags, "bodies", html, "updated", feedUpdated(library))).content()));
        build.timed("sitemap", () -> out.write("sitemap.xml", new SitemapWriter().write(sitemap(library, tags))));
        build.timed("404", () -> out.write(pages.render("pages/404", "404.html", "en", Map.of())));
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

    private void copyStatic(OutputDir out, List<Problem> problems) {
        Path dir = layout.staticFiles();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.of(layout.relative(dir), "no static files directory",
                    "create it with css/sinmun.css, or pages will have no stylesheet"));
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.copy(file, dir.relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> renderArticles(List<Article> library, TagIndex tags, OutputDir out) {
        Map<String, String> html = new LinkedHashMap<>();
        for (Article article : library) {
            String body = bodies.toHtml(article.body());
            html.put(article.path(), body);
            out.write(pages.render("pages/article", article.path(), article.lang().code(),
                    Map.of("article", article, "bodyHtml", body, "tags", tags)));
        }
        return html;
    }

    private void renderTags(TagIndex tags, OutputDir out) {
        for (String kind : List.of(TagEntry.PEOPLE, TagEntry.TOPICS)) {
            List<TagEntry> entries = kind.equals(TagEntry.PEOPLE) ? tags.people() : tags.topics();
            out.write(pages.render("tags/index", kind + "/", "en", Map.of("kind", kind, "entries", entries, "tags", tags)));
            for (TagEntry entry : entries) {
                out.write(pages.render("tags/term", entry.path(), "en", Map.of("entry", entry, "tags", tags)));
            }
        }
    }

    private List<SitemapWriter.Entry> sitemap(List<Article> library, TagIndex tags) {
        List<SitemapWriter.Entry> entries = new ArrayList<>();
        OffsetDateTime newest = newest(library);
        entries.add(new SitemapWriter.Entry(config.absoluteUrl(""), newest));
        entries.add(new SitemapWriter.Entry(config.absoluteUrl(TagEntry.PEOPLE + "/"), newest));
        entries.add(new SitemapWriter.Entry(config.absoluteUrl(TagEntry.TOPICS + "/"), newest));
        for (Article article : library) {
            entries.add(new SitemapWriter.Entry(config.absoluteUrl(article.path()), article.lastModified()));
        }
        for (TagEntry entry : Stream.concat(tags.people().stream(), tags.topics().stream()).toList()) {
            entries.add(new SitemapWriter.Entry(config.absoluteUrl(entry.path()), newest(entry.articles())));
        }
        return entries;
    }

    /** Atom requires an update time even for an empty feed: the epoch then, never "now". */
    private static OffsetDateTime feedUpdated(List<Article> library) {
        OffsetDateTime newest = newest(library);
        return newest != null ? newest : OffsetDateTime.parse("1970-01-01T00:00:00Z");
    }

    /** The latest {@link Article#lastModified()}, or null for no articles. */
    private static OffsetDateTime newest(List<Article> articles) {
        return articles.stream().map(Article::lastModified)
                .max(Comparator.comparing(OffsetDateTime::toInstant).thenComparing(OffsetDateTime::getOffset))
                .orElse(null);
    }
}
