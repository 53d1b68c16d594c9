package dev.sinmun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.SiteConfig;
import dev.sinmun.site.LinkChecker;
import dev.sinmun.site.NuHtmlChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job, end to end: {@code sinmun build} on a copy of this repository's own project
 * (content/, site/, templates/), served under a base path, then checked as a publisher would.
 */
class ArchiveBuildTest {

    private static final String BASE_URL = "https://example.github.io/archive/";

    @TempDir
    static Path project;

    static Cli build;
    static Path site;

    @BeforeAll
    static void buildTheArchive() throws IOException {
        for (String dir : List.of("content", "site", "templates")) {
            TestProject.copyTree(Path.of(dir), project.resolve(dir));
        }
        try (Stream<Path> md = Files.walk(project.resolve("content/articles"))) {
            for (Path file : md.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.delete(file);
            }
        }
        build = TestProject.in(project).sinmun("build", "--base-url", BASE_URL);
        site = project.resolve("target/site");
    }

    @Test
    void buildsWithoutProblemsAndSaysWhatItDid() {
        assertThat(build.exit()).as(build.toString()).isZero();
        assertThat(build.err()).as(build.toString()).isEmpty();
        assertThat(build.out()).contains("created content/articles/2020/09/", "Built 1 article:", "render articles");
    }

    @Test
    void aSecondBuildWithNothingChangedSaysSoAndFullRendersEverythingAgain() {
        Cli again = TestProject.in(project).sinmun("build", "--base-url", BASE_URL);
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Up to date: 1 article, nothing changed since the last build");

        Cli full = TestProject.in(project).sinmun("build", "--full", "--base-url", BASE_URL);
        assertThat(full.exit()).as(full.toString()).isZero();
        assertThat(full.out()).contains("Built 1 article:", "render articles");
    }

    @Test
    void theSeedIsTaggedWithItsPeopleAndTopics() throws IOException {
        Path article;
        try (Stream<Path> md = Files.walk(project.resolve("content/articles"))) {
            article = md.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        String text = Files.readString(article);

        assertThat(text).contains("{id: choi-jong-kun, en: Choi Jong-kun, ko: 최종건, role: First Vice Foreign Minister}",
                "id: stephen-biegun", "id: korea-us-alliance", "id: defense-cost-sharing", "id: indo-pacific-strategy",
                "id: covid-19", "id: us-china-rivalry", "id: opcon-transfer", "id: united-nations-command");
        assertThat(text).doesNotContainIgnoringCase("id: alliance-talks").doesNotContain("dong-a-ilbo")
                .doesNotContain("id: incheon,").contains("id: incheon-international-airport");
    }

    @Test
    void theTagIndexListsBothNamesWithCounts() throws IOException {
        String people = Files.readString(site.resolve("people/index.html"));

        assertThat(people).contains("Choi Jong-kun", "최종건", "Stephen Biegun", "스티븐 비건");
        assertThat(site.resolve("people/choi-jong-kun/index.html")).isRegularFile();
        assertThat(site.resolve("topics/united-nations-command/index.html")).isRegularFile();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertThat(NuHtmlChecker.errors(site, htmlFiles())).isEmpty();
    }

    @Test
    void everyInternalLinkAndAssetResolvesUnderTheBasePath() {
        assertThat(new LinkChecker(SiteConfig.forTest().withBaseUrl(BASE_URL)).check(site)).isEmpty();
    }

    @Test
    void hasWhatGitHubPagesNeeds() {
        assertThat(site.resolve(".nojekyll")).exists();
        assertThat(site.resolve("404.html")).isRegularFile();
        assertThat(site.resolve("feed.xml")).content().contains("href=\"" + BASE_URL + "articles/2020/09/");
        assertThat(site.resolve("sitemap.xml")).content().contains("<loc>" + BASE_URL + "articles/2020/09/");
    }

    @Test
    void readersGetBothLanguagesFeedsSearchAndTheTagGraph() throws IOException {
        assertThat(site.resolve("ko/index.html")).content().contains("<html lang=\"ko\">", "최신 기사",
                "hreflang=\"x-default\" href=\"" + BASE_URL + "\"");
        assertThat(site.resolve("ko/people/index.html")).content().contains("최종건", "ㅊ");
        assertThat(site.resolve("people/choi-jong-kun/feed.xml")).content().contains("<entry xml:lang=\"en\">");
        assertThat(site.resolve("people/choi-jong-kun/feed.json")).content().contains("\"items\"");
        assertThat(site.resolve("2020/09/index.html")).content().contains("September 2020");
        assertThat(site.resolve("tags.json")).content().contains("\"id\":\"choi-jong-kun\"", "\"co_mentions\"");
        assertThat(site.resolve("robots.txt")).content().contains("Sitemap: " + BASE_URL + "sitemap.xml");
        Path article;
        try (Stream<Path> pages = Files.walk(site.resolve("articles"))) {
            article = pages.filter(p -> p.toString().endsWith("index.html")).findFirst().orElseThrow();
        }
        assertThat(article).content().contains("\"@type\":\"NewsArticle\"", "property=\"og:type\" content=\"article\"",
                "<span class=\"alt\" lang=\"ko\">최종건</span>");
        // the shard of "최종" holds the Korean name, so a search for 최종건 finds the article
        assertThat(site.resolve("search/s/cd5c-c885.json")).content().contains("\"최종건\"");
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
