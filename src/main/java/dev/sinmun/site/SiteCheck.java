package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.markdown.ArticleReader;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.Registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pre-publish gate over a built site and the project it came from: broken internal links and missing assets,
 * HTML errors (Nu HTML Checker), front matter and registry errors, pages over the size budget, the site's total
 * size against GitHub Pages' limit, and the documentation the pages link to.
 */
public final class SiteCheck {

    /** GitHub Pages publishes sites of at most 1 GB. */
    public static final long PAGES_LIMIT = 1L << 30;
    /** The default largest HTML page, in bytes. */
    public static final long DEFAULT_PAGE_BUDGET = 1024L * 1024;

    private final ProjectLayout layout;
    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\"");

    private final SiteConfig config;
    private final long pageBudget;

    public SiteCheck(ProjectLayout layout, SiteConfig config, long pageBudget) {
        this.layout = layout;
        this.config = config;
        this.pageBudget = pageBudget;
    }

    /**
     * What a check found.
     *
     * @param pages    HTML pages checked
     * @param files    all files of the site
     * @param bytes    the site's total size
     * @param problems one per problem, in the order: project, sizes, links, HTML
     */
    public record Result(int pages, int files, long bytes, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks the site in {@code siteDir}; {@code onPage} hears how many pages are validated.
     *
     * @throws SinmunException when {@code siteDir} holds no built site
     */
    public Result run(Path siteDir, ProgressListener onPage) {
        Path root = siteDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new SinmunException(Problem.of(layout.relative(root), "no built site here (no index.html)",
                    "build it first: java -jar target/sinmun.jar build, or mvn site"));
        }
        List<Problem> problems = new ArrayList<>(projectProblems());
        List<Path> files = files(root);
        List<Path> pages = files.stream().filter(f -> f.toString().endsWith(".html")).toList();
        long total = 0;
        for (Path file : files) {
            long size = size(file);
            total += size;
            if (file.toString().endsWith(".html") && size > pageBudget) {
                problems.add(Problem.of(shown(file), String.format(Locale.ROOT,
                        "page is %s, over the page budget of %s", human(size), human(pageBudget)),
                        "split it (fewer articles per page), or raise --page-budget"));
            }
        }
        if (total > PAGES_LIMIT) {
            problems.add(Problem.of(shown(root), "the site is " + human(total)
                    + ", over GitHub Pages' limit of 1 GB", "publish fewer or smaller files (images, feeds)"));
        }
        problems.addAll(addressProblem(root));
        problems.addAll(docsProblem(root));
        new LinkChecker(config).check(root).forEach(p -> problems.add(
                new Problem(shown(root.resolve(p.file())), p.line(), p.message(), p.hint())));
        HtmlChecker html = new HtmlChecker();
        int done = 0;
        for (Path page : pages) {
            problems.addAll(html.check(page, shown(page)));
            onPage.progress(++done, pages.size());
        }
        return new Result(pages.size(), files.size(), total, problems);
    }

    /** Front matter errors (every article file read) and registry errors (the first one, as import meets it). */
    private List<Problem> projectProblems() {
        List<Problem> problems = new ArrayList<>(new ArticleReader(layout).readAll().problems());
        try {
            Registry.load(layout.registry());
        } catch (SinmunException e) {
            Problem p = e.problem();
            problems.add(new Problem(p.file() == null ? null : shown(p.file()), p.line(), p.message(), p.hint()));
        }
        return problems;
    }

    /**
     * The site was built for another address than {@code base_url} (by {@code sinmun serve}, or with
     * {@code --base-url}): its canonical links, sitemap and feeds would point there.
     */
    private List<Problem> addressProblem(Path root) {
        Matcher canonical = CANONICAL.matcher(read(root.resolve("index.html")));
        if (!canonical.find() || canonical.group(1).startsWith(config.baseUrl())) {
            return List.of();
        }
        return List.of(Problem.of(shown(root.resolve("index.html")), "the site was built for "
                + canonical.group(1) + ", not for base_url " + config.baseUrl() + " (sinmun serve builds it for the "
                + "preview)", "build it again with java -jar target/sinmun.jar build (or --base-url) before publishing"));
    }

    /** The home page links to the documentation, but {@code mvn site} did not put it there. */
    private List<Problem> docsProblem(Path root) {
        if (Files.isDirectory(root.resolve(SiteBuild.DOCS_PATH))) {
            return List.of();
        }
        String home = read(root.resolve("index.html"));
        if (!home.contains("href=\"" + config.url(SiteBuild.DOCS_PATH) + "\"")) {
            return List.of();
        }
        return List.of(Problem.of(shown(root.resolve(SiteBuild.DOCS_PATH)),
                "the documentation is missing, and every page's footer links to it",
                "build the whole site with mvn site (it renders site/markdown/ there)"));
    }

    private Path shown(Path file) {
        return layout.relative(file);
    }

    /** e.g. {@code 1.5 MB}, {@code 320 KB}. */
    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
