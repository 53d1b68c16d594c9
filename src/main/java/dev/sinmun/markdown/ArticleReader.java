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

    /** The articles read (newest first) and one problem per file that could not be read. */
    public record Result(List<Article> articles, List<Problem> problems) {
    }

    /** One file's outcome: its article, or the problem that kept it out. */
    private record Parsed(Path shown, Article article, Problem problem) {
    }

    public Result readAll() {
        List<Path> files = ArchiveFiles.list(layout.articles(), ".md");
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> pages = new HashMap<>();
        for (Parsed parsed : parseAll(files)) {
            if (parsed.problem() != null) {
                problems.add(parsed.problem());
                continue;
            }
            Path clash = pages.putIfAbsent(parsed.article().path(), parsed.shown());
            if (clash != null) {
                problems.add(Problem.of(parsed.shown(), "has the same page " + parsed.article().path() + " as " + clash,
                        "rename one of the two files (the file name is the slug)"));
                continue;
            }
            articles.add(parsed.article());
        }
        articles.sort(NEWEST_FIRST);
        return new Result(List.copyOf(articles), List.copyOf(problems));
    }

    /** Parses the files, keeping their (sorted) order so clashes and problems come out the same every time. */
    private List<Parsed> parseAll(List<Path> files) {
        if (threads == 1 || files.size() < 2) {
            return files.stream().map(this::parse).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().map(this::parse).toList()).get();
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

    private Parsed parse(Path file) {
        Path shown = layout.relative(file);
        try {
            return new Parsed(shown, reader.read(shown, ArchiveFiles.readUtf8(file, shown)), null);
        } catch (SinmunException e) {
            return new Parsed(shown, null, e.problem());
        }
    }

    /** Newest first; ties broken by slug so every build lists articles in the same order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::posted,
            Comparator.comparing(java.time.OffsetDateTime::toInstant)).reversed().thenComparing(Article::slug);
}
