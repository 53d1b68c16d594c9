package dev.sinmun.render;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.model.Source;
import dev.sinmun.tags.SampleArticles;
import dev.sinmun.tags.TagIndex;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article pages against {@code src/test/resources/render/<case>/expected.html}: {@link SampleArticles#fisheriesTalks()}
 * and {@link SampleArticles#unsignedEditorial()}; {@code -Dgolden.update=true} rewrites them.
 */
class ArticlePageGoldenTest {

    private static final Path CASES = Path.of("src", "test", "resources", "render");

    @Test
    void articleBasic() throws IOException {
        Article article = SampleArticles.fisheriesTalks();
        RenderedPage page = render(article, Map.of("en", "", "ko", "https://news.example.com/ko/article/20210302/1"),
                "{\"@type\": \"NewsArticle\", \"headline\": \"</script><b>\"}");

        assertThat(page.file()).isEqualTo("articles/2021/03/seoul-tokyo-resume-fisheries-talks/index.html");
        assertGolden(CASES.resolve("article-basic").resolve("expected.html"), page.content());
    }

    @Test
    void articleWithoutSourceOrByline() throws IOException {
        assertGolden(CASES.resolve("article-no-source").resolve("expected.html"),
                renderAlone(SampleArticles.unsignedEditorial()));
    }

    @Test
    void sourceWithALinkButNoName() throws IOException {
        Article a = SampleArticles.unsignedEditorial();
        Article linked = new Article(a.slug(), a.title(), a.lang(), a.posted(), a.updated(), a.byline(),
                new Source(new BilingualName(null, null), "https://news.example.com/en/1", a.source().file()),
                a.translations(), a.people(), a.topics(), a.organizations(), a.places(), a.summary(), a.words(),
                a.body(), a.tagEdits());
        assertThat(renderAlone(linked)).contains(
                "<p class=\"source\">Source: <a href=\"https://news.example.com/en/1\" rel=\"external\">Original article</a></p>");
    }

    private static String renderAlone(Article article) {
        return render(article, Map.of("en", "", "ko", ""), "{\"@type\": \"NewsArticle\"}").content();
    }

    /** The article's page on its own: no neighbours, no related articles, a stand-in JSON-LD string. */
    private static RenderedPage render(Article article, Map<String, String> translationHrefs, String jsonLd) {
        SiteConfig config = SiteConfig.forTest().withBaseUrl("https://example.github.io/archive/");
        PageRenderer pages = new PageRenderer(Templates.engine(config, new ProjectLayout(Path.of(""))), config);
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("article", article);
        vars.put("bodyHtml", new BodyRenderer().toHtml(article.body()));
        vars.put("tags", TagIndex.of(List.of(article)));
        vars.put("page", PageMeta.single(config, article.lang(), article.path()));
        vars.put("newer", null);
        vars.put("older", null);
        vars.put("related", List.of());
        vars.put("translationHrefs", translationHrefs);
        vars.put("month", java.time.YearMonth.from(article.posted()));
        vars.put("jsonLd", jsonLd);
        return pages.render("pages/article", article.path(), article.lang().code(), vars);
    }

    static void assertGolden(Path expectedFile, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
}
