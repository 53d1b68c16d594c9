package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.ProjectLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code sinmun check}'s gate over a rendered site: each kind of problem, one line with its file. */
class SiteCheckTest {

    @TempDir
    static Path rendered;

    @TempDir
    Path work;

    static RenderedSite site;

    @BeforeAll
    static void render() {
        site = RenderedSite.build(rendered.resolve("site"));
    }

    /** A copy of the rendered site with the documentation in place, and an empty project. */
    private Path copy() throws IOException {
        Path dir = work.resolve("target/site");
        try (Stream<Path> walk = Files.walk(site.dir())) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = dir.resolve(site.dir().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.createDirectories(dir.resolve(SiteBuild.DOCS_PATH));
        Files.writeString(dir.resolve(SiteBuild.DOCS_PATH + "index.html"), "<!DOCTYPE html><title>Docs</title>");
        Files.createDirectories(work.resolve("content/articles"));
        return dir;
    }

    private List<String> check(Path dir, long budget) {
        SiteCheck.Result result = new SiteCheck(new ProjectLayout(work), site.config(), budget)
                .run(dir, ProgressListener.NONE);
        return result.problems().stream().map(Problem::format).toList();
    }

    @Test
    void aGoodSiteHasNoProblems() throws IOException {
        Path dir = copy();
        SiteCheck.Result result = new SiteCheck(new ProjectLayout(work), site.config(), SiteCheck.DEFAULT_PAGE_BUDGET)
                .run(dir, ProgressListener.NONE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.pages()).isEqualTo(site.htmlFiles().size() + 1);
        assertThat(result.bytes()).isPositive();
    }

    @Test
    void aMissingAssetAndAnHtmlErrorAreReportedWithTheirFile() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve("css/sinmun.css"));
        Files.writeString(dir.resolve("404.html"), Files.readString(dir.resolve("404.html"))
                .replace("</main>", "<p><div>not allowed in p</div></span></main>"));
        List<String> problems = check(dir, SiteCheck.DEFAULT_PAGE_BUDGET);
        assertThat(problems).anyMatch(p -> p.startsWith("target/site/index.html:")
                && p.contains("broken link href=\"/archive/css/sinmun.css\": no file css/sinmun.css"));
        assertThat(problems).anyMatch(p -> p.startsWith("target/site/404.html:") && p.contains("HTML error: "));
        assertThat(problems).noneMatch(p -> p.startsWith("target/site/index.html:") && p.contains("HTML error"));
    }

    @Test
    void pagesOverTheBudgetAreReported() throws IOException {
        Path dir = copy();
        long home = Files.size(dir.resolve("index.html"));
        List<String> problems = check(dir, home - 1);
        assertThat(problems).contains("target/site/index.html: page is " + SiteCheck.human(home)
                + ", over the page budget of " + SiteCheck.human(home - 1)
                + " — split it (fewer articles per page), or raise --page-budget");
    }

    @Test
    void aSiteBuiltForAnotherAddressIsReported() throws IOException {
        Path dir = copy();
        SiteCheck.Result result = new SiteCheck(new ProjectLayout(work),
                site.config().withBaseUrl("https://news.example.org/"), SiteCheck.DEFAULT_PAGE_BUDGET)
                .run(dir, ProgressListener.NONE);
        assertThat(result.problems()).map(Problem::format).contains("target/site/index.html: the site was built for "
                + "https://example.github.io/archive/, not for base_url https://news.example.org/ (sinmun serve builds "
                + "it for the preview) — build it again with java -jar target/sinmun.jar build (or --base-url) before "
                + "publishing");
    }

    @Test
    void missingDocumentationIsOneProblemNotOnePerPage() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve(SiteBuild.DOCS_PATH + "index.html"));
        Files.delete(dir.resolve(SiteBuild.DOCS_PATH));
        assertThat(check(dir, SiteCheck.DEFAULT_PAGE_BUDGET)).containsExactly("target/site/about/sinmun: the "
                + "documentation is missing, and every page's footer links to it — build the whole site with mvn site "
                + "(it renders site/markdown/ there)");
    }

    @Test
    void frontMatterAndRegistryErrorsOfTheProjectAreReported() throws IOException {
        Path dir = copy();
        Files.createDirectories(work.resolve("content/articles/2020/09"));
        Files.writeString(work.resolve("content/articles/2020/09/broken.md"), "---\ntitle: x\nlang: en\n"
                + "posted: Sept 14\n---\n\nBody.\n");
        Files.createDirectories(work.resolve("content/registry"));
        Files.writeString(work.resolve("content/registry/people.yml"), "- id: Not An Id\n  en: X\n");
        List<String> problems = check(dir, SiteCheck.DEFAULT_PAGE_BUDGET);
        assertThat(problems).anyMatch(p -> p.startsWith("content/articles/2020/09/broken.md:"));
        assertThat(problems).anyMatch(p -> p.startsWith("content/registry/people.yml:"));
    }

    @Test
    void noSiteIsAnError() {
        assertThatThrownBy(() -> check(work.resolve("nothing"), SiteCheck.DEFAULT_PAGE_BUDGET))
                .isInstanceOf(SinmunException.class).hasMessageContaining("no built site here");
    }
}
