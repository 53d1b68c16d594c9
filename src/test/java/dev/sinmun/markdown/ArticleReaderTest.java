package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.Problem;
import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.Source;
import dev.sinmun.model.TopicRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final int ARTICLES = 120;

    @TempDir
    Path root;

    private ProjectLayout layout;

    @BeforeEach
    void writeArchive() throws IOException {
        layout = new ProjectLayout(root);
        FrontMatterWriter writer = new FrontMatterWriter();
        for (int i = 0; i < ARTICLES; i++) {
            // Every third article shares its posting time with the one before: order must fall back to the slug.
            OffsetDateTime posted = OffsetDateTime.parse("2021-03-01T09:00:00+09:00").plusHours((i / 3) * 7L);
            Article article = article("story-" + (char) ('a' + i % 26) + "-" + i, posted);
            write(article.file(), writer.write(article));
        }
        for (String broken : List.of("2019/01/broken-one.md", "2020/06/broken-two.md", "2022/12/broken-three.md")) {
            write(broken, "---\ntitle: no closing line\n");
        }
        // Filed under 2018 and 2019, both posted in March 2021: the same page as story-a-0.
        write("2018/01/story-a-0.md", writer.write(article("story-a-0", OffsetDateTime.parse("2021-03-02T09:00:00+09:00"))));
        write("2019/01/story-a-0.md", writer.write(article("story-a-0", OffsetDateTime.parse("2021-03-03T09:00:00+09:00"))));
    }

    @Test
    void readsEveryArticleNewestFirstWithOneProblemPerBadFile() {
        ArticleReader.Result result = new ArticleReader(layout, 4).readAll();

        assertThat(result.articles()).hasSize(ARTICLES);
        assertThat(result.articles()).isSortedAccordingTo(ArticleReader.NEWEST_FIRST);
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "content/articles/2019/01/broken-one.md:1: front matter is not closed — "
                        + "add a line '---' after the last front-matter key",
                "content/articles/2019/01/story-a-0.md: has the same page articles/2021/03/story-a-0/ as "
                        + "content/articles/2018/01/story-a-0.md — rename one of the two files (the file name is the slug)",
                "content/articles/2020/06/broken-two.md:1: front matter is not closed — "
                        + "add a line '---' after the last front-matter key",
                "content/articles/2021/03/story-a-0.md: has the same page articles/2021/03/story-a-0/ as "
                        + "content/articles/2018/01/story-a-0.md — rename one of the two files (the file name is the slug)",
                "content/articles/2022/12/broken-three.md:1: front matter is not closed — "
                        + "add a line '---' after the last front-matter key");
    }

    @Test
    void theResultIsTheSameWhateverTheNumberOfThreads() {
        ArticleReader.Result sequential = new ArticleReader(layout, 1).readAll();

        for (int threads : new int[] {2, 3, 8, 16}) {
            for (int run = 0; run < 3; run++) {
                ArticleReader.Result parallel = new ArticleReader(layout, threads).readAll();
                assertThat(parallel.articles()).as("%d threads, run %d", threads, run)
                        .containsExactlyElementsOf(sequential.articles());
                assertThat(parallel.problems()).as("%d threads, run %d", threads, run)
                        .containsExactlyElementsOf(sequential.problems());
            }
        }
    }

    private static Article article(String slug, OffsetDateTime posted) {
        return new Article(slug, "Title of " + slug, slug.hashCode() % 10 == 0 ? Lang.KO : Lang.EN, posted, null,
                "reporter@example.com", new Source(new BilingualName("Example Daily", "예시일보"), null, "inbox/" + slug + ".txt"),
                List.of(), List.of(new PersonRef("kim-min-ji", "Kim Min-ji", "김민지", null)),
                List.of(new TopicRef("sma", "Special Measures Agreement", "방위비분담특별협정")),
                "The lead of " + slug + ".", 7, "The lead of " + slug + ".\n\nA second paragraph.\n");
    }

    private void write(String file, String text) throws IOException {
        Path path = layout.articles().resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
