package dev.sinmun.markdown;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;

/** Reads every article under {@code content/articles/}; a broken file becomes a problem, the others are still read. */
public final class ArticleReader {

    private final ProjectLayout layout;
    private final FrontMatterReader reader = new FrontMatterReader();

    public ArticleReader(ProjectLayout layout) {
        this.layout = layout;
    }

    /** The articles read (newest first) and one problem per file that could not be read. */
    public record Result(List<Article> articles, List<Problem> problems) {
    }

    public Result readAll() {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> pages = new HashMap<>();
        for (Path file : ArchiveFiles.list(layout.articles(), ".md")) {
            Path shown = layout.relative(file);
            try {
                Article article = reader.read(shown, ArchiveFiles.readUtf8(file, shown));
                Path clash = pages.putIfAbsent(article.path(), shown);
                if (clash != null) {
                    problems.add(Problem.of(shown, "has the same page " + article.path() + " as " + clash,
                            "rename one of the two files (the file name is the slug)"));
                    continue;
                }
                articles.add(article);
            } catch (SinmunException e) {
                problems.add(e.problem());
            }
        }
        articles.sort(NEWEST_FIRST);
        return new Result(List.copyOf(articles), List.copyOf(problems));
    }

    /** Newest first; ties broken by slug so every build lists articles in the same order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::posted,
            Comparator.comparing(java.time.OffsetDateTime::toInstant)).reversed().thenComparing(Article::slug);
}
