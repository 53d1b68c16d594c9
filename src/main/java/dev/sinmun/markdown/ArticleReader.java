package dev.sinmun.markdown;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Reads every article under {@code content/articles/}; a broken file becomes a problem, the others are still read.
 * Files are parsed in parallel; the result is the same, in the same order, whatever the number of threads.
 */
public final class ArticleReader {

    private final ProjectLayout layout;
    private final int threads;
    private final FrontMatterReader reader = new FrontMatterReader();

    /** A reader using one thread per available processor. */
    public ArticleReader(ProjectLayout layout) {
        this(layout, Runtime.getRuntime().availableProcessors());
    }

    /** A reader parsing on {@code threads} threads (1: in the calling thread). */
    public ArticleReader(ProjectLayout layout, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.layout = layout;
        this.threads = threads;
    }

    /**
     * The articles read (newest first), one problem per file that could not be read, and each article's file by
     * its page path ({@link Article#path()}).
     */
    public record Result(List<Article> articles, List<Problem> problems, Map<String, Path> files) {

        public Result(List<Article> articles, List<Problem> problems) {
            this(articles, problems, Map.of());
        }

        /** The Markdown body of an article read without it, read again from its file. */
        public String body(Article article) {
            if (article.body() != null) {
                return article.body();
            }
            Path file = files.get(article.path());
            if (file == null) {
                throw new IllegalArgumentException("not an article of this archive: " + article.path());
            }
            return bodyOf(file);
        }
    }

    /** The Markdown body of an article file. */
    public static String bodyOf(Path file) {
        return FrontMatterBlock.cut(ArchiveFiles.readUtf8(file, file)).block().orElseThrow().body();
    }

    /** The article of one file, without its body; throws {@link SinmunException} when the file cannot be read. */
    public Article read(Path file) {
        Path shown = layout.relative(file);
        return reader.read(shown, ArchiveFiles.readUtf8(file, shown)).withBody(null);
    }

    /** One file's outcome: its article, or the problem that kept it out. */
    private record Parsed(Path file, Path shown, Article article, Problem problem) {
    }

    /** Every article with its body. */
    public Result readAll() {
        return readAll(true, file -> null);
    }

    /**
     * Every article; without bodies unless {@code keepBodies} (a site build reads each body again when it renders
     * it, so memory does not grow with the archive). A file for which {@code reuse} returns an article is not
     * parsed: that article stands for it (e.g. one remembered from the last build because the file is unchanged).
     */
    public Result readAll(boolean keepBodies, Function<Path, Article> reuse) {
        List<Path> files = ArchiveFiles.list(layout.articles(), ".md");
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> pages = new HashMap<>();
        for (Parsed parsed : parseAll(files, keepBodies, reuse)) {
            if (parsed.problem() != null) {
                problems.add(parsed.problem());
                continue;
            }
            Path clash = pages.putIfAbsent(parsed.article().path(), parsed.file());
            if (clash != null) {
                problems.add(Problem.of(parsed.shown(), "has the same page " + parsed.article().path() + " as "
                                + layout.relative(clash), "rename one of the two files (the file name is the slug)"));
                continue;
            }
            articles.add(parsed.article());
        }
        articles.sort(NEWEST_FIRST);
        return new Result(List.copyOf(articles), List.copyOf(problems), Map.copyOf(pages));
    }

    /** Parses the files, keeping their (sorted) order so clashes and problems come out the same every time. */
    private List<Parsed> parseAll(List<Path> files, boolean keepBodies, Function<Path, Article> reuse) {
        Function<Path, Parsed> parse = file -> {
            Article known = reuse.apply(file);
            return known != null ? new Parsed(file, layout.relative(file), known, null) : parse(file, keepBodies);
        };
        if (threads == 1 || files.size() < 2) {
            return files.stream().map(parse).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().map(parse).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading articles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Parsed parse(Path file, boolean keepBodies) {
        Path shown = layout.relative(file);
        try {
            Article article = reader.read(shown, ArchiveFiles.readUtf8(file, shown));
            return new Parsed(file, shown, keepBodies ? article : article.withBody(null), null);
        } catch (SinmunException e) {
            return new Parsed(file, shown, null, e.problem());
        }
    }

    /** Newest first; ties broken by slug so every build lists articles in the same order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::posted,
            Comparator.comparing(java.time.OffsetDateTime::toInstant)).reversed().thenComparing(Article::slug);
}
